import Testing
@testable import LumbarCore

@Suite struct CarePlannerTests {
    static let asOf = LocalDate(year: 2026, month: 11, day: 27)

    func plan(for vignettes: [Vignette], inputs: (Answers) -> PlanInputs) -> [PlanItem] {
        vignettes.flatMap { v in
            CarePlanner.plan(ranking: CauseModel.rank(v.findings), redFlags: .clear, inputs: inputs(v.answers), asOf: Self.asOf)
        }
    }

    func item(_ cause: Cause, answers: Answers = Answers(), weekly: [Double] = [30, 32, 28, 40],
              longest: Double? = 16, cadence: Double? = 166) -> PlanItem {
        let inputs = PlanInputs(recentWeeklyKm: weekly, longestRunKm30Days: longest, cadenceStepsPerMinute: cadence, answers: answers)
        switch cause {
        case .strain: return StrainPlan.item(inputs: inputs, asOf: Self.asOf)
        case .conditioning: return ConditioningPlan.item(inputs: inputs, asOf: Self.asOf)
        case .posture: return PosturePlan.item(inputs: inputs, asOf: Self.asOf)
        case .disc: return DiscPlan.item(inputs: inputs, asOf: Self.asOf)
        }
    }

    @Test func strainPlanCapsLoadWithTheRunnersNumbers() {
        let p = item(.strain)
        let text = p.steps.joined(separator: "\n")
        #expect(text.contains("at most 32.5 km"), "mean of 30, 32, 28, 40")
        #expect(text.contains("no single run longer than 17.6 km"), "16 km + 10 % (R69)")
        #expect(text.contains("27 Nov 2026 to 3 Dec 2026"))
        #expect(p.recheckOn == LocalDate(year: 2026, month: 12, day: 11))
    }

    @Test func strainPlanHasHeatAndCallsIceOptionalWithInsufficientEvidence() {
        let steps = item(.strain).steps
        let heat = steps.first { $0.hasPrefix("Heat:") }
        #expect(heat?.contains("15-20 minutes") == true)
        #expect(heat?.contains("R32") == true)
        let ice = steps.first { $0.contains("Ice") }
        #expect(ice?.contains("optional") == true)
        #expect(ice?.contains("insufficient") == true)
        #expect(steps.contains { $0.contains("Stay active") && $0.contains("R33") })
        #expect(steps.contains { $0.contains("3/10") && $0.contains("8.11") })
    }

    @Test func strainReviewDateCountsFromTheStartOfTheEpisode() {
        var a = Answers()
        a.episode.durationDays = 10
        #expect(item(.strain, answers: a).steps.contains { $0.contains("by 29 Dec 2026") }, "27 Nov - 10 d + 42 d")
        a.episode.durationDays = 60
        #expect(item(.strain, answers: a).steps.contains { $0.contains("see a physiotherapist or doctor now") })
    }

    @Test func strainReturnStartsAtStageOneWhenPainIsHigh() {
        var a = Answers()
        a.pain.now = 4
        #expect(item(.strain, answers: a).steps.contains { $0.contains("walk-jog stage 1") })
        a.pain.now = 1
        #expect(item(.strain, answers: a).steps.contains { $0.contains("2 min walk + 4 min easy run") })
    }

    @Test func strainPlanWithoutRunsSaysSoInsteadOfInventingNumbers() {
        let text = item(.strain, weekly: [], longest: nil).steps[0]
        #expect(text.contains("Import your runs"))
        #expect(!text.contains(" km"))
    }

    @Test func conditioningPlanDosesTheBigThreeAndCapsLongRuns() {
        let p = item(.conditioning)
        let text = p.steps.joined(separator: "\n")
        #expect(text.contains("10 seconds") && text.contains("pyramid") && text.contains("Every day"))
        #expect(text.contains("8-week") && text.contains("R51b"))
        #expect(text.contains("Cap long runs at 12 km"), "75 % of 16")
        #expect(text.contains("between 25 Dec 2026 and 8 Jan 2027"))
        #expect(p.recheckOn == LocalDate(year: 2026, month: 12, day: 25))
    }

    @Test func posturePlanUsesTheRunnersOwnCadence() {
        let p = item(.posture)
        #expect(p.steps.contains { $0.contains("from your 166 to 174-183 steps per minute") })
        #expect(p.steps.contains { $0.contains("ankles, not from bending at the waist") })
        #expect(p.steps.contains { $0.contains("again on 25 Dec 2026") })
        let unknown = item(.posture, cadence: nil)
        #expect(unknown.steps.contains { $0.hasPrefix("Measure your easy-pace step rate") })
    }

    @Test func discPlanRefersAndSaysWhatToTell() {
        var a = Answers()
        a.episode.durationDays = 120
        a.symptoms.legPain = .belowKnee
        a.symptoms.worseWith = [.sitting, .bendingForward]
        let steps = item(.disc, answers: a).steps
        #expect(steps[0].contains("physiotherapist, chiropractor or physician by 11 Dec 2026"))
        #expect(steps[1].contains("it started 120 days ago") && steps[1].contains("leg pain below the knee")
                && steps[1].contains("worse with: sitting, bending forward"))
        #expect(steps.contains { $0.contains("not routinely needed") && $0.contains("R12") })
        #expect(steps.contains { $0.contains("flatter routes") && $0.contains("sitting") })
    }

    @Test func redFlagsLeadAndUrgentFlagsWithholdCausePlans() {
        let strainFindings = Vignettes.strain[0].findings
        let urgent = RedFlagSummary(urgency: .urgent, redFlags: [
            ResultRedFlag(id: "infection", urgency: .urgent, because: ["fever"], advice: "See a doctor today about fever with back pain."),
        ])
        let withheld = CarePlanner.plan(ranking: CauseModel.rank(strainFindings), redFlags: urgent, inputs: PlanInputs(), asOf: Self.asOf)
        #expect(withheld.map(\.cause) == ["redFlags"])
        #expect(withheld[0].steps.contains("See a doctor today about fever with back pain."))
        #expect(withheld[0].recheckOn == Self.asOf)
        let soon = RedFlagSummary(urgency: .soon, redFlags: [
            ResultRedFlag(id: "inflammatory", urgency: .soon, because: ["wakesSecondHalfOfNight"], advice: "Ask your GP about a rheumatology referral."),
        ])
        let both = CarePlanner.plan(ranking: CauseModel.rank(strainFindings), redFlags: soon, inputs: PlanInputs(), asOf: Self.asOf)
        #expect(both.map(\.cause) == ["redFlags", "strain"])
    }

    @Test func thinEvidenceGivesAGeneralPlan() {
        let p = CarePlanner.plan(ranking: CauseModel.rank([]), redFlags: .clear, inputs: PlanInputs(), asOf: Self.asOf)
        #expect(p.map(\.cause) == ["general"])
        #expect(p[0].steps[0].contains("not enough information"))
    }

    @Test func everyVignettePlanStartsWithItsTextbookCause() {
        for v in Vignettes.all {
            let p = CarePlanner.plan(ranking: CauseModel.rank(v.findings), redFlags: .clear, inputs: PlanInputs(answers: v.answers), asOf: Self.asOf)
            #expect(p.first?.cause == v.expected.rawValue, "\(v.name)")
        }
    }
}
