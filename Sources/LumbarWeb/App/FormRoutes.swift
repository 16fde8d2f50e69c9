import Foundation
import Hummingbird
import LumbarCore
import LumbarStore

/// The forms posted by the pages (they work without script); each redirects after storing,
/// or shows the page again with the refusal (status 400) and nothing stored.
struct FormRoutes: Sendable {
    static let formLimit = 256 * 1024

    static func form(_ request: Request) async throws -> FormFields {
        let buffer = try await request.body.collect(upTo: formLimit)
        return FormFields(urlEncoded: String(buffer: buffer))
    }

    func add(to routes: DashboardRouter) {
        routes.post("/assessment") { request, _, d in try await assessment(try await Self.form(request), d) }
        routes.post("/core-tests") { request, _, d in
            let form = try await Self.form(request)
            do {
                try await d.store.saveCoreTest(try CoreTestsPage.parse(form, today: d.configuration.today()))
                return Responses.seeOther("/core-tests?saved=1")
            } catch let error as WebError {
                let page = CoreTestsPage.render(history: try await d.store.coreTests(), today: d.configuration.today(), error: error.message)
                return Responses.html(page, status: error.status)
            }
        }
        routes.post("/pain") { request, _, d in
            let form = try await Self.form(request)
            do {
                _ = try await Self.savePain(form, d)
                return Responses.seeOther("/pain?saved=1")
            } catch let error as WebError {
                return Responses.html(try await Self.painPage(d, selectedRun: form.first("run"), error: error.message), status: error.status)
            }
        }
        routes.post("/import") { request, _, d in
            guard let boundary = MultipartReceiver.boundary(request.headers[.contentType]) else {
                throw WebError.badBody("Post the import form as multipart/form-data (choose files on the Import page).")
            }
            let receiver = MultipartReceiver(receiver: UploadReceiver(directory: d.configuration.uploadDirectory, limitBytes: d.configuration.uploadLimitBytes))
            do {
                let (folder, files) = try await receiver.receive(request.body, boundary: boundary)
                let summary = try await WebImport(store: d.store, configuration: d.configuration).run(folder: folder, files: files)
                return Responses.html(ImportPage.render(limitBytes: d.configuration.uploadLimitBytes, notice: WebImport.message(summary)))
            } catch let error as WebError {
                return Responses.html(ImportPage.render(limitBytes: d.configuration.uploadLimitBytes, error: error.message), status: error.status)
            }
        }
    }

    /// One step of the questionnaire: checks this step, shows the next one that applies, and on
    /// the last stores the answers and goes to the result.
    func assessment(_ form: FormFields, _ d: Dashboard) async throws -> Response {
        let steps = WebQuestionnaire.steps
        guard let raw = form.first("_step"), let index = Int(raw), steps.indices.contains(index) else {
            throw WebError.badField(field: "_step", reason: "the questionnaire step is missing or unknown; start again from the first page")
        }
        do {
            _ = try AnswersForm.values(form, steps: [steps[index]])
        } catch {
            return Responses.html(AssessmentPage.render(step: index, fields: form, error: error.message), status: error.status)
        }
        if let next = steps.indices.first(where: { $0 > index && steps[$0].isShown(for: form) }) {
            return Responses.html(AssessmentPage.render(step: next, fields: form))
        }
        let applicable = steps.filter { $0.isShown(for: form) }
        do {
            _ = try await Self.saveAnswers(AnswersForm.json(try AnswersForm.values(form, steps: applicable)), d)
        } catch let error as WebError {
            return Responses.html(AssessmentPage.render(step: index, fields: form, error: error.message), status: error.status)
        }
        return Responses.seeOther("/result")
    }

    /// Checks a `lumbar.answers/1` document and stores it (canonical form); returns its id and warnings.
    static func saveAnswers(_ json: String, _ d: Dashboard) async throws -> (id: Int64, warnings: [String]) {
        let decoded: DecodedAnswers
        do { decoded = try AnswersDecoder.decode(json) } catch { throw WebError.badBody("The answers were refused: \(error.description)") }
        let text = AnswersEncoder.encode(decoded.answers, keeping: decoded.unknownFields)
        let id = try await d.store.saveAnswers(json: text, recordedAt: d.configuration.now())
        return (id, decoded.warnings)
    }

    /// Validates, links to the run (chosen, else the single run of that date) and stores an entry.
    static func savePain(_ form: FormFields, _ d: Dashboard) async throws -> PainEntry {
        var (entry, runID) = try PainPage.parse(form, today: d.configuration.today())
        let runs = try await d.runs()
        if let runID {
            guard let run = runs.first(where: { $0.id == runID }) else { throw WebError.notFound("Run \"\(runID)\"") }
            entry.activityID = run.id
            entry.date = run.localDate
        } else {
            let same = runs.filter { $0.localDate == entry.date }
            if same.count == 1 { entry.activityID = same[0].id }
        }
        return try await d.store.savePainEntry(entry)
    }

    static func painPage(_ d: Dashboard, selectedRun: String?, notice: String? = nil, error: String? = nil) async throws -> String {
        let today = d.configuration.today()
        let recent = try await d.runs().prefix(30)
        return PainPage.render(
            entries: try await d.store.painEntries(), recentRuns: Array(recent), today: today, selectedRun: selectedRun,
            notice: notice, error: error)
    }
}
