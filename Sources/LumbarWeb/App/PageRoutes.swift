import Foundation
import Hummingbird
import LumbarCore
import LumbarReport

/// The pages read with GET.
struct PageRoutes: Sendable {

    func add(to routes: DashboardRouter) {
        routes.get("/") { _, _, d in Responses.html(HomePage.render(try await d.overview())) }
        routes.get("/import") { _, _, d in Responses.html(ImportPage.render(limitBytes: d.configuration.uploadLimitBytes)) }
        routes.get("/runs") { _, _, d in Responses.html(RunsPage.render(try await d.runs())) }
        routes.get("/runs/:id") { _, context, d in
            let raw = try context.parameters.require("id")
            let a = try await d.activity(raw.removingPercentEncoding ?? raw)
            return Responses.html(RunPage.render(a, fallbackOffset: d.configuration.fallbackOffset))
        }
        routes.get("/load") { _, _, d in Responses.html(try await d.loadPage()) }
        routes.get("/assessment") { _, _, d in Responses.html(AssessmentPage.render(step: 0, fields: FormFields())) }
        routes.get("/core-tests") { request, _, d in
            let saved = request.uri.queryParameters.get("saved") != nil
            return Responses.html(CoreTestsPage.render(
                history: try await d.store.coreTests(), today: d.configuration.today(),
                notice: saved ? "Saved. The result now weighs these holds." : nil))
        }
        routes.get("/pain") { request, _, d in
            let q = request.uri.queryParameters
            // A run that is not this runner's is not found (not silently ignored).
            if let run = q.get("run"), !run.isEmpty, try await !d.runs().contains(where: { $0.id.rawValue == run }) {
                throw WebError.notFound("Run \"\(run)\"")
            }
            return Responses.html(try await FormRoutes.painPage(d, selectedRun: q.get("run"), notice: q.get("saved") != nil ? "Saved." : nil))
        }
        routes.get("/result") { _, _, d in Responses.html(ResultPage.render(try await d.analysis())) }
        routes.get("/report") { _, _, d in
            let output = try await d.analysis()
            let html = HTMLReport.render(output.result, charts: output.charts)
            return Responses.make(html, type: "text/html; charset=utf-8", extra: [
                .contentDisposition: "attachment; filename=\"lumbar-report-\(output.result.asOf).html\"",
            ])
        }
    }
}
