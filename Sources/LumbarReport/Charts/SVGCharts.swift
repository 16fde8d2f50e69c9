import LumbarCore

/// Inline SVG charts for the report: no script, no external assets, byte-stable numbers.
public enum SVGCharts {
    static let width = 640.0
    static let height = 220.0
    static let left = 44.0, right = 40.0, top = 16.0, bottom = 34.0

    static func n(_ d: Double) -> String { NumberText.format(d.isFinite ? d : 0, decimals: 1) }

    /// A chart value: non-finite and negative values draw as 0.
    static func v(_ d: Double) -> Double { d.isFinite ? max(0, d) : 0 }
    static func e(_ s: String) -> String { HTMLEscape.escape(s) }

    static func open(_ title: String, height h: Double = height) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(h))\" width=\"100%\" role=\"img\" aria-label=\"\(e(title))\"><title>\(e(title))</title>"
    }

    /// A round upper bound for an axis (1, 2, 2.5 or 5 x 10^k at or above `value`).
    static func niceMax(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        var scale = 1.0
        while scale * 10 <= value { scale *= 10 }
        while scale > value { scale /= 10 }
        for step in [1.0, 2, 2.5, 5, 10] where step * scale >= value { return step * scale }
        return 10 * scale
    }

    static func shortDate(_ d: LocalDate) -> String {
        let full = NumberText.date(d)
        return String(full.split(separator: " ").prefix(2).joined(separator: " "))
    }

    /// Weekly distance as bars, with a 0 / half / max axis.
    public static func weeklyDistance(_ weeks: [WeeklyDistance]) -> String? {
        guard !weeks.isEmpty else { return nil }
        let top = niceMax(weeks.map { v($0.km) }.max() ?? 0)
        let plotW = width - left - right, plotH = height - self.top - bottom
        let band = plotW / Double(weeks.count)
        var s = open("Weekly running distance, km")
        s += axis(maxValue: top, unit: "km", plotH: plotH)
        let labelEvery = max(1, weeks.count / 8)
        for (i, w) in weeks.enumerated() {
            let h = v(w.km) / top * plotH
            let x = left + Double(i) * band + band * 0.15
            s += "<rect class=\"bar\" x=\"\(n(x))\" y=\"\(n(self.top + plotH - h))\" width=\"\(n(band * 0.7))\" height=\"\(n(h))\"><title>week of \(e(NumberText.date(w.weekStart))): \(n(w.km)) km</title></rect>"
            if i % labelEvery == 0 {
                s += "<text x=\"\(n(x + band * 0.35))\" y=\"\(n(height - 12))\" text-anchor=\"middle\">\(e(shortDate(w.weekStart)))</text>"
            }
        }
        return s + "</svg>"
    }

    /// Runs as distance bars with the pain logged after each as dots (right axis 0-10).
    public static func painAgainstRuns(_ runs: [PainRunPoint]) -> String? {
        guard !runs.isEmpty else { return nil }
        let top = niceMax(runs.map { v($0.km) }.max() ?? 0)
        let plotW = width - left - right, plotH = height - self.top - bottom
        let band = plotW / Double(runs.count)
        var s = open("Runs (bars, km) and pain after each run (dots, 0-10)")
        s += axis(maxValue: top, unit: "km", plotH: plotH)
        s += "<text x=\"\(n(width - right + 6))\" y=\"\(n(self.top + 4))\">10</text><text x=\"\(n(width - right + 6))\" y=\"\(n(self.top + plotH))\">0</text><text x=\"\(n(width - right + 6))\" y=\"\(n(self.top + plotH / 2))\">pain</text>"
        let labelEvery = max(1, runs.count / 8)
        for (i, r) in runs.enumerated() {
            let h = v(r.km) / top * plotH
            let x = left + Double(i) * band
            s += "<rect class=\"bar light\" x=\"\(n(x + band * 0.15))\" y=\"\(n(self.top + plotH - h))\" width=\"\(n(band * 0.7))\" height=\"\(n(h))\"><title>\(e(NumberText.date(r.date))): \(n(r.km)) km</title></rect>"
            if let pain = r.painAfter, pain.isFinite {
                let y = self.top + plotH - min(10, max(0, pain)) / 10 * plotH
                s += "<circle class=\"pain\" cx=\"\(n(x + band / 2))\" cy=\"\(n(y))\" r=\"4\"><title>\(e(NumberText.date(r.date))): pain \(n(pain))/10</title></circle>"
            }
            if i % labelEvery == 0 {
                s += "<text x=\"\(n(x + band / 2))\" y=\"\(n(height - 12))\" text-anchor=\"middle\">\(e(shortDate(r.date)))</text>"
            }
        }
        return s + "</svg>"
    }

    /// Core holds as horizontal bars with the norm as a tick.
    public static func coreAgainstNorms(_ bars: [CoreTimeBar]) -> String? {
        guard !bars.isEmpty else { return nil }
        let rowH = 34.0
        let h = top + Double(bars.count) * rowH + 10
        let labelW = 150.0
        let plotW = width - labelW - right
        let top = niceMax(bars.flatMap { [v($0.seconds), v($0.norm)] }.max() ?? 0)
        var s = open("Core endurance holds (bars) against norms (ticks), seconds", height: h)
        for (i, b) in bars.enumerated() {
            let y = self.top + Double(i) * rowH
            let w = v(b.seconds) / top * plotW
            let nx = labelW + v(b.norm) / top * plotW
            let low = b.seconds < b.norm * 0.5
            s += "<text x=\"0\" y=\"\(n(y + 15))\">\(e(b.name))</text>"
            s += "<rect class=\"bar\(low ? " low" : "")\" x=\"\(n(labelW))\" y=\"\(n(y + 2))\" width=\"\(n(w))\" height=\"18\"><title>\(e(b.name)): \(n(b.seconds)) s, norm \(n(b.norm)) s</title></rect>"
            s += "<line class=\"norm\" x1=\"\(n(nx))\" x2=\"\(n(nx))\" y1=\"\(n(y - 2))\" y2=\"\(n(y + 24))\"/>"
            s += "<text x=\"\(n(labelW + w + 4))\" y=\"\(n(y + 15))\">\(n(b.seconds)) s</text>"
        }
        return s + "</svg>"
    }

    static func axis(maxValue: Double, unit: String, plotH: Double) -> String {
        var s = ""
        for k in 0...2 {
            let v = maxValue * Double(k) / 2
            let y = top + plotH - Double(k) / 2 * plotH
            s += "<line class=\"grid\" x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(y))\" y2=\"\(n(y))\"/>"
            s += "<text x=\"\(n(left - 6))\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(n(v))</text>"
        }
        return s + "<text x=\"4\" y=\"\(n(top - 4))\">\(e(unit))</text>"
    }
}
