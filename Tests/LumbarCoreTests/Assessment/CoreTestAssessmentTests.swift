import Testing
@testable import LumbarCore

@Suite("Core tests against norms")
struct CoreTestAssessmentTests {
    static let day = LocalDate(year: 2026, month: 11, day: 20)

    static func result(_ f: Double?, _ e: Double?, _ r: Double?, _ l: Double?, on date: LocalDate = day) -> CoreTestResult {
        CoreTestResult(date: date, flexorSeconds: f, extensorSeconds: e, sideBridgeRightSeconds: r, sideBridgeLeftSeconds: l)
    }

    @Test func normsFollowSex() {
        #expect(CoreTestNorm.norms(for: .male).mean[.extensor] == 146)
        #expect(CoreTestNorm.norms(for: .female).mean[.extensor] == 189)
        #expect(CoreTestNorm.norms(for: .other) == .pooledAdults)
        #expect(CoreTestNorm.norms(for: .undisclosed) == .pooledAdults)
        #expect(CoreTestNorm.norms(for: nil).mean[.sideBridgeLeft] == 55)
    }

    /// The published mean ratios (McGill 1999 abstract, clinical.md 4.3) from the norm means.
    @Test func publishedRatiosFromNormMeans() {
        let m = CoreTestNorm.mcGillMen.mean, w = CoreTestNorm.mcGillWomen.mean
        let men = CoreTestAssessment.ratios(Self.result(m[.flexor], m[.extensor], m[.sideBridgeRight], m[.sideBridgeLeft]))
        let women = CoreTestAssessment.ratios(Self.result(w[.flexor], w[.extensor], w[.sideBridgeRight], w[.sideBridgeLeft]))
        func value(_ rs: [CoreTestAssessment.Ratio], _ id: String) -> Double { rs.first { $0.id == id }!.value }
        #expect(abs(value(men, "flexorToExtensor") - 0.99) < 0.01)
        #expect(abs(value(women, "flexorToExtensor") - 0.79) < 0.01)
        #expect((0.64...0.67).contains(value(men, "sideRightToExtensor")))
        #expect((0.64...0.67).contains(value(men, "sideLeftToExtensor")))
        #expect((0.38...0.41).contains(value(women, "sideRightToExtensor")))
        #expect(abs(value(men, "sideRightToLeft") - 0.97) < 0.01)
        // The women's mean right/left (0.94) is itself just outside McGill's 0.95-1.05 target.
        #expect(women.first { $0.id == "sideRightToLeft" }!.isImbalanced)
        #expect(men.allSatisfy { !$0.isImbalanced })
    }

    @Test func ratioThresholdsAtTheirEdges() {
        let equal = CoreTestAssessment.ratios(Self.result(100, 100, 75, 75))
        #expect(equal.allSatisfy { !$0.isImbalanced })  // 1.00 and 0.75 are within target
        let over = CoreTestAssessment.ratios(Self.result(101, 100, 76, 72))
        #expect(over.first { $0.id == "flexorToExtensor" }!.isImbalanced)
        #expect(over.first { $0.id == "sideRightToLeft" }!.isImbalanced)  // 76/72 = 1.056
        #expect(over.first { $0.id == "sideRightToExtensor" }!.isImbalanced)
        #expect(!over.first { $0.id == "sideLeftToExtensor" }!.isImbalanced)
    }

    @Test func holdBelowHalfTheNormIsLowWithConditioningWeight() {
        // Men: extensor 72 s < 73 s = 50 % of 146 s.
        let a = CoreTestAssessment.assess(Self.result(150, 72, 95, 96), sex: .male, previous: nil)
        #expect(a.holds.first { $0.test == .extensor }!.isLow)
        #expect(!a.holds.first { $0.test == .flexor }!.isLow)
        let low = a.findings.first { $0.id == "coreEnduranceLow" }
        #expect(low?.value == 49 && low?.threshold == 50 && low?.likelihoodRatio(for: .conditioning) == 2.5)
        #expect(low?.origin == "coreTests" && low?.text.contains("McGill 1999") == true)
        let atHalf = CoreTestAssessment.assess(Self.result(150, 73, 95, 96), sex: .male, previous: nil)
        #expect(!atHalf.holds.contains { $0.isLow })
    }

    @Test func goodEnduranceCountsAgainstConditioning() {
        let a = CoreTestAssessment.assess(Self.result(170, 110, 60, 60), sex: .undisclosed, previous: nil)
        let good = a.findings.first { $0.id == "coreEnduranceGood" }
        #expect(good?.likelihoodRatio(for: .conditioning) == 0.6)
        #expect(good?.direction(for: .conditioning) == .against)
        let twoTests = CoreTestAssessment.assess(Self.result(170, 110, nil, nil), sex: .undisclosed, previous: nil)
        #expect(!twoTests.findings.contains { $0.id == "coreEnduranceGood" })
    }

    @Test func sorensenCutOffAppliesToMenOnly() {
        let man = CoreTestAssessment.assess(Self.result(nil, 175, nil, nil), sex: .male, previous: nil)
        #expect(man.sorensenNote?.contains("under 176 s predicted") == true)
        let manHigh = CoreTestAssessment.assess(Self.result(nil, 199, nil, nil), sex: .male, previous: nil)
        #expect(manHigh.sorensenNote?.contains("over 198 s") == true)
        let woman = CoreTestAssessment.assess(Self.result(nil, 100, nil, nil), sex: .female, previous: nil)
        #expect(woman.sorensenNote?.contains("no predictive value shown in women") == true)
        #expect(man.findings.first { $0.id == "sorensenPrediction" }?.evidence == nil)
    }

    @Test func changeIsRealOnlyBeyondTheMDC() {
        let before = Self.result(100, 100, 50, 50, on: LocalDate(year: 2026, month: 10, day: 1))
        let a = CoreTestAssessment.assess(Self.result(140, 144, 50, 94), sex: .female, previous: before)
        #expect(a.changes.first { $0.test == .flexor }?.isReal == false)  // +40 s
        #expect(a.changes.first { $0.test == .extensor }?.isReal == true)  // +44 s
        #expect(a.findings.filter { $0.id == "coreTestChange" }.map(\.value) == [44, 44])
    }

    @Test func findingsFromAnswersOrHistory() {
        var answers = Answers()
        answers.sex = .male
        let old = Self.result(150, 150, 100, 100, on: LocalDate(year: 2026, month: 9, day: 1))
        #expect(CoreTestAssessment.findings(answers: answers, history: [], asOf: Self.day).isEmpty)
        let fromHistory = CoreTestAssessment.findings(answers: answers, history: [old], asOf: Self.day)
        #expect(fromHistory.contains { $0.id == "coreEnduranceGood" })
        answers.coreTests.extensorSeconds = 60
        let fromAnswers = CoreTestAssessment.findings(answers: answers, history: [old], asOf: Self.day)
        #expect(fromAnswers.contains { $0.id == "coreEnduranceLow" && $0.dates == [Self.day] })
        #expect(fromAnswers.contains { $0.id == "coreTestChange" && $0.value == -90 })
    }

    @Test func evidenceRowsAreCollected() {
        #expect(Evidence.coreTestRows.map(\.id) == ["coreEnduranceLow", "coreRatioImbalance", "coreEnduranceGood"])
        #expect(Evidence.coreRatioImbalance.likelihoodRatio(for: .conditioning) == 1.5)
    }
}
