/// An input the runner has not given yet (core tests, a video, watch running dynamics, more
/// runs, a pain diary, an unanswered question), with the findings it could produce. The
/// unknowns ranking tries each possible finding to see how far it would move the causes.
public struct MissingInput: Sendable, Hashable {
    /// Contract name: `coreTests`, `postureVideo`, `runningDynamics`, `runs`, `painDiary`,
    /// `symptoms.<field>`, `episode.<field>`, `history.<field>`, `age`.
    public var input: String
    /// Findings this input could yield (one per table row it can produce).
    public var possibleFindings: [Finding]

    /// Creates a missing input from the findings it could produce.
    public init(input: String, possibleFindings: [Finding]) {
        self.input = input
        self.possibleFindings = possibleFindings
    }

    /// Creates a missing input from the table rows its analysis can produce, with their origin
    /// (e.g. `MissingInput(input: "coreTests", origin: "coreTests", rows: Evidence.coreTestRows)`).
    public init(input: String, origin: String, rows: [Evidence]) {
        self.input = input
        self.possibleFindings = rows.map {
            Finding(id: $0.id, evidence: $0, text: $0.rationale, origin: origin)
        }
    }
}
