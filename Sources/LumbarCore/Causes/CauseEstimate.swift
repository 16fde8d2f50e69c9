/// The engine's estimate for one cause: prior, posterior probability, level and the findings
/// that moved it (strongest applied effect first).
public struct CauseEstimate: Sendable, Hashable {
    /// The cause.
    public var cause: Cause
    /// The prior probability (clinical.md 8.1 default).
    public var prior: Double
    /// The posterior probability, 0...1; the four sum to 1.
    public var probability: Double
    /// likely / possible / unlikely, or unknown when the evidence is too thin.
    public var level: CauseLevel
    /// The findings with a likelihood ratio other than 1 for this cause.
    public var findings: [WeightedFinding]

    /// Creates an estimate.
    public init(cause: Cause, prior: Double, probability: Double, level: CauseLevel, findings: [WeightedFinding]) {
        self.cause = cause
        self.prior = prior
        self.probability = probability
        self.level = level
        self.findings = findings
    }
}
