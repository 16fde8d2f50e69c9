/// "Which of my runs hurt?": the runner's own runs against their pain diary (product.md).
///
/// For each run feature and each pain rating, Spearman's rho with ties and a seeded permutation
/// p-value. Findings (origin `painDiary`) need at least `minimumRuns` runs with that rating and
/// a positive rho with p below `significance` divided by the number of tests in the finding's
/// family (Bonferroni: run length = 2 features x 2 ratings = 4 tests; spikes and descent 2 each).
public enum PainDiaryAnalysis {
    /// Fewest runs with pain logged before any correlation is computed (design choice: below 8
    /// runs a rank correlation cannot reach p < 0.05 after correction).
    public static let minimumRuns = 8
    /// Permutations per test.
    public static let permutations = 2000
    /// Seed of the permutation generator (fixed so results are reproducible).
    public static let seed: UInt64 = 0x6C75_6D62_6172_0001
    /// Family-wise significance level.
    public static let significance = 0.05
    /// The `origin` of diary findings.
    public static let origin = "painDiary"

    /// The outcome: runs with features, every correlation, and the findings.
    public struct Report: Sendable, Hashable {
        /// Runs with at least one pain rating, oldest first.
        public var runs: [DiaryRun]
        /// All feature-outcome correlations that had enough runs.
        public var correlations: [FeatureCorrelation]
        /// Findings for the cause engine.
        public var findings: [Finding]
        /// Runs with pain logged (the n shown to people).
        public var runsWithPain: Int { runs.count }
    }

    /// Analyses `activities` (non-runs are ignored) against `pain`. Entries link to runs by
    /// activity id, otherwise by local date (to the longest run that day).
    public static func analyse(
        activities: [Activity], pain: [PainEntry], fallbackOffsetSeconds: Int = 0
    ) -> Report {
        let runs = DiaryLinker.runs(activities: activities, pain: pain, fallbackOffsetSeconds: fallbackOffsetSeconds)
        return analyse(runs: runs)
    }

    /// Analyses runs that already carry their features and pain ratings.
    public static func analyse(runs: [DiaryRun]) -> Report {
        let withPain = runs.filter { $0.afterRun != nil || $0.nextMorning != nil }
        var correlations: [FeatureCorrelation] = []
        for (oi, outcome) in PainOutcome.allCases.enumerated() {
            for (fi, feature) in RunFeature.allCases.enumerated() {
                let pairs = withPain.compactMap { run -> (Double, Double)? in
                    guard let x = run.features[feature], x.isFinite, let y = run.pain(outcome), y.isFinite else { return nil }
                    return (x, y)
                }
                guard pairs.count >= minimumRuns else { continue }
                let xs = pairs.map(\.0), ys = pairs.map(\.1)
                guard let rho = RankCorrelation.spearman(xs, ys),
                      let p = RankCorrelation.permutationPValue(
                        xs, ys, permutations: permutations, seed: seed &+ UInt64(oi * 16 + fi))
                else { continue }
                correlations.append(FeatureCorrelation(feature: feature, outcome: outcome, rho: rho, pValue: p, n: pairs.count))
            }
        }
        return Report(runs: withPain, correlations: correlations, findings: findings(from: correlations))
    }

    /// The finding families: which features feed which row.
    static let families: [(Evidence, [RunFeature])] = [
        (.painRisesWithRunLength, [.distance, .duration]),
        (.painAfterSpikes, [.sessionSpike]),
        (.painAfterDescent, [.descent]),
    ]

    static func findings(from correlations: [FeatureCorrelation]) -> [Finding] {
        families.compactMap { evidence, features in
            let tests = features.count * PainOutcome.allCases.count
            let level = significance / Double(tests)
            let hits = correlations.filter { features.contains($0.feature) && $0.rho > 0 && $0.pValue < level }
            guard let best = hits.min(by: { $0.pValue != $1.pValue ? $0.pValue < $1.pValue : $0.rho > $1.rho }) else { return nil }
            let text = "Over \(best.n) of your runs, \(best.outcome.words) rose with \(best.feature.words) (Spearman rho \(NumberText.format(best.rho, decimals: 2)), permutation p = \(NumberText.format(best.pValue, decimals: 4)), significant below \(NumberText.format(level, decimals: 4)) after correcting for \(tests) tests)."
            return Finding(id: evidence.id, value: JSONWriter.round(best.rho, 2), unit: "rho",
                           evidence: evidence, text: text, origin: origin)
        }
    }
}
