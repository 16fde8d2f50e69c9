/// The four causes ranked, highest probability first, with the reason when the evidence is
/// too thin to separate them.
public struct CauseRanking: Sendable, Hashable {
    /// All four causes, highest probability first (ties: higher prior first, then contract order).
    public var estimates: [CauseEstimate]
    /// How many distinct findings carried any weight.
    public var weightedFindingCount: Int
    /// Why the levels are `unknown`, in words; nil when the ranking stands.
    public var thinEvidenceReason: String?

    /// Creates a ranking.
    public init(estimates: [CauseEstimate], weightedFindingCount: Int, thinEvidenceReason: String?) {
        self.estimates = estimates
        self.weightedFindingCount = weightedFindingCount
        self.thinEvidenceReason = thinEvidenceReason
    }

    /// True when the levels are `unknown` for all four.
    public var isUnknown: Bool { thinEvidenceReason != nil }

    /// The estimate for one cause.
    public func estimate(for cause: Cause) -> CauseEstimate? {
        estimates.first { $0.cause == cause }
    }

    /// Probability per cause.
    public var probabilities: [Cause: Double] {
        Dictionary(uniqueKeysWithValues: estimates.map { ($0.cause, $0.probability) })
    }

    /// Causes rated likely or possible, in ranking order (empty when unknown).
    public var actionableCauses: [Cause] {
        estimates.filter { $0.level == .likely || $0.level == .possible }.map(\.cause)
    }
}
