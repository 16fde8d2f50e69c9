import LumbarCore

/// The form chart: cadence, ground contact time and vertical oscillation over a run's running
/// time, one panel each, with the first and last third marked (the drift compares them).
///
/// Byte-stable (fixed decimals, no timestamps) and readable without colour: black lines, the
/// thirds as hatched bands with text labels, every axis labelled with its unit.
public enum FormChart {
    static let width = 720.0
    static let panelHeight = 150.0
    static let left = 64.0
    static let right = 16.0
    static let top = 48.0
    static let gap = 34.0

    /// The SVG document for one run; `title` names the run (e.g. "18 km run on 3 Nov").
    public static func svg(_ series: FormSeries, title: String) -> String {
        let panels = FormSeries.metrics
        let height = top + Double(panels.count) * (panelHeight + gap) + 20
        var out = FormSVGLines()
        out.line("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" "
            + "viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">")
        out.line("<title>\(escape(title)): running form over the run</title>")
        out.line("<desc>Cadence, ground contact time and vertical oscillation over running time (stops and walking "
            + "breaks left out); the first and last thirds are hatched: lumbar compares them at matched pace.</desc>")
        out.line("<defs><pattern id=\"third\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#999\" stroke-width=\"1\"/></pattern></defs>")
        out.line("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>")
        out.line("<text class=\"title\" x=\"\(f(left))\" y=\"20\" font-size=\"14\">\(escape(title))</text>")
        for (index, metric) in panels.enumerated() {
            let y0 = top + Double(index) * (panelHeight + gap)
            panel(&out, metric: metric, points: series.lines.first { $0.metric == metric }?.points, series: series, y0: y0)
        }
        let axisY = top + Double(panels.count) * (panelHeight + gap) - gap + 28
        out.line("<text class=\"x-label\" x=\"\(f(left + (width - left - right) / 2))\" y=\"\(f(axisY))\" "
            + "text-anchor=\"middle\">running time (min)</text>")
        out.line("</svg>")
        return out.text
    }

    private static func panel(_ out: inout FormSVGLines, metric: FormMetric, points: [FormSeries.Point]?, series: FormSeries, y0: Double) {
        let plotWidth = width - left - right
        let total = max(series.runningSeconds, 1)
        func x(_ s: Double) -> Double { left + s / total * plotWidth }
        out.line("<g class=\"panel\" data-metric=\"\(metric.rawValue)\">")
        out.line("<text class=\"panel-title\" x=\"\(f(left))\" y=\"\(f(y0 - 6))\">\(escape(metric.title)) (\(metric.unit))</text>")
        let firstEnd = x(series.firstThirdEndsSeconds), lastStart = x(series.lastThirdStartsSeconds)
        out.line("<rect class=\"third first\" x=\"\(f(left))\" y=\"\(f(y0))\" width=\"\(f(firstEnd - left))\" "
            + "height=\"\(f(panelHeight))\" fill=\"url(#third)\" opacity=\"0.35\"/>")
        out.line("<rect class=\"third last\" x=\"\(f(lastStart))\" y=\"\(f(y0))\" width=\"\(f(left + plotWidth - lastStart))\" "
            + "height=\"\(f(panelHeight))\" fill=\"url(#third)\" opacity=\"0.35\"/>")
        out.line("<text class=\"third-label\" x=\"\(f((left + firstEnd) / 2))\" y=\"\(f(y0 + 12))\" text-anchor=\"middle\">first third</text>")
        out.line("<text class=\"third-label\" x=\"\(f((lastStart + left + plotWidth) / 2))\" y=\"\(f(y0 + 12))\" text-anchor=\"middle\">last third</text>")
        out.line("<rect class=\"frame\" x=\"\(f(left))\" y=\"\(f(y0))\" width=\"\(f(plotWidth))\" height=\"\(f(panelHeight))\" "
            + "fill=\"none\" stroke=\"#000\" stroke-width=\"1\"/>")
        xTicks(&out, total: total, y: y0 + panelHeight, x: x)
        guard let points, !points.isEmpty else {
            out.line("<text class=\"missing\" x=\"\(f(left + plotWidth / 2))\" y=\"\(f(y0 + panelHeight / 2))\" "
                + "text-anchor=\"middle\">not recorded in this run</text>")
            out.line("</g>")
            return
        }
        var low = points.map(\.value).min()!, high = points.map(\.value).max()!
        let pad = max((high - low) * 0.1, 1)
        low -= pad
        high += pad
        func y(_ v: Double) -> Double { y0 + 18 + (high - v) / (high - low) * (panelHeight - 22) }
        for v in [low + pad, high - pad] {
            out.line("<text class=\"y-tick\" x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\">\(FormWords.number(v, decimals: 0))</text>")
            out.line("<line x1=\"\(f(left - 3))\" y1=\"\(f(y(v)))\" x2=\"\(f(left))\" y2=\"\(f(y(v)))\" stroke=\"#000\"/>")
        }
        let coords = points.map { "\(f(x($0.seconds))),\(f(y($0.value)))" }.joined(separator: " ")
        out.line("<polyline class=\"line\" fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\" points=\"\(coords)\"/>")
        out.line("</g>")
    }

    private static func xTicks(_ out: inout FormSVGLines, total: Double, y: Double, x: (Double) -> Double) {
        let minutes = total / 60
        let step = [5.0, 10, 15, 30, 60, 120, 240].first { minutes / $0 <= 8 } ?? (minutes / 8).rounded(.up)
        var m = 0.0
        while m <= minutes + 1e-9 {
            let px = x(m * 60)
            out.line("<line x1=\"\(f(px))\" y1=\"\(f(y))\" x2=\"\(f(px))\" y2=\"\(f(y + 4))\" stroke=\"#000\"/>"
                + "<text class=\"x-tick\" x=\"\(f(px))\" y=\"\(f(y + 15))\" text-anchor=\"middle\">\(Int(m))</text>")
            m += step
        }
    }

    static func f(_ v: Double) -> String { FormWords.number(v, decimals: 1) }

    static func escape(_ s: String) -> String {
        var r = ""
        for c in s {
            switch c {
            case "&": r += "&amp;"
            case "<": r += "&lt;"
            case ">": r += "&gt;"
            case "\"": r += "&quot;"
            default: r.append(c)
            }
        }
        return r
    }
}

/// Lines of SVG text, joined with newlines.
struct FormSVGLines {
    var text = ""
    mutating func line(_ s: String) { text += s; text += "\n" }
}
