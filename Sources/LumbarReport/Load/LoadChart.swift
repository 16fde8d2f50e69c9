import LumbarCore

/// The load chart as a self-contained SVG: weekly distance bars (hatched), the acute:chronic
/// ratio line over the runner's own usual range (a band, labelled "not a risk zone": R64, R69),
/// and spikes marked on their week with a triangle and a label.
///
/// Readable without colour (patterns, dashes, text labels) and byte-stable: fixed layout, no
/// timestamps, numbers with fixed decimals, so the output can be compared with a golden file.
public enum LoadChart {
    static let width = 720.0
    static let left = 56.0
    static let right = 16.0
    static let barTop = 40.0
    static let barHeight = 170.0
    static let ratioTop = 270.0
    static let ratioHeight = 110.0
    static let height = 430.0

    /// The SVG document for `report`'s weeks (oldest left).
    public static func svg(_ report: LoadReport) -> String {
        var out = SVGWriter()
        let weeks = report.weeks
        out.open(width: width, height: height, title: "Weekly running distance and load ratio to \(report.asOf)")
        out.line("<desc>Bars: distance per ISO week. Triangles: runs more than 10 % longer than the longest run of the 30 days before (Frandsen 2025). Lower panel: \(report.ratioMethod.rawValue) acute:chronic ratio over your own usual range; information only, not a risk zone.</desc>")
        out.line("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#333333\" stroke-width=\"2\"/></pattern>")
        out.line("<pattern id=\"dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/><circle cx=\"3\" cy=\"3\" r=\"1\" fill=\"#777777\"/></pattern></defs>")
        out.line("<rect width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#ffffff\"/>")
        out.text(x: left, y: 22, "Weekly distance (km)", attributes: "font-weight=\"bold\"")
        guard !weeks.isEmpty else { return out.close() }

        let slot = (width - left - right) / Double(weeks.count)
        let maxKm = max(5, weeks.map { $0.distanceMeters / 1000 }.max() ?? 0)
        let kmScale = barHeight / niceCeiling(maxKm)
        let barBottom = barTop + barHeight
        out.line("<line x1=\"\(n(left))\" y1=\"\(n(barBottom))\" x2=\"\(n(width - right))\" y2=\"\(n(barBottom))\" stroke=\"#000000\"/>")
        out.text(x: left - 6, y: barTop + 4, LoadText.fixed(niceCeiling(maxKm), 0), attributes: "text-anchor=\"end\"")
        out.text(x: left - 6, y: barBottom + 4, "0", attributes: "text-anchor=\"end\"")
        for (i, week) in weeks.enumerated() {
            let x = left + Double(i) * slot
            let km = week.distanceMeters / 1000
            let h = km * kmScale
            out.line("<rect class=\"week\" x=\"\(n(x + slot * 0.15))\" y=\"\(n(barBottom - h))\" width=\"\(n(slot * 0.7))\" height=\"\(n(h))\" fill=\"url(#hatch)\" stroke=\"#000000\"><title>\(weekLabel(week)): \(LoadText.km(week.distanceMeters)), \(week.runs) \(week.runs == 1 ? "run" : "runs")</title></rect>")
            out.text(x: x + slot / 2, y: barBottom - h - 4, LoadText.fixed(km, 1), attributes: "text-anchor=\"middle\"")
            out.text(x: x + slot / 2, y: barBottom + 16, "W\(week.isoWeek)", attributes: "text-anchor=\"middle\"")
            let spikes = report.spikes.filter { $0.date >= week.weekStart && $0.date <= week.weekStart.adding(days: 6) }
            if let biggest = spikes.max(by: { $0.percent < $1.percent }) {
                let y = barBottom - h - 20
                let cx = x + slot / 2
                out.line("<path class=\"spike\" d=\"M\(n(cx - 6)) \(n(y)) L\(n(cx + 6)) \(n(y)) L\(n(cx)) \(n(y - 10)) Z\" fill=\"#000000\"><title>spike \(LoadText.day(biggest.date)): +\(LoadText.percent(biggest.percent))</title></path>")
                out.text(x: cx, y: y - 14, "+" + LoadText.percent(biggest.percent), attributes: "text-anchor=\"middle\" font-size=\"10\"")
            }
        }
        drawRatios(report, slot: slot, into: &out)
        return out.close()
    }

    static func drawRatios(_ report: LoadReport, slot: Double, into out: inout SVGWriter) {
        let weeks = report.weeks
        let values = weeks.compactMap(\.ratio.value)
        let top = niceCeiling(max(2, (values.max() ?? 0), report.usualRange?.high ?? 0))
        let bottom = ratioTop + ratioHeight
        func y(_ r: Double) -> Double { bottom - min(r, top) / top * ratioHeight }
        out.text(x: left, y: ratioTop - 12, "Acute:chronic ratio (\(report.ratioMethod.rawValue)), information only", attributes: "font-weight=\"bold\"")
        out.line("<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(width - right))\" y2=\"\(n(bottom))\" stroke=\"#000000\"/>")
        out.text(x: left - 6, y: ratioTop + 4, LoadText.fixed(top, 1), attributes: "text-anchor=\"end\"")
        out.text(x: left - 6, y: bottom + 4, "0", attributes: "text-anchor=\"end\"")
        if let u = report.usualRange {
            out.line("<rect class=\"usual-range\" x=\"\(n(left))\" y=\"\(n(y(u.high)))\" width=\"\(n(width - left - right))\" height=\"\(n(max(1, y(u.low) - y(u.high))))\" fill=\"url(#dots)\" stroke=\"#777777\" stroke-dasharray=\"2 2\"/>")
            out.text(x: left, y: bottom + 20, "Dotted band: your usual range \(LoadText.fixed(u.low, 2))-\(LoadText.fixed(u.high, 2)) (10th-90th percentile of your own history), not a risk zone.", attributes: "font-size=\"10\"")
        } else {
            out.text(x: left, y: bottom + 20, "No band: not enough history for your usual range yet.", attributes: "font-size=\"10\"")
        }
        out.text(x: left, y: bottom + 36, "Dashed line: the ratio at the end of each week. Triangle: a run more than 10 % longer than your longest of the 30 days before (Frandsen 2025).", attributes: "font-size=\"10\"")
        var segment: [String] = []
        func flush() {
            if segment.count > 1 {
                out.line("<polyline class=\"ratio\" points=\"\(segment.joined(separator: " "))\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>")
            }
            segment = []
        }
        for (i, week) in weeks.enumerated() {
            guard let r = week.ratio.value else { flush(); continue }
            let cx = left + (Double(i) + 0.5) * slot
            segment.append("\(n(cx)),\(n(y(r)))")
            out.line("<circle cx=\"\(n(cx))\" cy=\"\(n(y(r)))\" r=\"3\" fill=\"#000000\"><title>\(weekLabel(week)): \(LoadText.fixed(r, 2))</title></circle>")
        }
        flush()
    }

    static func weekLabel(_ w: WeekSummary) -> String { "\(w.isoYear)-W\(w.isoWeek < 10 ? "0" : "")\(w.isoWeek)" }

    /// 1, 2, 5 × 10^k at or above `x`.
    static func niceCeiling(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        var p = 1.0
        while p * 10 <= x { p *= 10 }
        while p > x { p /= 10 }
        for m in [1.0, 2, 5, 10] where m * p >= x { return m * p }
        return 10 * p
    }

    static func n(_ x: Double) -> String { LoadText.fixed(x, 1) }
}
