import LumbarCore

/// The posture chart as a self-contained SVG: on the left the runner as a stick figure at a
/// typical midstance with the measured angles drawn (trunk lean against the vertical and the
/// trunk-to-thigh angle from the side; the hip line against the horizontal from the front), on
/// the right the angle traces over the clip. Byte-stable: fixed number formatting, no dates.
public enum PostureSVG {
    static let width = 900.0, height = 460.0
    static let figureBox = (x: 20.0, y: 40.0, w: 320.0, h: 380.0)
    static let chartBox = (x: 400.0, y: 40.0, w: 470.0, h: 340.0)

    /// The SVG document.
    public static func render(_ a: PostureAnalysis) -> String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"460\" viewBox=\"0 0 900 460\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"900\" height=\"460\" fill=\"#ffffff\"/>\n"
        out += "<text x=\"20\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Running posture: \(escape(a.view.description)), \(a.steps.count) steps</text>\n"
        out += figure(a)
        out += traces(a)
        out += "</svg>\n"
        return out
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static let bones: [(Joint, Joint)] = [
        (.leftShoulder, .leftElbow), (.leftElbow, .leftWrist), (.rightShoulder, .rightElbow), (.rightElbow, .rightWrist),
        (.leftShoulder, .rightShoulder), (.leftHip, .rightHip), (.leftHip, .leftKnee), (.leftKnee, .leftAnkle),
        (.leftAnkle, .leftHeel), (.leftHeel, .leftToe), (.leftAnkle, .leftToe), (.rightHip, .rightKnee),
        (.rightKnee, .rightAnkle), (.rightAnkle, .rightHeel), (.rightHeel, .rightToe), (.rightAnkle, .rightToe),
        (.neck, .nose), (.spineL5, .spineL3), (.spineL3, .spineT12L1), (.spineT12L1, .spineT8), (.spineT8, .spineT3),
    ]

    static func figure(_ a: PostureAnalysis) -> String {
        let pts = a.figure
        guard !pts.isEmpty else { return "<text x=\"30\" y=\"200\">No midstance frame to draw.</text>\n" }
        let xs = pts.values.map(\.x), ys = pts.values.map(\.y)
        let minX = xs.min()!, maxX = xs.max()!, minY = ys.min()!, maxY = ys.max()!
        let scale = min(figureBox.w / max(maxX - minX, 1), figureBox.h / max(maxY - minY, 1)) * 0.9
        let ox = figureBox.x + figureBox.w / 2 - (minX + maxX) / 2 * scale
        let oy = figureBox.y + figureBox.h / 2 - (minY + maxY) / 2 * scale
        func p(_ k: Keypoint) -> (Double, Double) { (ox + k.x * scale, oy + k.y * scale) }
        func centre(_ a: Joint, _ b: Joint, _ c: Joint) -> Keypoint? {
            if let l = pts[a], let r = pts[b] { return Keypoint(x: (l.x + r.x) / 2, y: (l.y + r.y) / 2, confidence: 1) }
            return pts[c] ?? pts[a] ?? pts[b]
        }
        var out = "<g stroke-linecap=\"round\">\n"
        for (j1, j2) in bones {
            guard let k1 = pts[j1], let k2 = pts[j2] else { continue }
            let (x1, y1) = p(k1), (x2, y2) = p(k2)
            let left = j1.name.hasPrefix("left") || j2.name.hasPrefix("left")
            let colour = j1.name.hasPrefix("spine") ? "#8e44ad" : left ? "#2e86c1" : "#555555"
            out += "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(colour)\" stroke-width=\"4\"/>\n"
        }
        let hip = centre(.leftHip, .rightHip, .midHip), shoulder = centre(.leftShoulder, .rightShoulder, .neck)
        if let hip, let shoulder {
            let (hx, hy) = p(hip), (sx, sy) = p(shoulder)
            out += "<line x1=\"\(f(hx))\" y1=\"\(f(hy))\" x2=\"\(f(sx))\" y2=\"\(f(sy))\" stroke=\"#c0392b\" stroke-width=\"5\"/>\n"
            if a.view.view == .side {
                out += "<line x1=\"\(f(hx))\" y1=\"\(f(hy))\" x2=\"\(f(hx))\" y2=\"\(f(sy))\" stroke=\"#999999\" stroke-width=\"1.5\" stroke-dasharray=\"5,4\"/>\n"
                // The angle between the dashed vertical and the trunk, marked by an arc.
                let r = 0.35 * ((sx - hx) * (sx - hx) + (sy - hy) * (sy - hy)).squareRoot()
                let len = max(1, ((sx - hx) * (sx - hx) + (sy - hy) * (sy - hy)).squareRoot())
                let ex = hx + (sx - hx) / len * r, ey = hy + (sy - hy) / len * r
                out += "<path d=\"M\(f(hx)),\(f(hy - r)) A\(f(r)),\(f(r)) 0 0 \(sx >= hx ? 1 : 0) \(f(ex)),\(f(ey))\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"1.5\"/>\n"
                var labels: [String] = []
                if let lean = a.summaries[.trunkLeanDegrees] { labels.append("trunk lean \(f(lean.mean))°") }
                if let tt = a.summaries[.trunkThighAngleDegrees] { labels.append("trunk-to-thigh \(f(tt.mean))°") }
                if let sh = a.summaries[.shankAngleAtContactDegrees] { labels.append("shank at contact \(f(sh.mean))°") }
                out += "<text x=\"\(f(figureBox.x))\" y=\"445\" fill=\"#c0392b\">\(escape(labels.joined(separator: ", ")))</text>\n"
            }
        }
        if a.view.view == .front, let l = pts[.leftHip], let r = pts[.rightHip] {
            let (lx, ly) = p(l), (rx, ry) = p(r)
            out += "<line x1=\"\(f(lx))\" y1=\"\(f(ly))\" x2=\"\(f(rx))\" y2=\"\(f(ry))\" stroke=\"#c0392b\" stroke-width=\"5\"/>\n"
            out += "<line x1=\"\(f(min(lx, rx) - 20))\" y1=\"\(f((ly + ry) / 2))\" x2=\"\(f(max(lx, rx) + 20))\" y2=\"\(f((ly + ry) / 2))\" stroke=\"#999999\" stroke-width=\"1.5\" stroke-dasharray=\"5,4\"/>\n"
            let l = a.summaries[.pelvicDropLeftStanceDegrees].map { "L stance \(f($0.mean))°" } ?? ""
            let r = a.summaries[.pelvicDropRightStanceDegrees].map { "R stance \(f($0.mean))°" } ?? ""
            out += "<text x=\"\(f(figureBox.x))\" y=\"445\" fill=\"#c0392b\">pelvic drop \(escape([l, r].filter { !$0.isEmpty }.joined(separator: ", ")))</text>\n"
        }
        out += "</g>\n"
        return out
    }

