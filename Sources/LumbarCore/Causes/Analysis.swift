/// Everything one analysis needs, as plain values.
public struct AnalysisInput: Sendable, Hashable {
    /// The date the analysis is made for ("today", always a parameter).
    public var asOf: LocalDate
    /// Findings of every analysis (load, answers, core tests, diary, form, posture).
    public var findings: [Finding]
    /// The red-flag screen's outcome.
    public var redFlags: RedFlagSummary
    /// The answers, used for unanswered-question unknowns and the plan; nil when none were given.
    public var answers: Answers?
    /// Data inputs not given yet (core tests, video, running dynamics, runs, pain diary), with
    /// the rows their analyses could produce.
    public var missingInputs: [MissingInput]
    /// The runner's numbers for the plan.
    public var planInputs: PlanInputs

    /// Creates an analysis input.
    public init(
        asOf: LocalDate, findings: [Finding], redFlags: RedFlagSummary = .clear,
        answers: Answers? = nil, missingInputs: [MissingInput] = [], planInputs: PlanInputs = PlanInputs()
    ) {
        self.asOf = asOf
        self.findings = findings
        self.redFlags = redFlags
        self.answers = answers
        self.missingInputs = missingInputs
        self.planInputs = planInputs
    }
}

/// The one entry point of the cause engine: findings + red flags + what is missing -> result.
public enum Analysis {
    /// Runs the analysis. Pure: the same input gives the same result.
    ///
    /// Findings with no weight for any cause become `notes`; the others are ranked by
    /// `CauseModel`; unanswered questions (from `answers`) join `missingInputs` in the unknowns;
    /// the plan follows `CarePlanner`.
    public static func run(_ input: AnalysisInput) -> AnalysisResult {
        let weighted = input.findings.filter { f in Cause.allCases.contains { f.likelihoodRatio(for: $0) != 1 } }
        let notes = input.findings.filter { f in !Cause.allCases.contains { f.likelihoodRatio(for: $0) != 1 } }
        let ranking = CauseModel.rank(weighted)
        var missing = input.missingInputs
        if let answers = input.answers { missing += MissingInput.unansweredQuestions(in: answers) }
        let unknowns = UnknownsRanking.rank(
            findings: weighted, missing: missing, redFlagQuestions: input.redFlags.unknownInputs)
        var planInputs = input.planInputs
        if let answers = input.answers, planInputs.answers == Answers() { planInputs.answers = answers }
        let plan = CarePlanner.plan(ranking: ranking, redFlags: input.redFlags, inputs: planInputs, asOf: input.asOf)
        return AnalysisResult(
            asOf: input.asOf, urgency: input.redFlags.effectiveUrgency,
            redFlags: input.redFlags.sortedFlags, causes: ranking.estimates,
            thinEvidenceReason: ranking.thinEvidenceReason, unknowns: unknowns, plan: plan,
            notes: notes.sorted { $0.id != $1.id ? $0.id < $1.id : $0.text < $1.text })
    }
}
