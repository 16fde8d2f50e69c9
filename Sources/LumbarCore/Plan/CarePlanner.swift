/// Builds the plan from the ranking and the red flags (product.md: "a plan with a re-check date").
///
/// Order: the red-flag action first when any flag is raised; at `urgent` or `emergency` the cause
/// plans wait until a clinician has seen the runner. Then one block per cause rated likely or
/// possible, in ranking order. When the evidence is too thin to rank, one `general` block.
public enum CarePlanner {
    /// The plan for a ranking, red-flag summary, the runner's numbers and the analysis date.
    public static func plan(
        ranking: CauseRanking, redFlags: RedFlagSummary, inputs: PlanInputs, asOf: LocalDate
    ) -> [PlanItem] {
        var items: [PlanItem] = []
        let urgency = redFlags.effectiveUrgency
        if let flagItem = redFlagItem(redFlags, asOf: asOf) {
            items.append(flagItem)
            if urgency >= .urgent { return items }
        }
        if ranking.isUnknown {
            items.append(generalItem(inputs: inputs, asOf: asOf))
            return items
        }
        for cause in ranking.actionableCauses {
            switch cause {
            case .strain: items.append(StrainPlan.item(inputs: inputs, asOf: asOf))
            case .conditioning: items.append(ConditioningPlan.item(inputs: inputs, asOf: asOf))
            case .posture: items.append(PosturePlan.item(inputs: inputs, asOf: asOf))
            case .disc: items.append(DiscPlan.item(inputs: inputs, asOf: asOf))
            }
        }
        return items
    }

    /// The red-flag block: each flag's advice, most urgent first.
    static func redFlagItem(_ summary: RedFlagSummary, asOf: LocalDate) -> PlanItem? {
        let flags = summary.sortedFlags.filter { $0.urgency > .none }
        guard !flags.isEmpty else { return nil }
        let urgency = summary.effectiveUrgency
        var steps: [String] = []
        switch urgency {
        case .emergency:
            steps.append("Go to an emergency department now (today, within hours); do not wait to see if it settles, and do not run.")
        case .urgent:
            steps.append("See a clinician within 24-48 hours; stop running until they have seen you.")
        case .soon:
            steps.append("Book an appointment with your GP or physiotherapist within about 1-2 weeks.")
        case .none:
            break
        }
        steps += flags.map(\.advice)
        if urgency >= .urgent {
            steps.append("The training plans for the causes below wait until a clinician has assessed you.")
        }
        let days = urgency >= .urgent ? 0 : 7
        return PlanItem(cause: "redFlags", steps: steps, recheckOn: asOf.adding(days: days))
    }

    /// Advice when the causes cannot be told apart yet.
    static func generalItem(inputs: PlanInputs, asOf: LocalDate) -> PlanItem {
        PlanItem(cause: "general", steps: [
            "There is not enough information yet to say which cause fits best: answer the open questions and add the inputs listed under unknowns.",
            "Stay active: walking and easy movement help more than bed rest (R33).",
            PainRules.duringRunRule,
            PainRules.nextMorningRule,
            "See a clinician if it is not clearly better within \(PlanRules.reviewAfterWeeks) weeks, or at once if any red-flag symptom appears (clinical.md 8.13).",
        ], recheckOn: asOf.adding(days: PlanRules.strainRecheckDays))
    }
}

/// The pain-monitoring rules of clinical.md 8.11 as sentences.
public enum PainRules {
    /// The during-run rule.
    public static let duringRunRule =
        "Pain during a run: up to \(PlanRules.continuePainMax)/10 carry on; 4-\(PlanRules.holdPainMax)/10 hold the current level; above \(PlanRules.holdPainMax)/10 stop and step back one stage (clinical.md 8.11, adapted from Silbernagel R71, stricter because it was validated for the Achilles, not the back)."
    /// The next-morning and weekly-trend rule.
    public static let nextMorningRule =
        "Pain after a run must have settled by the next morning, and must not rise from week to week; if it does, step back one stage (R71; clinical.md 8.11)."
}
