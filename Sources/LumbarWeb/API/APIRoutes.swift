import Foundation
import Hummingbird
import LumbarCore
import LumbarReport

/// The JSON API under `/api/v1`: everything the pages show, described at `/api/v1/openapi.json`.
/// Errors are `{"error": "...", "status": N}` with a 4xx status for bad requests.
struct APIRoutes: Sendable {
    static let jsonLimit = 1 << 20

    static func body(_ request: Request) async throws -> [UInt8] {
        do {
            return Array(buffer: try await request.body.collect(upTo: jsonLimit))
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw WebError.tooLarge(limitBytes: Int64(jsonLimit))
        }
    }

    func add(to api: DashboardRouter) {
        api.get("**") { request, _, _ -> Response in throw WebError.notFound("The API address \(request.uri.path)") }
        api.get("openapi.json") { _, _, _ in Responses.json(OpenAPIDocument.json) }
        api.get("summary") { _, _, d in Responses.json(APIJSON.overview(try await d.overview())) }
        api.get("activities") { _, _, d in Responses.json(try await d.activitiesJSON()) }
        api.get("activities/:id") { _, context, d in
            let raw = try context.parameters.require("id")
            let a = try await d.activity(raw.removingPercentEncoding ?? raw)
            return Responses.json(APIJSON.activity(a, fallbackOffset: d.configuration.fallbackOffset))
        }
        api.get("load") { request, _, d in
            var weeks = 12
            if let raw = request.uri.queryParameters.get("weeks") {
                guard let n = Int(raw), (1...520).contains(n) else {
                    throw WebError.badField(field: "weeks", reason: "a whole number of ISO weeks from 1 to 520 (got \"\(raw)\")")
                }
                weeks = n
            }
            return Responses.json(LoadJSON.render(try await d.load(weeks: weeks), formulas: true))
        }
        api.get("result") { _, _, d in Responses.json(ResultJSON.encode(try await d.analysis().result)) }
        api.get("answers") { _, _, d in
            guard let latest = try await d.store.answersHistory().last else { throw WebError.notFound("A stored set of answers") }
            return Responses.json(latest.json)
        }
        api.post("answers") { request, _, d in
            let text = String(decoding: try await Self.body(request), as: UTF8.self)
            let saved = try await FormRoutes.saveAnswers(text, d)
            var w = JSONWriter()
            w.beginObject()
            w.field("id", Int(saved.id))
            w.key("warnings"); w.beginArray(); for x in saved.warnings { w.value(x) }; w.endArray()
            w.endObject()
            return Responses.json(w.string, status: .created)
        }
        api.get("pain") { _, _, d in Responses.json(APIJSON.painEntries(try await d.store.painEntries())) }
        api.post("pain") { request, _, d in
            var fields = try JSONFields.fields(
                try await Self.body(request), numbers: ["duringRun", "afterRun", "nextMorning", "rpe"], strings: ["date", "runId", "note"])
            fields.pairs = fields.pairs.map { pair -> (name: String, value: String) in
                let renamed = ["duringRun": "during", "afterRun": "after", "runId": "run"][pair.name] ?? pair.name
                return (name: renamed, value: pair.value)
            }
            let saved = try await FormRoutes.savePain(fields, d)
            var w = JSONWriter()
            APIJSON.pain(saved, into: &w)
            return Responses.json(w.string, status: .created)
        }
        api.get("core-tests") { _, _, d in Responses.json(APIJSON.coreTests(try await d.store.coreTests())) }
        api.post("core-tests") { request, _, d in
            let fields = try JSONFields.fields(
                try await Self.body(request), numbers: Set(CoreTestsPage.fields.map { $0.name }), strings: ["date"])
            let result = try CoreTestsPage.parse(fields, today: d.configuration.today())
            try await d.store.saveCoreTest(result)
            var w = JSONWriter()
            APIJSON.coreTest(result, into: &w)
            return Responses.json(w.string, status: .created)
        }
        api.post("imports") { request, _, d in
            let receiver = UploadReceiver(directory: d.configuration.uploadDirectory, limitBytes: d.configuration.uploadLimitBytes)
            let name = UploadReceiver.safeName(request.uri.queryParameters.get("name"))
            let length = request.headers[.contentLength].flatMap { Int64($0) }
            let (folder, file, _) = try await receiver.receive(request.body, name: name, declaredLength: length)
            let summary = try await WebImport(store: d.store, configuration: d.configuration).run(folder: folder, files: [file])
            return Responses.json(WebImport.json(summary), status: .created)
        }
    }
}