    /// Clips up to this long are drawn frame by frame; longer ones one point per step (at
    /// midstance), which keeps a drift over minutes readable.
    static let perFrameSeconds = 30.0

    static func traces(_ a: PostureAnalysis) -> String {
        var t = a.traces
        var series: [(String, String, [Double?])] = a.view.view == .side
            ? [("trunk lean", "#c0392b", t.trunkLeanDegrees), ("left knee flexion", "#2e86c1", t.kneeFlexionLeftDegrees),
               ("right knee flexion", "#555555", t.kneeFlexionRightDegrees)]
            : [("hip line (right hip lower +)", "#c0392b", t.hipLineDegrees)]
        if a.durationSeconds > perFrameSeconds {
            t.times = a.steps.map(\.midstanceTime)
            series = a.view.view == .side
                ? [("trunk lean at midstance", "#c0392b", a.steps.map { $0.values[.trunkLeanDegrees] }),
                   ("knee flexion at midstance", "#2e86c1", a.steps.map { $0.values[.kneeFlexionAtMidstanceDegrees] })]
                : [("pelvic drop, left stance", "#c0392b", a.steps.map { $0.values[.pelvicDropLeftStanceDegrees] }),
                   ("pelvic drop, right stance", "#2e86c1", a.steps.map { $0.values[.pelvicDropRightStanceDegrees] })]
        }
        // Per step, the other side's steps are not gaps: join each series' own points.
        let joinGaps = a.durationSeconds > perFrameSeconds
        let values = series.flatMap { $0.2.compactMap { $0 } }
        guard let tMax = t.times.last, tMax > 0, let vMin0 = values.min(), let vMax0 = values.max() else {
            return "<text x=\"400\" y=\"200\">No angle traces.</text>\n"
        }
        let vMin = (vMin0 / 10).rounded(.down) * 10, vMax = max((vMax0 / 10).rounded(.up) * 10, vMin + 10)
        let b = chartBox
        func x(_ s: Double) -> Double { b.x + s / tMax * b.w }
        func y(_ v: Double) -> Double { b.y + b.h - (v - vMin) / (vMax - vMin) * b.h }
        var out = "<g>\n<rect x=\"\(f(b.x))\" y=\"\(f(b.y))\" width=\"\(f(b.w))\" height=\"\(f(b.h))\" fill=\"none\" stroke=\"#cccccc\"/>\n"
        var v = vMin
        let stepV = max(10, ((vMax - vMin) / 6 / 10).rounded(.up) * 10)
        while v <= vMax {
            out += "<line x1=\"\(f(b.x))\" y1=\"\(f(y(v)))\" x2=\"\(f(b.x + b.w))\" y2=\"\(f(y(v)))\" stroke=\"#eeeeee\"/>"
            out += "<text x=\"\(f(b.x - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\">\(Int(v))°</text>\n"
            v += stepV
        }
        let stepT = max(1, (tMax / 6).rounded(.up))
        var s = 0.0
        while s <= tMax {
            out += "<text x=\"\(f(x(s)))\" y=\"\(f(b.y + b.h + 16))\" text-anchor=\"middle\">\(Int(s)) s</text>\n"
            s += stepT
        }
        let stride = max(1, t.times.count / 600)
        for (k, (name, colour, data)) in series.enumerated() {
            var d = ""
            var pen = false
            for i in Swift.stride(from: 0, to: data.count, by: stride) {
                guard let value = data[i] else { if !joinGaps { pen = false }; continue }
                d += (pen ? "L" : "M") + f(x(t.times[i])) + "," + f(y(value))
                pen = true
            }
            out += "<path d=\"\(d)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>\n"
            out += "<text x=\"\(f(b.x + 10 + Double(k) * 150))\" y=\"\(f(b.y + b.h + 36))\" fill=\"\(colour)\">\(escape(name))</text>\n"
        }
        out += "</g>\n"
        return out
    }
}
