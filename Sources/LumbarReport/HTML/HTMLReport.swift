import LumbarCore

/// The self-contained HTML report a runner can hand to a clinician: one file with inline CSS
/// and inline SVG, no script and no network, laid out for A4 print. Every text is escaped.
///
/// Sections in order: red flags, cause ranking with evidence tables, charts, what is unknown,
/// plan, sources (full references of the R-numbers used), and the not-a-diagnosis statement.
public enum HTMLReport {
    /// Renders the report. `runnerName`, if given, appears in the heading.
    public static func render(_ result: AnalysisResult, charts: ReportCharts = ReportCharts(), runnerName: String? = nil) -> String {
        var h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
        h += "<title>lumbar report \(e(result.asOf.description))</title><style>\(ReportStyle.css)</style></head><body>\n"
        let who = runnerName.map { " for \(e($0))" } ?? ""
        h += "<header><h1>Why does my back hurt after running?</h1><p class=\"meta\">lumbar report\(who), as of \(e(NumberText.date(result.asOf))) &#183; model \(e(result.model))</p>"
        h += "<p class=\"notice\">\(e(ResultWords.notADiagnosis))</p></header>\n"
        h += redFlagSection(result) + "\n"
        h += causesSection(result) + "\n"
        h += chartsSection(charts) + "\n"
        h += unknownsSection(result) + "\n"
        h += planSection(result) + "\n"
        h += sourcesSection(result) + "\n"
        h += "<footer id=\"disclaimer\"><h2>Not a diagnosis</h2><p>\(e(ResultWords.notADiagnosis))</p></footer>\n"
        return h + "</body></html>\n"
    }

    static func e(_ s: String) -> String { HTMLEscape.escape(s) }

    static func redFlagSection(_ r: AnalysisResult) -> String {
        var h = "<section id=\"red-flags\"><h2>Red flags</h2>"
        if r.redFlags.isEmpty {
            h += "<p>\(e(ResultWords.urgencyAction(.none)))</p>"
        } else {
            let cls = r.urgency >= .urgent ? "flag" : "flag soon"
            h += "<div class=\"\(cls)\"><strong>\(e(ResultWords.urgencyAction(r.urgency)))</strong><ul>"
            for f in r.redFlags {
                h += "<li><b>\(e(f.id))</b> (\(e(f.urgency.rawValue))): \(e(f.advice)) <span class=\"small\">Because: \(e(f.because.joined(separator: ", ")))</span></li>"
            }
            h += "</ul></div>"
        }
        let open = r.unknowns.filter { $0.input.hasPrefix("redFlags.") }
        if !open.isEmpty {
            h += "<p class=\"small\">Not answered yet (the screen is incomplete until they are): \(e(open.map { String($0.input.dropFirst(9)) }.joined(separator: ", "))).</p>"
        }
        return h + "</section>"
    }

    static func causesSection(_ r: AnalysisResult) -> String {
        var h = "<section id=\"causes\"><h2>Which cause fits your data best</h2>"
        if let reason = r.thinEvidenceReason {
            h += "<p class=\"notice\">Not enough to tell yet. \(e(reason))</p>"
        }
        h += "<table class=\"ranking\"><thead><tr><th>Cause</th><th>Probability</th><th>Level</th></tr></thead><tbody>"
        for c in r.causes {
            let width = NumberText.format(c.probability * 120, decimals: 0)
            h += "<tr><td>\(e(c.cause.title))</td><td class=\"num\"><span class=\"prob\" style=\"width:\(width)px\"></span> \(e(NumberText.percent(c.probability)))</td><td class=\"level-\(c.level.rawValue)\">\(e(ResultWords.level(c.level)))</td></tr>"
        }
        h += "</tbody></table>"
        for c in r.causes {
            h += "<h3>\(e(c.cause.title)) <span class=\"small\">prior \(e(NumberText.percent(c.prior))) &#8594; \(e(NumberText.percent(c.probability)))</span></h3>"
            guard !c.findings.isEmpty else { h += "<p class=\"small\">No finding bears on this cause.</p>"; continue }
            h += "<table class=\"evidence\"><thead><tr><th>Finding</th><th>Value</th><th>Threshold</th><th>Direction</th><th>Weight applied</th><th>Source</th></tr></thead><tbody>"
            for w in c.findings {
                let f = w.finding
                let threshold = f.threshold.map { NumberText.format($0, decimals: 2) } ?? ""
                let weight = ResultWords.ratio(w.appliedRatio) + (w.weight < 1 ? " (table \(ResultWords.ratio(w.tableRatio)), weight \(NumberText.format(w.weight, decimals: 3)))" : "")
                h += "<tr><td>\(e(f.text))</td><td class=\"num\">\(e(ResultWords.value(f)))</td><td class=\"num\">\(e(threshold))</td><td class=\"\(w.direction.rawValue)\">\(e(w.direction.rawValue))</td><td class=\"num\">\(e(weight))</td><td>\(e(f.source))</td></tr>"
            }
            h += "</tbody></table>"
        }
        if !r.notes.isEmpty {
            h += "<h3>Also noted (weighs on no cause)</h3><ul>"
            for n in r.notes { h += "<li>\(e(n.text)) <span class=\"small\">\(e(n.source))</span></li>" }
            h += "</ul>"
        }
        return h + "</section>"
    }

