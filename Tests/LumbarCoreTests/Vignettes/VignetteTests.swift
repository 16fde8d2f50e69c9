import Testing
import LumbarCore

@Suite struct VignetteTests {
    @Test func textbookCauseComesFirstInAtLeast85Percent() {
        var misses: [String] = []
        for v in Vignettes.all {
            let result = v.analyse()
            let ranking = result.causes.map { "\($0.cause.rawValue) \(NumberText.format($0.probability, decimals: 2))" }
            if result.causes.first?.cause != v.expected { misses.append("\(v.name): \(ranking.joined(separator: ", "))") }
        }
        let share = Double(Vignettes.all.count - misses.count) / Double(Vignettes.all.count)
        #expect(share >= 0.85, "misses: \(misses)")
        #expect(Vignettes.all.count >= 16)
        for cause in Cause.allCases {
            #expect(Vignettes.all.filter { $0.expected == cause }.count >= 4)
        }
    }

    @Test(arguments: Vignettes.all)
    func ordinaryCasesNeverRaiseUrgencyAndAlwaysRank(_ v: Vignette) {
        let result = v.analyse()
        #expect(result.urgency <= .soon)
        #expect(result.urgency == .none)
        #expect(result.causes.map(\.cause).sorted() == Cause.allCases.sorted())
        #expect(result.causes.first?.level != .unknown, "a full questionnaire should rank the causes")
        #expect(!result.plan.isEmpty)
        #expect(result.plan.allSatisfy { !$0.steps.isEmpty })
        #expect(abs(result.causes.reduce(0) { $0 + $1.probability } - 1) < 1e-9)
    }
}

/// Generalisation checks: the ranking should not hinge on one answer.
@Suite struct VignetteRobustnessTests {
    @Test(arguments: Vignettes.all)
    func droppingAnyOneFindingKeepsTheTextbookCauseInTheTopTwo(_ v: Vignette) {
        let all = v.findings
        for i in all.indices {
            var fewer = all
            let dropped = fewer.remove(at: i)
            let ranking = CauseModel.rank(fewer)
            let top2 = ranking.estimates.prefix(2).map(\.cause)
            #expect(top2.contains(v.expected) || ranking.isUnknown, "\(v.name) without \(dropped.id): \(top2)")
        }
    }

    @Test func aSingleAnswerNeverGivesAConfidentRanking() {
        for row in Evidence.answerRows {
            let f = Finding(id: row.id, evidence: row, text: row.rationale, origin: "answers")
            #expect(CauseModel.rank([f]).isUnknown, "\(row.id)")
        }
    }

    @Test func contradictoryStoriesStayBelowLikely() {
        // Sudden run-linked onset AND leg pain below the knee with numbness AND extension pattern.
        let mixed = answers(age: 40, onset: .sudden, linked: .duringRun, days: 20, leg: .belowKnee, numb: .leg,
                            worse: [.archingBack, .downhill], better: [.sitting])
        let ranking = CauseModel.rank(SymptomFindings.findings(from: mixed))
        #expect(ranking.estimates.allSatisfy { $0.level != .likely }, "\(ranking.estimates.map { ($0.cause, $0.probability) })")
    }
}
