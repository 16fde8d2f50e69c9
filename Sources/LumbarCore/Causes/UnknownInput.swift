/// One entry of the result's `unknowns`: a missing input and which causes it would inform.
public struct UnknownInput: Sendable, Hashable {
    /// Contract name of the input (`coreTests`, `redFlags.fever`, `symptoms.legPain`, ...).
    public var input: String
    /// Causes that some outcome of this input bears on directly and would move by at least
    /// `UnknownsRanking.informsFrom`, largest move first. Empty for red-flag questions (they inform
    /// urgency, not the causes).
    public var wouldInform: [Cause]
    /// The mean, over the input's possible findings, of the total-variation distance between
    /// the current and the updated probabilities (0...1).
    public var expectedSwing: Double
    /// The largest such distance.
    public var largestSwing: Double

    /// Creates an entry.
    public init(input: String, wouldInform: [Cause], expectedSwing: Double, largestSwing: Double) {
        self.input = input
        self.wouldInform = wouldInform
        self.expectedSwing = expectedSwing
        self.largestSwing = largestSwing
    }
}
