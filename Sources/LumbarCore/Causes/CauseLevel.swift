/// How strongly the evidence points to a cause (assessment.md result contract).
public enum CauseLevel: String, Sendable, Hashable, CaseIterable {
    /// Probability 0.5 or more.
    case likely
    /// Probability from 0.2 up to 0.5.
    case possible
    /// Probability under 0.2.
    case unlikely
    /// Too little evidence to separate the causes; then all four are `unknown`.
    case unknown

    /// The level of a probability when the evidence is sufficient.
    public init(probability p: Double) {
        if p >= CauseModel.likelyFrom {
            self = .likely
        } else if p >= CauseModel.possibleFrom {
            self = .possible
        } else {
            self = .unlikely
        }
    }
}
