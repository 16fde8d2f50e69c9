import Foundation
import LumbarCore

/// The terminal table of one posture analysis (`lumbar posture PATH`).
public enum PostureText {
    /// The table: what was read, the metrics (mean, SD, change first -> last third), findings, notes.
    public static func table(_ a: PostureAnalysis, id: Int64, date: LocalDate, findings: [Finding]) -> String {
        var out = "Running posture, \(date) (recording \(id))\n"
        out += "\(a.model), \(a.frameCount) frames at \(num(a.framesPerSecond, 0)) fps (\(num(a.durationSeconds, 1)) s); "
        out += "\(a.view.description) (\(a.view.detected ? "detected" : "as you set it"))\n"
        out += "\(a.steps.count) steps"
        if let c = a.cadenceStepsPerMinute { out += ", cadence \(num(c, 0)) steps/min" }
        if let ch = a.cadenceChangeFirstToLastThird { out += " (\(signed(ch, 1)) first to last third)" }
        out += "\n\n"
        let rows: [[String]] = PostureMetric.allCases.compactMap { m in
            guard let s = a.summaries[m] else { return nil }
            let digits = m.unit == "leg lengths" ? 2 : 1
            return [m.title, "\(num(s.mean, digits)) \(m.unit)", num(s.sd, digits), s.changeFirstToLastThird.map { signed($0, digits) } ?? "-", "\(s.count)"]
        }
        out += layout([["Measure", "Mean", "SD", "First->last third", "Steps"]] + rows)
        if let d = a.pelvicDropDifferenceDegrees { out += "Pelvic drop left minus right: \(signed(d, 1)) deg\n" }
        let weighed = findings.filter { $0.evidence != nil }
        if !weighed.isEmpty {
            out += "\nFindings (consistent with, not a diagnosis):\n"
            for f in weighed { out += "- \(f.text) [\(f.source)]\n" }
        }
        let info = findings.filter { $0.evidence == nil && $0.id != "postureVideoCadence" }
        for f in info { out += "- \(f.text)\n" }
        let notes = a.notes + cleaningNotes(a.cleaning)
        if !notes.isEmpty {
            out += "\nNotes:\n"
            for n in notes { out += "- \(n)\n" }
        }
        return out
    }

    static func cleaningNotes(_ c: PoseCleaningReport) -> [String] {
        var n: [String] = []
        if c.lowConfidencePoints > 0 { n.append("\(c.lowConfidencePoints) points below confidence 0.3 were ignored.") }
        if c.outlierPoints > 0 { n.append("\(c.outlierPoints) jittery points were removed (more than 3 MADs from the running median).") }
        if c.interpolatedPoints > 0 { n.append("\(c.interpolatedPoints) points were filled across gaps of up to 0.1 s.") }
        return n
    }

    /// Left-aligned first column, right-aligned others.
    public static func layout(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = [Int](repeating: 0, count: first.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        var out = ""
        for r in rows {
            var line = ""
            for (i, c) in r.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - c.count)
                line += i == 0 ? c + pad : "  " + pad + c
            }
            out += line + "\n"
        }
        return out
    }

    /// A number with `digits` decimals.
    public static func num(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
    /// With an explicit sign.
    public static func signed(_ v: Double, _ digits: Int) -> String {
        let s = num(v, digits)
        if s == num(0, digits) || s == "-" + num(0, digits) { return num(0, digits) }
        return v > 0 ? "+" + s : s
    }
}
