import Foundation

/// The cause engine (`lumbar-causes/1`): a transparent naive-Bayes estimate over the four
/// causes, on log-odds, with a documented damping for correlated findings.
///
/// `posterior(c) ∝ prior(c) × Π LR_c(f)^w(f, c)` (clinical.md 8.1 default: no study gives
/// likelihood ratios for these causes in runners; the table rows carry their own sources).
///
/// Damping (design choice, documented here): answers from one questionnaire, or load figures
/// from the same files, are correlated, so multiplying them all would over-count. Within one
/// origin (`answers`, `load`, `coreTests`, `painDiary`, `form`, `posture`), the findings that push
/// a cause the same way are sorted by strength; the k-th (from 0) counts with weight 0.5^k.
/// Findings of different origins are treated as independent (weight 1 each). The total push of
/// one origin in one direction is thus at most twice its strongest item's log-ratio. Adding a
/// finding never shrinks that total, so a finding that raises one cause and raises no other
/// never lowers it (property-tested).
public enum CauseModel {
    /// Version of the likelihood table and model, written into every result.
    public static let version = "lumbar-causes/1"

    /// Prior probabilities (clinical.md 8.1 default, adjusted from Micheli 1995 R29 and
    /// DePalma 2011 R28).
    public static let priors: [Cause: Double] = [
        .strain: 0.35, .posture: 0.25, .conditioning: 0.25, .disc: 0.15,
    ]

    /// Weight ratio between successive same-direction findings of one origin (see above).
    public static let dampingFactor = 0.5

    /// `likely` from this probability (assessment.md contract).
    public static let likelyFrom = 0.5
    /// `possible` from this probability (assessment.md contract).
    public static let possibleFrom = 0.2

    /// Fewer weighted findings than this: "not enough to tell" (product.md honest uncertainty;
    /// design choice: two answers alone cannot separate four causes).
    public static let minimumWeightedFindings = 3
    /// If no cause reaches this probability the evidence has not separated the causes (design
    /// choice: the largest prior is 0.35, so 0.4 means the data moved the picture).
    public static let minimumTopProbability = 0.4

    /// Ranks the four causes from the findings. Order of `findings` does not matter.
    public static func rank(_ findings: [Finding]) -> CauseRanking {
        let weighted = Cause.allCases.map { cause in (cause, weightedFindings(findings, for: cause)) }
        var logScore: [Cause: Double] = [:]
        for (cause, list) in weighted {
            logScore[cause] = Foundation.log(priors[cause] ?? 0.25)
                + list.reduce(0) { $0 + $1.weight * Foundation.log($1.tableRatio) }
        }
        let probabilities = normalise(logScore)
        let count = findings.filter { f in Cause.allCases.contains { f.likelihoodRatio(for: $0) != 1 } }.count
        let top = probabilities.values.max() ?? 0
        var reason: String?
        if count < minimumWeightedFindings {
            reason = count == 0
                ? "No finding bears on the causes yet."
                : "Only \(count) finding\(count == 1 ? "" : "s") bear\(count == 1 ? "s" : "") on the causes; at least \(minimumWeightedFindings) are needed to tell them apart."
        } else if top < minimumTopProbability {
            reason = "The findings do not separate the causes: none reaches \(NumberText.percent(minimumTopProbability))."
        }
        var estimates = weighted.map { cause, list in
            let p = probabilities[cause] ?? 0
            return CauseEstimate(
                cause: cause, prior: priors[cause] ?? 0.25, probability: p,
                level: reason == nil ? CauseLevel(probability: p) : .unknown,
                findings: list.sorted(by: strongerFirst))
        }
        estimates.sort { a, b in
            if a.probability != b.probability { return a.probability > b.probability }
            if a.prior != b.prior { return a.prior > b.prior }
            return a.cause < b.cause
        }
        return CauseRanking(estimates: estimates, weightedFindingCount: count, thinEvidenceReason: reason)
    }

    /// The damped findings bearing on one cause.
    static func weightedFindings(_ findings: [Finding], for cause: Cause) -> [WeightedFinding] {
        var groups: [String: [Finding]] = [:]
        for f in findings {
            let lr = f.likelihoodRatio(for: cause)
            guard lr.isFinite, lr > 0, lr != 1 else { continue }
            groups["\(f.origin)|\(lr > 1 ? "+" : "-")", default: []].append(f)
        }
        var out: [WeightedFinding] = []
        for key in groups.keys.sorted() {
            let sorted = groups[key]!.sorted { a, b in canonicalOrder(a, b, cause: cause) }
            var weight = 1.0
            for f in sorted {
                out.append(WeightedFinding(finding: f, tableRatio: f.likelihoodRatio(for: cause), weight: weight))
                weight *= dampingFactor
            }
        }
        return out
    }

    /// A total order: stronger log-ratio first, then id, value and text, so ties never depend
    /// on input order.
    static func canonicalOrder(_ a: Finding, _ b: Finding, cause: Cause) -> Bool {
        let ma = abs(Foundation.log(a.likelihoodRatio(for: cause)))
        let mb = abs(Foundation.log(b.likelihoodRatio(for: cause)))
        if ma != mb { return ma > mb }
        if a.id != b.id { return a.id < b.id }
        if (a.value ?? -.infinity) != (b.value ?? -.infinity) { return (a.value ?? -.infinity) < (b.value ?? -.infinity) }
        if a.text != b.text { return a.text < b.text }
        return a.dates.map(\.daysSinceEpoch).lexicographicallyPrecedes(b.dates.map(\.daysSinceEpoch))
    }

    static func strongerFirst(_ a: WeightedFinding, _ b: WeightedFinding) -> Bool {
        let ea = abs(Foundation.log(a.appliedRatio)), eb = abs(Foundation.log(b.appliedRatio))
        if ea != eb { return ea > eb }
        if a.finding.id != b.finding.id { return a.finding.id < b.finding.id }
        return a.finding.text < b.finding.text
    }

    /// Softmax of log scores into probabilities that sum to 1.
    static func normalise(_ logScore: [Cause: Double]) -> [Cause: Double] {
        let m = logScore.values.max() ?? 0
        var total = 0.0
        for cause in Cause.allCases { total += Foundation.exp((logScore[cause] ?? m) - m) }
        var out: [Cause: Double] = [:]
        for cause in Cause.allCases { out[cause] = Foundation.exp((logScore[cause] ?? m) - m) / total }
        return out
    }

    /// `base ^ exponent` (kept here so the value types need no Foundation import).
    public static func pow(_ base: Double, _ exponent: Double) -> Double { Foundation.pow(base, exponent) }
}
