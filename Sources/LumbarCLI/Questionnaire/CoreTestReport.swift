import LumbarCore

/// The text `lumbar core-test` prints: norms comparison, ratio flags, the Sorensen note and the
/// change since the last test judged against the MDC.
enum CoreTestReport {
    static func text(_ a: CoreTestAssessment) -> String {
        var lines = ["Core tests on \(a.result.date), against \(a.norm.cohort) (\(a.norm.source)):"]
        for h in a.holds {
            let pct = Int((h.fractionOfNorm * 100).rounded())
            let label = h.test.title.padding(toLength: 30, withPad: " ", startingAt: 0)
            lines.append("  \(label) \(Question.plain(h.seconds)) s = \(pct) % of \(Question.plain(h.normMean)) s"
                + (h.isLow ? "  LOW (below 50 %, clinical.md 8.7)" : ""))
        }
        if !a.ratios.isEmpty {
            lines.append("Balance (McGill targets, R42; expert targets not tested against back pain, so they weigh little):")
            for r in a.ratios {
                lines.append("  \(CoreTestAssessment.ratioName(r.id)) \(CoreTestAssessment.two(r.value)) (target \(r.target))"
                    + (r.isImbalanced ? "  IMBALANCED" : "  ok"))
            }
        }
        if let note = a.sorensenNote { lines.append(note) }
        if a.changes.isEmpty {
            lines.append("No earlier test to compare with: re-test in 4-6 weeks (clinical.md 8.7).")
        } else {
            lines.append("Since \(a.changes[0].previousDate) (changes under 43 s can be chance, R44):")
            for c in a.changes {
                let sign = c.delta >= 0 ? "+" : "-"
                if abs(c.delta) < 0.05 {
                    lines.append("  \(c.test.title): no change")
                    continue
                }
                lines.append("  \(c.test.title): \(sign)\(Question.plain(abs(JSONWriter.round(c.delta, 1)))) s"
                    + (c.isReal ? "  real change" : "  within measurement error"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
