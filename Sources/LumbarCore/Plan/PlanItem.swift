/// One block of the plan: what it addresses, the steps in order, and when to check again.
public struct PlanItem: Sendable, Hashable {
    /// A cause id (`posture`, `conditioning`, `strain`, `disc`), `redFlags` for the red-flag
    /// action that leads the plan, or `general` when the evidence is too thin to rank causes.
    public var cause: String
    /// Steps in the order to do them, with the runner's own numbers and dates.
    public var steps: [String]
    /// The date to look again (re-run the analysis, re-test, re-film).
    public var recheckOn: LocalDate

    /// Creates a plan item.
    public init(cause: String, steps: [String], recheckOn: LocalDate) {
        self.cause = cause
        self.steps = steps
        self.recheckOn = recheckOn
    }
}
