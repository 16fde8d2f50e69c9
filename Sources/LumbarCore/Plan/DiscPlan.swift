/// Plan for a disc-related pattern: see a professional, what to tell them, running changes
/// meanwhile, and why imaging is not routine (clinical.md 1.2 principles, 3.4, 8.14).
enum DiscPlan {
    static func item(inputs: PlanInputs, asOf: LocalDate) -> PlanItem {
        let a = inputs.answers
        var steps: [String] = []
        let nerve = a.symptoms.legPain == .belowKnee || (a.symptoms.numbness.map { $0 != .none } ?? false)
        let reviewBy = NumberText.date(asOf.adding(days: PlanRules.discRecheckDays))
        if nerve {
            steps.append("See a physiotherapist, chiropractor or physician by \(reviewBy): leg pain below the knee or numbness means a nerve root may be irritated (clinical.md 8.14).")
        } else {
            steps.append("See a physiotherapist, chiropractor or physician in the next weeks to have the pattern assessed; exercise is the first-line treatment for lasting back pain (R11, R6).")
        }
        steps.append("Tell them: " + talkingPoints(a).joined(separator: "; ") + ".")
        steps.append("Meanwhile: avoid long spells of sitting (stand up and move every 30 minutes), choose flatter routes, and shorten runs to what keeps pain at 3/10 or less. Running itself is linked with healthier discs (R39).")
        steps.append("A scan is not routinely needed without red flags (NICE NG59 R6, ACR R12); disc changes on scans are common in people without any pain (R26).")
        steps.append("Go to an emergency department at once if you get numbness in the saddle area, bladder or bowel changes, or weakness that is getting worse (clinical.md 1.2).")
        return PlanItem(cause: Cause.disc.rawValue, steps: steps,
                        recheckOn: asOf.adding(days: PlanRules.discRecheckDays))
    }

    /// What to tell the clinician, from the answers given.
    static func talkingPoints(_ a: Answers) -> [String] {
        var points: [String] = []
        if let days = a.episode.durationDays, days >= 0 { points.append("it started \(days) days ago") }
        if let n = a.episode.previousEpisodes, n > 0 {
            let between = a.episode.painBetweenEpisodes == true ? ", with pain persisting between them" : ""
            points.append("\(n) earlier episode\(n == 1 ? "" : "s")\(between)")
        }
        switch a.symptoms.legPain {
        case .belowKnee?: points.append("leg pain below the knee\(a.symptoms.legPainSides == .both ? " in both legs" : "")")
        case .aboveKnee?: points.append("pain into the thigh, above the knee")
        case .none?: points.append("no leg pain")
        case nil: break
        }
        if let numb = a.symptoms.numbness, numb != .none { points.append("numbness or tingling in the \(numb == .foot ? "foot" : "leg")") }
        let worse = (a.symptoms.worseWith ?? []).map(SymptomWords.aggravator)
        if !worse.isEmpty { points.append("worse with: \(worse.joined(separator: ", "))") }
        let better = (a.symptoms.betterWith ?? []).map(SymptomWords.reliever)
        if !better.isEmpty { points.append("better with: \(better.joined(separator: ", "))") }
        if points.isEmpty { points.append("how long it has lasted, whether pain goes into the leg, and what makes it worse") }
        return points
    }
}
