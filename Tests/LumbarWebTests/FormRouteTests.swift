import Foundation
import Hummingbird
import HummingbirdTesting
import LumbarCore
import LumbarStore
import Testing
@testable import LumbarWeb

@Suite("Dashboard forms")
struct FormRouteTests {
    @Test("the questionnaire steps through, asks the nerve follow-up only after a yes, skips the inflammatory step for short pain, stores, shows the result")
    func questionnaire() async throws {
        let store = MemoryStore()
        let app = buildApplication(store: store, configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            var fields: [(String, String)] = [("_step", "0"), ("redFlags.bladderChange", "no"), ("redFlags.saddleNumbness", "yes"), ("symptoms.legPain", "none")]
            try await client.execute(uri: "/assessment", method: .post, headers: WebFixtures.formHeaders, body: WebFixtures.form(fields)) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("About the nerve symptoms"), "saddle numbness: how recent is it?")
                #expect(response.text.contains("redFlags.symptomsNewWithin14Days"))
                #expect(!response.text.contains("symptoms.legPainSides"), "no leg pain: one leg or both is not asked")
                #expect(response.text.contains("name=\"redFlags.saddleNumbness\" value=\"yes\""))
            }
            fields = fields.filter { $0.0 != "_step" } + [("_step", "1"), ("redFlags.symptomsNewWithin14Days", "yes")]
            try await client.execute(uri: "/assessment", method: .post, headers: WebFixtures.formHeaders, body: WebFixtures.form(fields)) { response in
                #expect(response.text.contains("About you and this bout of pain"))
            }
            fields = fields.filter { $0.0 != "_step" } + [("_step", "2"), ("age", "41"), ("episode.durationDays", "10"), ("episode.trainingChange", "longerLongRun"), ("episode.linkedToRun", "none")]
            try await client.execute(uri: "/assessment", method: .post, headers: WebFixtures.formHeaders, body: WebFixtures.form(fields)) { response in
                #expect(response.text.contains("About the pain"))
            }
            fields = fields.filter { $0.0 != "_step" } + [("_step", "3"), ("symptoms.localTenderness", "yes")]
            try await client.execute(uri: "/assessment", method: .post, headers: WebFixtures.formHeaders, body: WebFixtures.form(fields)) { response in
                #expect(response.text.contains("How much it hurts"), "10 days of pain: the NG65 step does not apply")
                #expect(!response.text.contains("Inflammatory back pain"))
            }
            fields = fields.filter { $0.0 != "_step" } + [("_step", "5"), ("pain.afterRuns", "5")]
            try await client.execute(uri: "/assessment", method: .post, headers: WebFixtures.formHeaders, body: WebFixtures.form(fields)) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/result")
            }
            try await client.execute(uri: "/result", method: .get) { response in
                #expect(response.text.contains("role=\"alert\""), "saddle numbness leads the result")
            }
        }
        let stored = try #require(try await store.answersHistory().last)
        let answers = try AnswersDecoder.decode(stored.json).answers
        #expect(answers.redFlags.saddleNumbness == true)
        #expect(answers.redFlags.symptomsNewWithin14Days == true)
        #expect(answers.age == 41)
        #expect(answers.episode.trainingChange == [.longerLongRun])
        #expect(answers.pain.afterRuns == 5)
    }

    @Test("long pain shows the inflammatory step")
    func ng65Step() async throws {
        let app = buildApplication(store: MemoryStore(), configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/assessment", method: .post, headers: WebFixtures.formHeaders,
                                     body: WebFixtures.form([("_step", "3"), ("episode.durationDays", "200")])) { response in
                #expect(response.text.contains("Inflammatory back pain"))
            }
        }
    }

    @Test("a wrong value re-shows the step with a 400 and the question named; nothing stored")
    func badAnswer() async throws {
        let store = MemoryStore()
        let app = buildApplication(store: store, configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/assessment", method: .post, headers: WebFixtures.formHeaders,
                                     body: WebFixtures.form([("_step", "2"), ("age", "twelve")])) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("How old are you (years)? (age): type a whole number from 10 to 100 (got &quot;twelve&quot;)"))
            }
            try await client.execute(uri: "/assessment", method: .post, headers: WebFixtures.formHeaders,
                                     body: WebFixtures.form([("_step", "0"), ("redFlags.fever", "maybe")])) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/assessment", method: .post, headers: WebFixtures.formHeaders,
                                     body: WebFixtures.form([("_step", "99")])) { response in
                #expect(response.status == .badRequest)
            }
        }
        #expect(try await store.answersHistory().isEmpty)
    }

    @Test("core-test and pain forms store and redirect; wrong values give 400 pages")
    func coreAndPainForms() async throws {
        let (store, _) = try await WebFixtures.store()
        let app = buildApplication(store: store, configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/core-tests", method: .post, headers: WebFixtures.formHeaders,
                                     body: WebFixtures.form([("date", "2026-12-02"), ("flexorSeconds", "61.5")])) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/core-tests", method: .post, headers: WebFixtures.formHeaders,
                                     body: WebFixtures.form([("flexorSeconds", "-3")])) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("flexorSeconds: type the seconds held"))
            }
            try await client.execute(uri: "/pain", method: .post, headers: WebFixtures.formHeaders,
                                     body: WebFixtures.form([("date", "2026-11-30"), ("after", "3"), ("note", "<b>sore</b>")])) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/pain", method: .get) { response in
                #expect(response.text.contains("&lt;b&gt;sore&lt;/b&gt;"))
            }
            try await client.execute(uri: "/pain", method: .post, headers: WebFixtures.formHeaders,
                                     body: WebFixtures.form([("after", "12")])) { response in
                #expect(response.status == .badRequest)
            }
        }
        #expect(try await store.coreTests().map(\.flexorSeconds) == [61.5])
        #expect(try await store.painEntries().count == 1)
    }

    @Test("the import form without script streams a multipart upload into the pipeline")
    func multipartImport() async throws {
        let store = MemoryStore()
        let app = buildApplication(store: store, configuration: WebFixtures.configuration())
        let gpx = "<?xml version=\"1.0\"?><gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><type>running</type><trkseg><trkpt lat=\"52.0\" lon=\"4.0\"><time>2026-11-20T07:00:00Z</time></trkpt><trkpt lat=\"52.002\" lon=\"4.0\"><time>2026-11-20T07:01:20Z</time></trkpt></trkseg></trk></gpx>"
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../a run.gpx\"\r\nContent-Type: application/gpx+xml\r\n\r\n\(gpx)\r\n--XyZ--\r\n"
        try await app.test(.router) { client in
            try await client.execute(uri: "/import", method: .post, headers: [.contentType: "multipart/form-data; boundary=XyZ"], body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Imported 1 run"), "\(response.text)")
            }
            try await client.execute(uri: "/import", method: .post, headers: WebFixtures.formHeaders, body: ByteBuffer(string: "a=1")) { response in
                #expect(response.status == .badRequest)
            }
        }
        #expect(try await store.activitySummaries(since: nil).count == 1)
    }

    @Test("multipart parsing keeps the exact bytes of each file across chunk edges", arguments: [1, 3, 7, 64, 4096])
    func multipartChunks(chunkSize: Int) async throws {
        let content = "A\r\n--Xy not the boundary\r\n--X\r\nend"
        let second = String(repeating: "0123456789", count: 50)
        let body = Array("preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.gpx\"\r\n\r\n\(content)\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.fit\"\r\n\r\n\(second)\r\n--XyZ--\r\n".utf8)
        let chunks = stride(from: 0, to: body.count, by: chunkSize).map { ByteBuffer(bytes: body[$0..<min($0 + chunkSize, body.count)]) }
        let stream = AsyncStream<ByteBuffer> { c in
            for chunk in chunks { c.yield(chunk) }
            c.finish()
        }
        let receiver = MultipartReceiver(receiver: UploadReceiver(directory: NSTemporaryDirectory(), limitBytes: 1 << 20))
        let (folder, files) = try await receiver.receive(RequestBody(asyncSequence: stream), boundary: "XyZ")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(files.map(\.lastPathComponent) == ["a.gpx", "b.fit"])
        #expect(try String(contentsOf: files[0], encoding: .utf8) == content)
        #expect(try String(contentsOf: files[1], encoding: .utf8) == second)
    }

    @Test("multipart headers, boundaries and unsafe file names")
    func multipartParts() {
        #expect(MultipartReceiver.boundary("multipart/form-data; boundary=\"abc\"") == "abc")
        #expect(MultipartReceiver.boundary("application/json") == nil)
        #expect(MultipartReceiver.filename("Content-Disposition: form-data; name=\"file\"; filename=\"x.fit\"") == "x.fit")
        #expect(MultipartReceiver.find(Array("\r\n--b".utf8), in: Array("xx\r\n-y\r\n--b".utf8)) == 6)
        #expect(UploadReceiver.safeName("../../etc/passwd") == "passwd")
        #expect(UploadReceiver.safeName("..") == "upload")
        #expect(UploadReceiver.safeName("My Run (1).fit") == "MyRun1.fit")
    }
}
