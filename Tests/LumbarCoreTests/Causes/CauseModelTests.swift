import Foundation
import Testing
@testable import LumbarCore

@Suite struct CauseModelTests {
    func finding(_ e: Evidence, origin: String = "answers", value: Double? = nil) -> Finding {
        Finding(id: e.id, value: value, evidence: e, text: e.rationale, origin: origin)
    }

    @Test func singleFindingIsHandCheckableNaiveBayes() {
        // Three findings of different origins: no damping, plain Bayes.
        let fs = [finding(.painOnContraction), finding(.painRisesWithRunLength, origin: "painDiary"),
                  finding(.painAfterDescent, origin: "painDiary2")]
        let r = CauseModel.rank(fs)
        let s = 0.35 * 2.0, c = 0.25 * 2.0, p = 0.25 * 1.2 * 1.5, d = 0.15
        let total = s + c + p + d
        #expect(abs((r.estimate(for: .strain)?.probability ?? 0) - s / total) < 1e-12)
        #expect(abs((r.estimate(for: .posture)?.probability ?? 0) - p / total) < 1e-12)
        #expect(abs((r.estimate(for: .disc)?.probability ?? 0) - d / total) < 1e-12)
    }

    @Test func correlatedAnswersAreDampedByHalvingWeights() {
        let fs = [finding(.oneSideLocalTenderness), finding(.runLinkedSuddenOnset), finding(.painOnContraction)]
        let strain = try! #require(CauseModel.rank(fs).estimate(for: .strain))
        let weights = strain.findings.map(\.weight)
        #expect(weights == [1, 0.5, 0.25])
        #expect(strain.findings.map(\.finding.id) == ["oneSideLocalTenderness", "runLinkedSuddenOnset", "painOnContraction"])
        #expect(abs(strain.findings[1].appliedRatio - pow(2.5, 0.5)) < 1e-12)
        #expect(strain.findings.allSatisfy { $0.direction == .for })
    }

    @Test func sameFindingFromAnotherOriginIsNotDamped() {
        let fs = [finding(.painAfterSpikes, origin: "painDiary"), finding(.trainingChangeBeforeOnset)]
        let strain = try! #require(CauseModel.rank(fs).estimate(for: .strain))
        #expect(strain.findings.map(\.weight) == [1, 1])
    }

    @Test func thinEvidenceGivesUnknownForAllFour() {
        let two = CauseModel.rank([finding(.painOnContraction), finding(.acuteEpisode)])
        #expect(two.isUnknown)
        #expect(two.estimates.allSatisfy { $0.level == .unknown })
        #expect(two.thinEvidenceReason?.contains("at least 3") == true)
        // Three findings that cancel out do not separate the causes either.
        let flat = CauseModel.rank([finding(.legPainAboveKnee), finding(.noCoreTraining), finding(.suddenOnset, origin: "x")])
        #expect(flat.isUnknown)
    }

    @Test func levelsFollowTheContractBands() {
        #expect(CauseLevel(probability: 0.5) == .likely)
        #expect(CauseLevel(probability: 0.499) == .possible)
        #expect(CauseLevel(probability: 0.2) == .possible)
        #expect(CauseLevel(probability: 0.199) == .unlikely)
    }

    @Test func informationOnlyFindingsWeighNothing() {
        let info = Finding(id: "bmiAbove24", value: 27, evidence: nil, text: "BMI", origin: "answers")
        let r = CauseModel.rank([info])
        #expect(r.weightedFindingCount == 0)
        #expect(r.estimates.allSatisfy { $0.findings.isEmpty })
    }

    @Test func answerRowsHaveSourcesAndSensibleRatios() {
        for row in Evidence.answerRows + Evidence.diaryRows {
            #expect(!row.source.isEmpty)
            #expect(row.likelihoodRatios.values.allSatisfy { $0 >= 0.3 && $0 <= 4.1 }, "\(row.id)")
            #expect(!row.likelihoodRatios.isEmpty)
        }
        #expect(Set(Evidence.answerRows.map(\.id)).count == Evidence.answerRows.count)
        // The age row stays a very weak nudge (clinical.md 3.2 design rule).
        #expect(Evidence.ageFiftyOrMore.likelihoodRatio(for: .disc) < 1.3)
    }
}

@Suite struct AnalysisTests {
    @Test func referenceIDsAreFoundInSourcesAndSentences() {
        #expect(ReferenceIDs.extract(from: "R69; R68; clinical.md 8.9 default") == ["R69", "R68"])
        #expect(ReferenceIDs.extract(from: "(R51b; supervised, R51) MRI R2b R12.") == ["R51b", "R51", "R2b", "R12"])
        #expect(ReferenceIDs.extract(from: "R-numbers, MRI, FR12, R") == [])
    }

    @Test func informationFindingsBecomeNotesAndUrgencyIsTheHighestFlag() {
        let bmi = Finding(id: "bmiAbove24", value: 27, evidence: nil, source: "R25", text: "BMI 27", origin: "answers")
        let flags = RedFlagSummary(urgency: .none, redFlags: [
            ResultRedFlag(id: "fracture", urgency: .urgent, because: ["longTermSteroids", "minorTraumaOrStrain"], advice: "See a doctor within 24-48 hours."),
            ResultRedFlag(id: "inflammatory", urgency: .soon, because: ["psoriasis"], advice: "Ask about rheumatology."),
        ])
        let result = Analysis.run(AnalysisInput(asOf: LocalDate(year: 2026, month: 3, day: 1), findings: [bmi], redFlags: flags))
        #expect(result.notes == [bmi])
        #expect(result.causes.allSatisfy { $0.findings.isEmpty && $0.level == .unknown })
        #expect(result.urgency == .urgent)
        #expect(result.redFlags.map(\.id) == ["fracture", "inflammatory"])
        #expect(result.citedReferences.contains("R25"))
    }
}
