import Foundation
import Hummingbird
import LumbarCore
import LumbarReport

/// The pages read with GET.
struct PageRoutes: Sendable {
    var dashboard: Dashboard

    func add(to router: Router<BasicRequestContext>) {
        let d = dashboard
        router.get("/") { _, _ in Responses.html(HomePage.render(try await d.overview())) }
        router.get("/import") { _, _ in Responses.html(ImportPage.render(limitBytes: d.configuration.uploadLimitBytes)) }
        router.get("/runs") { _, _ in Responses.html(RunsPage.render(try await d.runs())) }
        router.get("/runs/:id") { _, context in
            let raw = try context.parameters.require("id")
            let a = try await d.activity(raw.removingPercentEncoding ?? raw)
            return Responses.html(RunPage.render(a, fallbackOffset: d.configuration.fallbackOffset))
        }
        router.get("/load") { _, _ in Responses.html(try await d.loadPage()) }
        router.get("/assessment") { _, _ in Responses.html(AssessmentPage.render(step: 0, fields: FormFields())) }
        router.get("/core-tests") { request, _ in
            let saved = request.uri.queryParameters.get("saved") != nil
            return Responses.html(CoreTestsPage.render(
                history: try await d.store.coreTests(), today: d.configuration.today(),
                notice: saved ? "Saved. The result now weighs these holds." : nil))
        }
        router.get("/pain") { request, _ in
            let q = request.uri.queryParameters
            return Responses.html(try await FormRoutes.painPage(d, selectedRun: q.get("run"), notice: q.get("saved") != nil ? "Saved." : nil))
        }
        router.get("/result") { _, _ in Responses.html(ResultPage.render(try await d.analysis())) }
        router.get("/report") { _, _ in
            let output = try await d.analysis()
            let html = HTMLReport.render(output.result, charts: output.charts)
            return Responses.make(html, type: "text/html; charset=utf-8", extra: [
                .contentDisposition: "attachment; filename=\"lumbar-report-\(output.result.asOf).html\"",
            ])
        }
    }
}
