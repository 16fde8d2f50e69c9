import LumbarAnalysis
import LumbarCore
import LumbarReport

/// The result: red flags first, then the ranking with the findings that moved each cause,
/// what would settle it, the plan, and the charts shared with the HTML report.
enum ResultPage {
    static func render(_ output: AnalysisAssembly.Output) -> String {
        let r = output.result
        var h = "<h1>Your result <span class=\"muted\">as of \(e(NumberText.date(r.asOf)))</span></h1>"
        h += redFlags(r, safetyNet: output.safetyNet)
        h += "<section aria-labelledby=\"causes\"><h2 id=\"causes\">Which cause fits your data best</h2>"
        if let reason = r.thinEvidenceReason { h += "<p class=\"box\">Not enough to tell yet. \(e(reason))</p>" }
        h += "<div class=\"scroll\"><table id=\"ranking\"><thead><tr><th scope=\"col\">Cause</th><th scope=\"col\">Probability</th><th scope=\"col\">Level</th></tr></thead><tbody>"
        for c in r.causes {
            let width = NumberText.format(c.probability * 120, decimals: 0)
            h += "<tr><th scope=\"row\">\(e(c.cause.title))</th><td class=\"num\"><span class=\"prob\" style=\"width:\(width)px\" aria-hidden=\"true\"></span> \(e(NumberText.percent(c.probability)))</td><td>\(e(ResultWords.level(c.level)))</td></tr>"
        }
        h += "</tbody></table></div>"
        for c in r.causes where !c.findings.isEmpty {
            h += "<details><summary>Evidence for and against: \(e(c.cause.title)) (prior \(e(NumberText.percent(c.prior))) → \(e(NumberText.percent(c.probability))))</summary><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Finding</th><th scope=\"col\">Value</th><th scope=\"col\">Direction</th><th scope=\"col\">Weight</th><th scope=\"col\">Source</th></tr></thead><tbody>"
            for w in c.findings {
                h += "<tr><td>\(e(w.finding.text))</td><td class=\"num\">\(e(ResultWords.value(w.finding)))</td><td class=\"\(w.direction.rawValue)\">\(e(w.direction.rawValue))</td><td class=\"num\">\(e(ResultWords.ratio(w.appliedRatio)))</td><td>\(e(w.finding.source))</td></tr>"
            }
            h += "</tbody></table></div></details>"
        }
        h += "</section>"
        let unknowns = r.unknowns.filter { !$0.input.hasPrefix("redFlags.") }
        if !unknowns.isEmpty {
            h += "<section aria-labelledby=\"unknowns\"><h2 id=\"unknowns\">What would settle it</h2><ul>"
            for u in unknowns.prefix(8) {
                h += "<li>\(e(ResultWords.input(u.input))): could move the picture by about \(e(NumberText.format(u.expectedSwing * 100, decimals: 0))) points.</li>"
            }
            h += "</ul></section>"
        }
        h += "<section aria-labelledby=\"plan\"><h2 id=\"plan\">Your plan</h2>"
        if r.plan.isEmpty { h += "<p>No plan yet: answer the questionnaire and import runs first.</p>" }
        for item in r.plan {
            h += "<h3>\(e(ResultWords.planTitle(item.cause)))</h3><ol>"
            for s in item.steps { h += "<li>\(e(s))</li>" }
            h += "</ol><p class=\"muted\">Check again on \(e(NumberText.date(item.recheckOn))).</p>"
        }
        h += "</section><section aria-labelledby=\"charts\"><h2 id=\"charts\">Your data</h2>"
        h += Layout.figure(SVGCharts.weeklyDistance(output.charts.weeklyDistance), caption: "Weekly running distance (km).", empty: "No runs imported yet.")
        h += Layout.figure(SVGCharts.painAgainstRuns(output.charts.painRuns), caption: "Each run's distance (bars) and the pain logged after it (red dots, 0-10).", empty: "No pain diary entries linked to runs yet.")
        h += Layout.figure(SVGCharts.coreAgainstNorms(output.charts.coreTimes), caption: "Core endurance holds against the norm means (black ticks; R41, R43).", empty: "No core endurance tests recorded yet.")
        h += "</section>"
        for n in output.notes { h += "<p class=\"muted\">\(e(n))</p>" }
        h += "<p><a class=\"button\" href=\"/report\">Download the report (HTML) for your physiotherapist or doctor</a></p>"
        return Layout.page(title: "Result", current: .result, body: h)
    }

    static func redFlags(_ r: AnalysisResult, safetyNet: [String]) -> String {
        var h = "<section aria-labelledby=\"red-flags\"><h2 id=\"red-flags\">Red flags</h2>"
        if r.redFlags.isEmpty {
            h += "<p>\(e(ResultWords.urgencyAction(.none)))</p>"
        } else {
            h += "<div class=\"flag\(r.urgency >= .urgent ? "" : " soon")\" role=\"alert\"><strong>\(e(ResultWords.urgencyAction(r.urgency)))</strong><ul>"
            for f in r.redFlags {
                h += "<li><b>\(e(f.id))</b> (\(e(f.urgency.rawValue))): \(e(f.advice)) <span class=\"small\">Because: \(e(f.because.joined(separator: ", ")))</span></li>"
            }
            h += "</ul></div>"
        }
        let open = r.unknowns.filter { $0.input.hasPrefix("redFlags.") }
        if !open.isEmpty {
            h += "<p class=\"box\">Safety questions not answered yet: \(e(open.map { String($0.input.dropFirst(9)) }.joined(separator: ", "))). <a href=\"/assessment\">Answer them</a>.</p>"
        }
        for s in safetyNet { h += "<p class=\"muted\">\(e(s))</p>" }
        return h + "</section>"
    }
}
