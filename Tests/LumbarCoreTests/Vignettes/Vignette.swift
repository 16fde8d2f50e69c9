import LumbarCore

/// A clinical vignette: a textbook runner written as answers (plus a few synthetic findings of
/// other analyses), and the cause a physiotherapist would put first.
struct Vignette: CustomStringConvertible, Sendable {
    var name: String
    var expected: Cause
    var answers: Answers
    var extra: [Finding] = []

    var description: String { name }

    var findings: [Finding] { SymptomFindings.findings(from: answers) + extra }

    static let asOf = LocalDate(year: 2026, month: 11, day: 27)

    func analyse() -> AnalysisResult {
        Analysis.run(AnalysisInput(
            asOf: Vignette.asOf, findings: findings, answers: answers,
            planInputs: PlanInputs(recentWeeklyKm: [30, 32, 28, 41], longestRunKm30Days: 16,
                                   cadenceStepsPerMinute: 166, answers: answers)))
    }
}

/// Stand-in rows of the other analyses (load, core tests, form, posture video), with the kind
/// of weight clinical.md 8.1 gives them. They are test fixtures, not the real table.
enum SyntheticEvidence {
    static let sessionSpike = Evidence(
        id: "sessionSpike", likelihoodRatios: [.strain: 2.0], source: "R69", basis: .published,
        rationale: "test: single-session spike above 10 %")
    static let lowCoreEndurance = Evidence(
        id: "lowCoreEndurance", likelihoodRatios: [.conditioning: 2.0], source: "R41; clinical.md 8.7",
        basis: .documentedDefault, rationale: "test: hold under 50 % of the norm")
    static let coreRatioImbalance = Evidence(
        id: "coreRatioImbalance", likelihoodRatios: [.conditioning: 1.5], source: "R42",
        basis: .documentedDefault, rationale: "test: McGill ratio breached")
    static let fatigueSignature = Evidence(
        id: "fatigueSignature", likelihoodRatios: [.conditioning: 2.0, .posture: 1.3],
        source: "R57; clinical.md 8.6", basis: .documentedDefault, rationale: "test: form decays late")
    static let trunkLean = Evidence(
        id: "trunkLean", likelihoodRatios: [.posture: 2.0], source: "R52; clinical.md 8.2",
        basis: .documentedDefault, rationale: "test: forward lean above 15 degrees")
    static let overstride = Evidence(
        id: "overstrideProxy", likelihoodRatios: [.posture: 1.5], source: "R55; clinical.md 8.4",
        basis: .documentedDefault, rationale: "test: low cadence with long contact")

    static func finding(_ e: Evidence, origin: String, value: Double? = nil) -> Finding {
        Finding(id: e.id, value: value, evidence: e, text: e.rationale, origin: origin)
    }
}

/// Builds answers tersely.
func answers(
    age: Int, onset: Answers.Onset? = nil, linked: Answers.RunLink? = nil, days: Int? = nil,
    changes: [Answers.TrainingChange]? = nil, previous: Int? = nil, between: Bool? = nil,
    location: [Answers.Location]? = nil, tender: Bool? = nil, contraction: Bool? = nil,
    leg: Answers.LegPain? = nil, sides: Answers.Sides? = nil, numb: Answers.Numbness? = nil,
    timing: [Answers.Timing]? = nil, worse: [Answers.Aggravator]? = nil,
    better: [Answers.Reliever]? = nil, stiffness: Int? = nil, posture: Answers.Posture? = nil,
    core: Int? = nil, painNow: Double? = nil
) -> Answers {
    var a = Answers()
    a.age = age
    a.episode.onset = onset
    a.episode.linkedToRun = linked
    a.episode.durationDays = days
    a.episode.trainingChange = changes
    a.episode.previousEpisodes = previous
    a.episode.painBetweenEpisodes = between
    a.symptoms.location = location
    a.symptoms.localTenderness = tender
    a.symptoms.painOnContraction = contraction
    a.symptoms.legPain = leg
    a.symptoms.legPainSides = sides
    a.symptoms.numbness = numb
    a.symptoms.timing = timing
    a.symptoms.worseWith = worse
    a.symptoms.betterWith = better
    a.symptoms.morningStiffnessMinutes = stiffness
    a.symptoms.selfObservedPosture = posture
    a.history.coreSessionsPerWeek = core
    a.pain.now = painNow
    return a
}
