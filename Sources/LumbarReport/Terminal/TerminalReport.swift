import LumbarCore

/// The result as terminal text. Colour (ANSI) only when `colour` is true (the caller passes
/// whether stdout is a TTY); plain text otherwise. At `emergency` the red flag is printed
/// alone, with what to do now.
public enum TerminalReport {
    /// Renders the result.
    public static func render(_ result: AnalysisResult, colour: Bool = false) -> String {
        let p = Paint(on: colour)
        var out: [String] = []
        if !result.redFlags.isEmpty {
            out.append(p.red(p.bold(ResultWords.urgencyAction(result.urgency))))
            for f in result.redFlags {
                out.append("  - \(f.advice) (\(f.id); because: \(f.because.joined(separator: ", ")))")
            }
            if result.urgency == .emergency {
                out.append("")
                out.append("Causes and the training plan are not shown: get seen first.")
                return out.joined(separator: "\n") + "\n"
            }
            out.append("")
        }
        out.append(p.bold("Why your back hurts after running") + " (as of \(NumberText.date(result.asOf)); not a diagnosis)")
        if let reason = result.thinEvidenceReason { out.append("Not enough to tell yet: \(reason)") }
        for c in result.causes {
            let line = "\(pad(c.cause.title, 34)) \(pad(NumberText.percent(c.probability), 5, right: true))  \(ResultWords.level(c.level))"
            out.append(c.level == .likely ? p.bold(line) : line)
            for w in c.findings.prefix(4) {
                let sign = w.direction == .for ? p.green("+") : p.red("-")
                out.append("    \(sign) \(w.finding.text) [\(ResultWords.ratio(w.appliedRatio)), \(w.finding.source)]")
            }
        }
        let open = result.unknowns.filter { !$0.input.hasPrefix("redFlags.") }.prefix(3)
        let flagsOpen = result.unknowns.filter { $0.input.hasPrefix("redFlags.") }
        if !flagsOpen.isEmpty || !open.isEmpty {
            out.append("")
            out.append(p.bold("What would settle it"))
            if !flagsOpen.isEmpty {
                out.append("  - answer the red-flag questions: \(flagsOpen.map { String($0.input.dropFirst(9)) }.joined(separator: ", "))")
            }
            for u in open {
                let informs = u.wouldInform.map(\.rawValue).joined(separator: ", ")
                out.append("  - \(ResultWords.input(u.input))\(informs.isEmpty ? "" : " (informs \(informs))")")
            }
        }
        for item in result.plan {
            out.append("")
            out.append(p.bold(ResultWords.planTitle(item.cause)) + " - check again on \(NumberText.date(item.recheckOn))")
            for (i, s) in item.steps.enumerated() { out.append("  \(i + 1). \(s)") }
        }
        out.append("")
        out.append("This is not a diagnosis; a clinician who examines you can make one.")
        return out.joined(separator: "\n") + "\n"
    }

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - s.count))
        return right ? gap + s : s + gap
    }

    /// ANSI styling that is a no-op when off.
    struct Paint {
        var on: Bool
        func wrap(_ s: String, _ code: String) -> String { on ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        func bold(_ s: String) -> String { wrap(s, "1") }
        func red(_ s: String) -> String { wrap(s, "31") }
        func green(_ s: String) -> String { wrap(s, "32") }
    }
}
