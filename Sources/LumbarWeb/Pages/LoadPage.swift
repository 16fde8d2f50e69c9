import LumbarCore
import LumbarReport

/// Training load: the weekly chart (shared with `lumbar load --svg`), the weeks as a table,
/// the flags, the findings, and every formula with its source in a glossary.
enum LoadPage {
    static func render(_ r: LoadReport) -> String {
        var h = "<h1>Training load</h1><p>ISO weeks to \(e(r.asOf.description)), newest last. Flags: runs more than 10 % longer than your longest of the 30 days before (Frandsen 2025, R69), weeks more than 30 % up on the week before (Nielsen 2014, R68), low-variety weeks. The acute:chronic ratio is shown for information beside your usual range; in runners it did not predict injury.</p>"
        h += "<figure role=\"group\" aria-label=\"Weekly load\">\(LoadChart.svg(r))<figcaption>Weekly distance and load, with the acute:chronic ratio band.</figcaption></figure>"
        h += "<h2>Weeks</h2><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Week of</th><th scope=\"col\" class=\"num\">Runs</th><th scope=\"col\" class=\"num\">Distance</th><th scope=\"col\" class=\"num\">Change</th><th scope=\"col\" class=\"num\">Ratio</th><th scope=\"col\">Flags</th></tr></thead><tbody>"
        for w in r.weeks {
            var flags: [String] = []
            if w.isJump { flags.append("jump over 30 %") }
            if w.monotony?.isLowVariety == true { flags.append("low variety") }
            if w.isPartial { flags.append("week so far") }
            let change = w.changePercent.map { NumberText.format($0, decimals: 0) + " %" } ?? "-"
            let ratio = w.ratio.value.map { NumberText.format($0, decimals: 2) } ?? "-"
            h += "<tr><td>\(e(w.weekStart.description))</td><td class=\"num\">\(w.runs)</td><td class=\"num\">\(e(Units.km(w.distanceMeters)))</td><td class=\"num\">\(e(change))</td><td class=\"num\">\(e(ratio))</td><td>\(e(flags.joined(separator: ", ")))</td></tr>"
        }
        h += "</tbody></table></div>"
        let spikes = r.spikes.filter(\.isSpike)
        h += "<h2 id=\"flags\">Flags</h2>"
        if spikes.isEmpty && r.findings.isEmpty { h += "<p>No load flag in this window.</p>" }
        if !spikes.isEmpty {
            h += "<ul>"
            for s in spikes.suffix(20) {
                h += "<li>\(e(s.date.description)): \(e(Units.km(s.distanceMeters))), \(e(NumberText.format(s.percent, decimals: 0))) % longer than the longest run of the 30 days before (\(e(Units.km(s.previousLongestMeters)))): \(e(s.band.label)).</li>"
            }
            h += "</ul>"
        }
        if !r.findings.isEmpty {
            h += "<h3>What this says about the causes</h3><ul>"
            for f in r.findings { h += "<li>\(e(f.text)) <span class=\"muted\">(\(e(f.source)))</span></li>" }
            h += "</ul>"
        }
        for n in r.notes { h += "<p class=\"muted\">\(e(n))</p>" }
        h += "<h2 id=\"glossary\">Glossary: how each number is computed</h2><dl>"
        for f in LoadFormulas.all {
            h += "<dt><strong>\(e(f.name))</strong></dt><dd>\(e(f.formula)) <span class=\"muted\">Source: \(e(f.source))</span></dd>"
        }
        h += "</dl>"
        return Layout.page(title: "Load", current: .load, body: h)
    }
}
