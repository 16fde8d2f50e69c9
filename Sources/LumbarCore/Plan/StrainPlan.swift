/// Plan for a strained muscle from overuse: load cap, heat, stay active, graded return with
/// pain monitoring, and a clinician review if it does not improve (clinical.md 3.4, 7, 8).
enum StrainPlan {
    static func item(inputs: PlanInputs, asOf: LocalDate) -> PlanItem {
        var steps: [String] = []
        let weekEnd = asOf.adding(days: 6)
        let period = "\(NumberText.date(asOf)) to \(NumberText.date(weekEnd))"
        if let average = inputs.fourWeekAverageKm, average > 0 {
            var cap = "From \(period): run at most \(NumberText.format(average)) km in total, your average week over the last \(min(4, inputs.recentWeeklyKm.count)) weeks"
            if let longest = inputs.longestRun {
                let single = longest * (1 + PlanRules.singleRunSpikeLimit)
                cap += ", and no single run longer than \(NumberText.format(single)) km (10 % above your longest run of the last 30 days, \(NumberText.format(longest)) km; R69)"
            }
            steps.append(cap + ". These are upper limits, not targets: while it hurts, follow the return steps below.")
        } else if let longest = inputs.longestRun {
            steps.append("From \(period): no single run longer than \(NumberText.format(longest * (1 + PlanRules.singleRunSpikeLimit))) km (10 % above your longest run of the last 30 days; R69).")
        } else {
            steps.append("From \(period): run less than in the weeks before the pain, and no run longer than your longest of the last month (R69). Import your runs to get exact numbers.")
        }
        steps.append("Heat: \(PlanRules.heatMinutes.low)-\(PlanRules.heatMinutes.high) minutes with a heat wrap or hot-water bottle when it helps, in the first 1-2 weeks (moderate evidence of a small, short-term benefit; R32, clinical.md 8.8).")
        steps.append("Ice is optional, for comfort only: the evidence for cold is insufficient (R32).")
        steps.append("Stay active: walk and move normally; bed rest does not help (R33).")
        steps.append(returnToRunStep(inputs))
        steps.append(PainRules.duringRunRule)
        steps.append(PainRules.nextMorningRule)
        steps.append(reviewStep(inputs, asOf: asOf))
        return PlanItem(cause: Cause.strain.rawValue, steps: steps,
                        recheckOn: asOf.adding(days: PlanRules.strainRecheckDays))
    }

    /// Graded return start point (clinical.md 8.12, templates R72).
    static func returnToRunStep(_ inputs: PlanInputs) -> String {
        let pain = inputs.answers.pain.now
        if let pain, pain >= PlanRules.stageOnePainFrom {
            return "Your pain is \(NumberText.format(pain))/10 now, so start at walk-jog stage 1 once a 30-minute brisk walk is comfortable (pain 2/10 or less): 4 x (4.5 min walk + 0.5 min jog), adding 0.5 min of jogging every second session when the next day is no worse (R72, clinical.md 8.12)."
        }
        return "Return in run-walk blocks on flat routes: 2 min walk + 4 min easy run for about 2.4 km, each stage at least twice with a rest day between runs, then lengthen the runs (R72, clinical.md 8.12)."
    }

    /// Clinician review trigger (clinical.md 8.13; R12).
    static func reviewStep(_ inputs: PlanInputs, asOf: LocalDate) -> String {
        let weeks = PlanRules.reviewAfterWeeks
        if let days = inputs.answers.episode.durationDays, days >= 0 {
            let reviewDate = asOf.adding(days: weeks * 7 - days)
            if reviewDate <= asOf {
                return "It has lasted \(days) days, beyond the \(weeks) weeks by which a strain usually improves: see a physiotherapist or doctor now (clinical.md 8.13; R12)."
            }
            return "Expect it to be clearly better (pain down at least 2 points) within 2-4 weeks; if it is not improving by \(NumberText.date(reviewDate)) (\(weeks) weeks from the start), see a physiotherapist or doctor (clinical.md 8.13; R12)."
        }
        return "Expect it to be clearly better (pain down at least 2 points) within 2-4 weeks; if it is not improving \(weeks) weeks after it began, see a physiotherapist or doctor (clinical.md 8.13; R12)."
    }
}