    static func chartsSection(_ charts: ReportCharts) -> String {
        var h = "<section id=\"charts\"><h2>Your data</h2>"
        h += figure(SVGCharts.weeklyDistance(charts.weeklyDistance), caption: "Weekly running distance (km).",
                    empty: "No runs imported yet: weekly distance cannot be shown.")
        h += figure(SVGCharts.painAgainstRuns(charts.painRuns), caption: "Each run's distance (bars) and the pain you logged after it (red dots, 0-10).",
                    empty: "No pain diary entries linked to runs yet.")
        h += figure(SVGCharts.coreAgainstNorms(charts.coreTimes), caption: "Core endurance holds against the norm means (black ticks; R41, R43). Red: under half the norm (clinical.md 8.7).",
                    empty: "No core endurance tests recorded yet.")
        return h + "</section>"
    }

    static func figure(_ svg: String?, caption: String, empty: String) -> String {
        guard let svg else { return "<p class=\"small\">\(e(empty))</p>" }
        return "<figure>\(svg)<figcaption>\(e(caption))</figcaption></figure>"
    }

    static func unknownsSection(_ r: AnalysisResult) -> String {
        let items = r.unknowns.filter { !$0.input.hasPrefix("redFlags.") }
        var h = "<section id=\"unknowns\"><h2>What would settle it</h2>"
        guard !items.isEmpty else { return h + "<p>Nothing important is missing.</p></section>" }
        h += "<table><thead><tr><th>Missing input</th><th>Would inform</th><th>Expected change</th></tr></thead><tbody>"
        for u in items {
            let informs = u.wouldInform.map(\.title).joined(separator: ", ")
            h += "<tr><td>\(e(ResultWords.input(u.input)))</td><td>\(e(informs.isEmpty ? "-" : informs))</td><td class=\"num\">\(e(NumberText.format(u.expectedSwing * 100, decimals: 0))) points (up to \(e(NumberText.format(u.largestSwing * 100, decimals: 0))))</td></tr>"
        }
        return h + "</tbody></table></section>"
    }

    static func planSection(_ r: AnalysisResult) -> String {
        var h = "<section id=\"plan\"><h2>Your plan</h2>"
        for item in r.plan {
            h += "<h3>\(e(ResultWords.planTitle(item.cause)))</h3><ol>"
            for s in item.steps { h += "<li>\(e(s))</li>" }
            h += "</ol><p class=\"small\">Check again on \(e(NumberText.date(item.recheckOn))).</p>"
        }
        return h + "</section>"
    }

    static func sourcesSection(_ r: AnalysisResult) -> String {
        var h = "<section id=\"sources\"><h2>Sources</h2><p class=\"small\">Design defaults are marked \"clinical.md 8.N default\": no study gives these numbers for runners.</p><ul>"
        for (id, text) in References.entries(r.citedReferences) {
            h += "<li><b>\(e(id))</b> \(e(text))</li>"
        }
        return h + "</ul></section>"
    }
}
