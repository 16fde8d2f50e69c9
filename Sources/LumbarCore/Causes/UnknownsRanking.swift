/// Which missing input would most change the ranking (product.md: "what is unknown and which
/// missing input would settle it").
///
/// For each missing input, every finding it could produce is added to the current findings
/// in turn and the causes re-estimated. The swing of one outcome is the total-variation
/// distance between the two probability sets (half the sum of absolute changes). Outcomes are
/// weighted equally (no data say which is likelier), so the expected swing is their mean.
/// Inputs are listed by expected swing, largest first; unanswered red-flag questions come
/// before all of them, because an incomplete screen matters more than any ranking.
public enum UnknownsRanking {
    /// A cause counts as informed when some outcome bears on it directly (a ratio other than 1)
    /// and moves it by at least this much (design
    /// choice: 5 percentage points is the smallest change the report shows as a change).
    public static let informsFrom = 0.05

    /// Ranks `missing` against the current `findings`; red-flag questions first.
    public static func rank(
        findings: [Finding], missing: [MissingInput], redFlagQuestions: [String]
    ) -> [UnknownInput] {
        let current = CauseModel.rank(findings).probabilities
        let presentIDs = Set(findings.map(\.id))
        var scored: [UnknownInput] = []
        var seen = Set<String>()
        for item in missing where seen.insert(item.input).inserted {
            let outcomes = item.possibleFindings.filter { !presentIDs.contains($0.id) }
            guard !outcomes.isEmpty else { continue }
            var swings: [Double] = []
            var largestMove: [Cause: Double] = [:]
            for outcome in outcomes {
                let updated = CauseModel.rank(findings + [outcome]).probabilities
                var total = 0.0
                for cause in Cause.allCases {
                    let move = abs((updated[cause] ?? 0) - (current[cause] ?? 0))
                    total += move
                    largestMove[cause] = max(largestMove[cause] ?? 0, move)
                }
                swings.append(total / 2)
            }
            let direct = Set(Cause.allCases.filter { c in outcomes.contains { $0.likelihoodRatio(for: c) != 1 } })
            let informed = Cause.allCases
                .filter { direct.contains($0) && (largestMove[$0] ?? 0) >= informsFrom }
                .sorted { (largestMove[$0] ?? 0) != (largestMove[$1] ?? 0) ? (largestMove[$0] ?? 0) > (largestMove[$1] ?? 0) : $0 < $1 }
            scored.append(UnknownInput(
                input: item.input, wouldInform: informed,
                expectedSwing: swings.reduce(0, +) / Double(swings.count),
                largestSwing: swings.max() ?? 0))
        }
        scored.sort { a, b in
            a.expectedSwing != b.expectedSwing ? a.expectedSwing > b.expectedSwing : a.input < b.input
        }
        let flags = redFlagQuestions.map {
            UnknownInput(input: $0, wouldInform: [], expectedSwing: 0, largestSwing: 0)
        }
        return flags + scored
    }
}
