import Testing
@testable import LumbarCore

@Suite struct SymptomFindingsTests {
    func ids(_ a: Answers) -> [String] { SymptomFindings.findings(from: a).map(\.id) }

    @Test func emptyAnswersGiveNoFindings() {
        #expect(SymptomFindings.findings(from: Answers()).isEmpty)
    }

    @Test func runLinkedSuddenOnsetNamesTheRunDate() throws {
        var a = Answers()
        a.episode.onset = .sudden
        a.episode.linkedToRun = .duringRun
        a.episode.linkedRunDate = LocalDate(year: 2026, month: 11, day: 12)
        let f = try #require(SymptomFindings.findings(from: a).first)
        #expect(f.id == "runLinkedSuddenOnset")
        #expect(f.text.contains("12 Nov 2026"))
        #expect(f.dates == [LocalDate(year: 2026, month: 11, day: 12)])
        #expect(f.origin == "answers")
        #expect(f.likelihoodRatio(for: .strain) == 2.5)
    }

    @Test func gradualOnsetCountsAgainstStrainOnlyWhenTrainingWasAnswered() {
        var a = Answers()
        a.episode.onset = .gradual
        #expect(ids(a).isEmpty, "training change unknown: no finding")
        a.episode.trainingChange = [.newShoes]
        #expect(ids(a) == ["gradualOnsetNoLoadChange"], "new shoes are not a load change")
        a.episode.trainingChange = [.moreDistance, .newShoes]
        #expect(ids(a) == ["trainingChangeBeforeOnset"])
    }

    @Test(arguments: [(3, "acuteEpisode"), (41, "acuteEpisode"), (42, nil), (84, nil), (85, "chronicEpisode")])
    func durationBands(days: Int, expected: String?) {
        var a = Answers()
        a.episode.durationDays = days
        #expect(ids(a) == (expected.map { [$0] } ?? []))
    }

    @Test func persistentPainNeedsAnEarlierEpisode() {
        var a = Answers()
        a.episode.painBetweenEpisodes = true
        #expect(ids(a).isEmpty)
        a.episode.previousEpisodes = 2
        let f = SymptomFindings.findings(from: a)
        #expect(f.map(\.id) == ["persistentPainBetweenEpisodes"])
        #expect(f.first?.evidence?.basis == .published)
    }

    @Test func legSymptomsPointToDiscAndAgainstStrain() {
        var a = Answers()
        a.symptoms.legPain = .belowKnee
        a.symptoms.numbness = .foot
        let f = SymptomFindings.findings(from: a)
        #expect(f.map(\.id) == ["legPainBelowKnee", "legNumbness"])
        #expect(f.allSatisfy { $0.direction(for: .disc) == .for && $0.direction(for: .strain) == .against })
        a.symptoms.legPain = Answers.LegPain.none
        a.symptoms.numbness = Answers.Numbness.none
        #expect(ids(a).isEmpty, "answered 'none' is not evidence for anything")
    }

    @Test func extensionAndFlexionPatterns() {
        var a = Answers()
        a.symptoms.worseWith = [.downhill, .standing, .sitting]
        a.symptoms.betterWith = [.sitting, .lyingDown]
        let f = SymptomFindings.findings(from: a)
        #expect(f.map(\.id) == ["worseSittingOrBending", "extensionAggravated", "relievedBySitting", "relievedByLyingDown"])
        #expect(f[1].text.contains("standing, running downhill"))
    }

    @Test func timingAndCoreTraining() {
        var a = Answers()
        a.symptoms.worseWith = [.longRuns]
        a.symptoms.timing = [.fromStart]
        a.history.coreSessionsPerWeek = 0
        #expect(ids(a) == ["painLateInLongRuns", "painFromStartOfRuns", "noCoreTraining"])
        a.history.coreSessionsPerWeek = 4
        #expect(ids(a).last == "regularCoreTraining")
        a.history.coreSessionsPerWeek = 2
        #expect(!ids(a).contains { $0.contains("CoreTraining") })
    }

    @Test func ageOnlyNudgesAndNeverDiagnoses() throws {
        var a = Answers()
        a.age = 49
        #expect(ids(a).isEmpty)
        a.age = 63
        let f = try #require(SymptomFindings.findings(from: a).first)
        #expect(f.id == "ageFiftyOrMore")
        #expect(!f.text.lowercased().contains("you have"))
        #expect(f.likelihoodRatio(for: .disc) < 1.3)
    }

    @Test func stiffnessAndBMIAreExplained() {
        var a = Answers()
        a.symptoms.morningStiffnessMinutes = 45
        a.heightCm = 170
        a.weightKg = 80
        let f = SymptomFindings.findings(from: a)
        #expect(f.map(\.id) == ["longMorningStiffness", "bmiAbove24"])
        #expect(f.allSatisfy { $0.evidence == nil }, "information only")
        #expect(f[1].value == 27.7)
        a.symptoms.morningStiffnessMinutes = 10
        #expect(SymptomFindings.findings(from: a).first?.id == "shortMorningStiffness")
    }
}
