import Foundation
import Hummingbird
import HummingbirdTesting
import LumbarCore
import LumbarStore
import Testing
@testable import LumbarWeb

@Suite("API /api/v1")
struct APIRouteTests {
    static func app(_ store: MemoryStore, limit: Int64 = WebConfiguration.defaultUploadLimitBytes) -> some ApplicationProtocol {
        buildApplication(store: store, configuration: WebFixtures.configuration(uploadLimit: limit))
    }

    @Test("activities list and one activity with sample columns")
    func activities() async throws {
        let (store, id) = try await WebFixtures.store()
        try await Self.app(store).test(.router) { client in
            try await client.execute(uri: "/api/v1/activities", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                let list = try #require(json["activities"] as? [[String: Any]])
                #expect(list.count == 12)
                #expect(list.first?["date"] as? String == "2026-11-27", "newest first")
            }
            try await client.execute(uri: "/api/v1/activities/\(id.rawValue)", method: .get) { response in
                let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                let samples = try #require(json["samples"] as? [String: [Any]])
                #expect(samples["heartRate"]?.count == 120)
                #expect(samples["groundContactTimeMilliseconds"]?.count == 120)
                #expect(samples["powerWatts"] == nil)
            }
            try await client.execute(uri: "/api/v1/activities/999999", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("\"error\":\"Activity \\\"999999\\\" was not found"))
            }
        }
    }

    @Test("summary, load (and a bad weeks value), result, openapi")
    func reads() async throws {
        let (store, _) = try await WebFixtures.store()
        try await Self.app(store).test(.router) { client in
            try await client.execute(uri: "/api/v1/summary", method: .get) { response in
                #expect(response.text.contains("\"runs\":12"))
            }
            try await client.execute(uri: "/api/v1/load?weeks=4", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("\"weeks\""))
            }
            for bad in ["abc", "0", "521"] {
                try await client.execute(uri: "/api/v1/load?weeks=\(bad)", method: .get) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("weeks: a whole number of ISO weeks from 1 to 520"))
                }
            }
            try await client.execute(uri: "/api/v1/result", method: .get) { response in
                #expect(response.text.contains("\"schema\":\"lumbar.result/1\""))
            }
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                #expect(json["openapi"] as? String == "3.0.3")
                let paths = try #require(json["paths"] as? [String: Any])
                for p in ["/activities", "/activities/{id}", "/load", "/result", "/answers", "/pain", "/core-tests", "/imports"] {
                    #expect(paths[p] != nil, "\(p) undocumented")
                }
            }
        }
    }

    @Test("answers: stored when valid, refused with the field named when not; nothing lost")
    func answers() async throws {
        let store = MemoryStore()
        try await Self.app(store).test(.router) { client in
            try await client.execute(uri: "/api/v1/answers", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/answers", method: .post, headers: WebFixtures.jsonHeaders, body: ByteBuffer(string: WebFixtures.answers)) { response in
                #expect(response.status == .created)
                #expect(response.text.contains("\"id\":"))
            }
            let bad = WebFixtures.answers.replacingOccurrences(of: "\"age\": 35", with: "\"age\": \"old\"")
            try await client.execute(uri: "/api/v1/answers", method: .post, headers: WebFixtures.jsonHeaders, body: ByteBuffer(string: bad)) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("age"))
            }
            try await client.execute(uri: "/api/v1/answers", method: .post, headers: WebFixtures.jsonHeaders, body: ByteBuffer(string: "{not json")) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/answers", method: .post, headers: WebFixtures.jsonHeaders, body: ByteBuffer(repeating: 32, count: 2 << 20)) { response in
                #expect(response.status == .contentTooLarge)
            }
            // Under the body limit but over the answers limit: refused by the decoder, with the reason.
            let padded = WebFixtures.answers + String(repeating: " ", count: 300_000)
            try await client.execute(uri: "/api/v1/answers", method: .post, headers: WebFixtures.jsonHeaders, body: ByteBuffer(string: padded)) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("more than the 256 KB"))
            }
            try await client.execute(uri: "/api/v1/answers", method: .get) { response in
                #expect(response.text.contains("\"age\":35"))
            }
        }
        #expect(try await store.answersHistory().count == 1)
    }

    @Test("pain: linked to the run of the date; wrong types and ranges refused")
    func pain() async throws {
        let (store, id) = try await WebFixtures.store()
        try await Self.app(store).test(.router) { client in
            try await client.execute(uri: "/api/v1/pain", method: .post, headers: WebFixtures.jsonHeaders,
                                     body: ByteBuffer(string: #"{"date": "2026-11-27", "afterRun": 4, "rpe": 6, "note": "stiff"}"#)) { response in
                #expect(response.status == .created)
                #expect(response.text.contains("\"runId\":\"\(id.rawValue)\""))
            }
            for (body, words) in [
                (#"{"afterRun": "four"}"#, "afterRun: expected a number, got a string"),
                (#"{"afterRun": 11}"#, "after: type a number from 0 to 10"),
                (#"{"date": "yesterday", "afterRun": 2}"#, "date: type a date"),
                (#"{"mood": 3}"#, "mood: unknown field"),
                (#"{}"#, "enter at least one score"),
                (#"[1]"#, "must be a JSON object"),
            ] {
                try await client.execute(uri: "/api/v1/pain", method: .post, headers: WebFixtures.jsonHeaders, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest, "\(body)")
                    #expect(response.text.contains(words), "\(body): \(response.text)")
                }
            }
            try await client.execute(uri: "/api/v1/pain", method: .post, headers: WebFixtures.jsonHeaders,
                                     body: ByteBuffer(string: #"{"runId": "424242", "afterRun": 2}"#)) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/pain", method: .get) { response in
                #expect(response.text.contains("\"note\":\"stiff\""))
            }
        }
        #expect(try await store.painEntries().count == 1)
    }

    @Test("core tests: stored; out of range, future date and empty refused")
    func coreTests() async throws {
        let store = MemoryStore()
        try await Self.app(store).test(.router) { client in
            try await client.execute(uri: "/api/v1/core-tests", method: .post, headers: WebFixtures.jsonHeaders,
                                     body: ByteBuffer(string: #"{"date": "2026-12-01", "flexorSeconds": 95, "extensorSeconds": 120.5}"#)) { response in
                #expect(response.status == .created)
            }
            for body in [#"{"flexorSeconds": 601}"#, #"{"flexorSeconds": true}"#, #"{"date": "2027-01-01", "flexorSeconds": 5}"#, #"{}"#] {
                try await client.execute(uri: "/api/v1/core-tests", method: .post, headers: WebFixtures.jsonHeaders, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest, "\(body)")
                }
            }
            try await client.execute(uri: "/api/v1/core-tests", method: .get) { response in
                #expect(response.text == #"{"coreTests":[{"date":"2026-12-01","flexorSeconds":95,"extensorSeconds":120.5}]}"#)
            }
        }
        #expect(try await store.coreTests().count == 1)
    }

    @Test("imports: a GPX file is imported; an oversized or empty upload is refused; a broken zip is a 400")
    func imports() async throws {
        let store = MemoryStore()
        let gpx = """
            <?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>
            <trkpt lat="52.0" lon="4.0"><time>2026-11-20T07:00:00Z</time></trkpt>
            <trkpt lat="52.001" lon="4.0"><time>2026-11-20T07:00:40Z</time></trkpt>
            <trkpt lat="52.002" lon="4.0"><time>2026-11-20T07:01:20Z</time></trkpt>
            </trkseg></trk></gpx>
            """
        try await Self.app(store, limit: 4096).test(.router) { client in
            try await client.execute(uri: "/api/v1/imports?name=morning.gpx", method: .post, body: ByteBuffer(string: gpx)) { response in
                #expect(response.status == .created, "\(response.text)")
                #expect(response.text.contains("\"imported\":1"))
            }
            try await client.execute(uri: "/api/v1/imports?name=big.gpx", method: .post, body: ByteBuffer(repeating: 65, count: 5000)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.text.contains("larger than the limit of 4096 bytes"))
            }
            try await client.execute(uri: "/api/v1/imports?name=empty.fit", method: .post, body: ByteBuffer()) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/imports?name=export.zip", method: .post, body: ByteBuffer(string: "not a zip")) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("could not be unpacked"))
            }
        }
        #expect(try await store.activitySummaries(since: nil).count == 1)
    }

    @Test("the load is recomputed when a run or a diary entry is added (the cache never serves stale data)")
    func loadCache() async throws {
        let (store, _) = try await WebFixtures.store()
        try await Self.app(store).test(.router) { client in
            let before = try await client.execute(uri: "/api/v1/load", method: .get) { $0.text }
            let again = try await client.execute(uri: "/api/v1/load", method: .get) { $0.text }
            #expect(before == again)
            guard case .inserted(let longID) = try await store.save(WebFixtures.run(WebFixtures.today, km: 30, hash: "long")) else {
                Issue.record("the long run was not inserted")
                return
            }
            let afterRun = try await client.execute(uri: "/api/v1/load", method: .get) { $0.text }
            #expect(afterRun != before)
            _ = try await store.savePainEntry(PainEntry(date: WebFixtures.today, activityID: longID, perceivedExertion: 9))
            let afterPain = try await client.execute(uri: "/api/v1/load", method: .get) { $0.text }
            #expect(afterPain != afterRun)
        }
    }
}
