/// Plan for lack of core conditioning: the McGill big 3 daily, an 8-week progressive
/// programme, shorter long runs until endurance improves, and a re-test date (clinical.md 4.5, 8.7).
enum ConditioningPlan {
    static func item(inputs: PlanInputs, asOf: LocalDate) -> PlanItem {
        var steps: [String] = []
        steps.append("Every day: the McGill big 3 (modified curl-up, side plank starting with knees bent, bird-dog). Hold each repetition about 10 seconds, no longer; build volume with repetitions in a descending pyramid, e.g. 5-3-1 per side, rising to 6-4-2 (R50).")
        let blocks = [
            (0, "weeks 1-2: big 3 at 5-3-1 per side, side plank on knees"),
            (14, "weeks 3-4: 6-4-2 per side, side plank on feet"),
            (28, "weeks 5-6: 8-6-4 per side, add a slow bridge march"),
            (42, "weeks 7-8: 8-6-4 with 2 rounds, side plank with top-leg lift"),
        ]
        let schedule = blocks.map { offset, text in "from \(NumberText.date(asOf.adding(days: offset))) \(text)" }
        steps.append("An 8-week progressive programme, 3 core sessions a week on top of the daily big 3 (R51b; supervised sessions gain more than home-only, R51): " + schedule.joined(separator: "; ") + ".")
        if let longest = inputs.longestRun {
            let cap = longest * PlanRules.conditioningLongRunShare
            steps.append("Cap long runs at \(NumberText.format(cap)) km (75 % of your longest run of the last 30 days, \(NumberText.format(longest)) km) until the re-test shows better endurance, because the pain grows with run length (R47).")
        } else {
            steps.append("Shorten long runs to about three quarters of your usual longest run until the re-test shows better endurance, because the pain grows with run length (R47).")
        }
        let low = asOf.adding(days: PlanRules.retestWindowDays.low)
        let high = asOf.adding(days: PlanRules.retestWindowDays.high)
        steps.append("Re-test the four core holds (flexor, extensor, side bridges) between \(NumberText.date(low)) and \(NumberText.date(high)); an extensor gain above 43 seconds is a real change (R41, R44, clinical.md 8.7).")
        steps.append(PainRules.duringRunRule)
        return PlanItem(cause: Cause.conditioning.rawValue, steps: steps,
                        recheckOn: asOf.adding(days: PlanRules.trainingRecheckDays))
    }
}
