import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LumbarCore
import Testing
@testable import LumbarReport

/// Collects element names, section ids and text while parsing the report as XML.
final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var ids: [String] = []
    var text = ""
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
        if let id = attributes["id"] { ids.append(id) }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

@Suite struct HTMLReportTests {
    func parse(_ html: String) throws -> ElementCollector {
        let parser = XMLParser(data: Data(html.utf8))
        let collector = ElementCollector()
        parser.delegate = collector
        #expect(parser.parse(), "report must be well-formed: \(String(describing: parser.parserError))")
        return collector
    }

    @Test func hasEverySectionInOrderAndThreeCharts() throws {
        let html = HTMLReport.render(ReportFixtures.result, charts: ReportFixtures.charts)
        let doc = try parse(html)
        #expect(doc.ids == ["red-flags", "causes", "charts", "unknowns", "plan", "sources", "disclaimer"])
        #expect(doc.elements.filter { $0 == "svg" }.count == 3)
        #expect(doc.elements.filter { $0 == "rect" }.count >= 8 + 3 + 4)
        #expect(doc.elements.contains("circle"))
        #expect(doc.text.contains("This is not a diagnosis"))
    }

    @Test func isSelfContainedAndPrintable() {
        let html = HTMLReport.render(ReportFixtures.result, charts: ReportFixtures.charts)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(!html.contains("@import"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("@media print"))
    }

    @Test func escapesEveryText() throws {
        let html = HTMLReport.render(ReportFixtures.result, runnerName: "<b>Ann & \"Bo\"</b>")
        #expect(html.contains("referral &lt;within weeks&gt; &amp; mention"))
        #expect(html.contains("&lt;b&gt;Ann &amp; &quot;Bo&quot;&lt;/b&gt;"))
        #expect(!html.contains("<within weeks>"))
        _ = try parse(html)
    }

    @Test func citesFullReferencesForTheSourcesUsed() {
        let html = HTMLReport.render(ReportFixtures.result)
        #expect(html.contains("<b>R69</b> Frandsen JSB et al. How much running is too much?"))
        #expect(html.contains("<b>R32</b> French SD et al."))
        #expect(!html.contains("<b>R15</b>"), "only sources the result uses")
    }

    @Test func emptyChartsSaySoInsteadOfDrawing() throws {
        let html = HTMLReport.render(ReportFixtures.result)
        let doc = try parse(html)
        #expect(!doc.elements.contains("svg"))
        #expect(html.contains("No runs imported yet"))
    }

    @Test func matchesTheGoldenFile() throws {
        let html = HTMLReport.render(ReportFixtures.result, charts: ReportFixtures.charts)
        #expect(try ReportFixtures.matchesGolden(html, "report-strain.html"))
    }
}

@Suite struct RobustnessTests {
    @Test func oddNumbersNeverBreakTheReport() throws {
        var a = Answers()
        a.episode.durationDays = Int.max
        a.age = -5
        a.heightCm = 0
        a.weightKg = .nan
        a.symptoms.morningStiffnessMinutes = -10
        a.episode.previousEpisodes = -1
        a.pain.now = .infinity
        let input = AnalysisInput(
            asOf: LocalDate(year: 2026, month: 1, day: 1), findings: SymptomFindings.findings(from: a), answers: a,
            planInputs: PlanInputs(recentWeeklyKm: [.nan, -3, .infinity], longestRunKm30Days: .nan, cadenceStepsPerMinute: 1e9))
        let result = Analysis.run(input)
        let charts = ReportCharts(
            weeklyDistance: [WeeklyDistance(weekStart: LocalDate(year: 2026, month: 1, day: 1), km: .nan)],
            painRuns: [PainRunPoint(date: LocalDate(year: 2026, month: 1, day: 1), km: -4, painAfter: .infinity)],
            coreTimes: [CoreTimeBar(name: "x", seconds: .nan, norm: -1)])
        let html = HTMLReport.render(result, charts: charts)
        for bad in ["nan", "inf\"", "inf ", "=\"-\""] { #expect(!html.contains(bad), "\(bad)") }
        _ = try HTMLReportTests().parse(html)
        #expect(!ResultJSON.encode(result).contains("nan"))
        _ = TerminalReport.render(result)
    }
}
