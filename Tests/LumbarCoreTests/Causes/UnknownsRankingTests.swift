import Testing
@testable import LumbarCore

@Suite struct UnknownsRankingTests {
    let coreRow = Evidence(id: "lowCoreEndurance", likelihoodRatios: [.conditioning: 2.5], source: "R41",
                           basis: .documentedDefault, rationale: "test")

    @Test func redFlagQuestionsComeFirstAndInformNoCause() {
        let summary = RedFlagSummary(unknowns: ["fever", "redFlags.bladderChange", "fever"])
        let result = Analysis.run(AnalysisInput(asOf: LocalDate(year: 2026, month: 1, day: 5), findings: [],
            redFlags: summary, missingInputs: [MissingInput(input: "coreTests", origin: "coreTests", rows: [coreRow])]))
        #expect(result.unknowns.map(\.input) == ["redFlags.fever", "redFlags.bladderChange", "coreTests"])
        #expect(result.unknowns[0].wouldInform.isEmpty)
        #expect(result.unknowns[2].wouldInform == [.conditioning])
        #expect(result.urgency == .none, "an unanswered red-flag question never raises urgency")
    }

    @Test func strongerInputsRankAboveWeakerOnes() {
        var a = Answers()
        a.episode.onset = .sudden
        a.episode.linkedToRun = .duringRun
        a.symptoms.painOnContraction = true
        let findings = SymptomFindings.findings(from: a)
        let weakRow = Evidence(id: "weak", likelihoodRatios: [.posture: 1.1], source: "t", basis: .documentedDefault, rationale: "t")
        let unknowns = UnknownsRanking.rank(findings: findings, missing: [
            MissingInput(input: "postureVideo", origin: "posture", rows: [weakRow]),
            MissingInput(input: "coreTests", origin: "coreTests", rows: [coreRow]),
        ], redFlagQuestions: [])
        #expect(unknowns.map(\.input) == ["coreTests", "postureVideo"])
        #expect(unknowns[0].expectedSwing > unknowns[1].expectedSwing)
        #expect(unknowns[1].wouldInform.isEmpty, "a 1.1 ratio moves no cause by 5 points")
    }

    @Test func unansweredLegQuestionInformsDisc() {
        var a = Answers()
        a.episode.onset = .gradual
        a.episode.trainingChange = []
        a.symptoms.timing = [.lateInLongRuns]
        let result = Analysis.run(AnalysisInput(asOf: LocalDate(year: 2026, month: 1, day: 5),
            findings: SymptomFindings.findings(from: a), answers: a))
        let leg = try! #require(result.unknowns.first { $0.input == "symptoms.legPain" })
        #expect(leg.wouldInform.first == .disc)
        #expect(!result.unknowns.contains { $0.input == "episode.onset" }, "answered fields are not unknown")
        #expect(!result.unknowns.contains { $0.input == "symptoms.timing" })
    }
}
