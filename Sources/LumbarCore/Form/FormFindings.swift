/// Turns the runs of the findings window into findings (origin `form`).
enum FormFindings {
    static func make(window: [RunForm], isLong: (RunForm) -> Bool, rules: FormRules) -> [Finding] {
        var out: [Finding] = []
        let judged = window.filter { $0.drift.verdict == .degrades || $0.drift.verdict == .stable }
        let degrading = judged.filter { $0.drift.verdict == .degrades }
        let weeks = rules.windowDays % 7 == 0 ? "\(rules.windowDays / 7) weeks" : "\(rules.windowDays) days"

        // Fatigue shows late in long runs (clinical.md 3.3, 5.4), so the share is taken over the
        // judged long runs and any other run that degraded: short easy runs say little about it.
        let pool = judged.filter { isLong($0) || $0.drift.verdict == .degrades }
        if let latest = degrading.last, Double(degrading.count) >= rules.minimumShareDegrading * Double(pool.count) {
            let signs = latest.drift.metrics.filter { $0.flagged && $0.metric != .groundContactBalance }
            out.append(Finding(
                id: Evidence.formFatigueDrift.id, value: Double(signs.count), unit: "fatigue signs of 3",
                threshold: Double(rules.signsForFatigue), evidence: .formFatigueDrift,
                text: "In \(FormWords.run(latest)) your \(FormWords.list(signs.map(FormWords.change))) in the last third "
                    + "at the same pace: form degrades with fatigue (\(degrading.count) of \(pool.count) long or degrading runs "
                    + "that could be judged in the last \(weeks)). This pattern fits a core that tires (clinical.md 5.4).",
                dates: degrading.map(\.date), origin: "form"))
        }

        let judgedLong = judged.filter(isLong)
        if degrading.isEmpty, judgedLong.count >= rules.minimumStableLongRuns {
            out.append(Finding(
                id: Evidence.formStableLongRuns.id, value: Double(judgedLong.count), unit: "long runs",
                threshold: Double(rules.minimumStableLongRuns), evidence: .formStableLongRuns,
                text: "Your form held up to the end of \(judgedLong.count) long runs in the last \(weeks) at the same pace "
                    + "(cadence, ground contact and oscillation within the fatigue thresholds): a tiring core is less likely.",
                dates: judgedLong.map(\.date), origin: "form"))
        }

        let proxyRuns = window.filter { $0.easyCadence != nil && $0.easyGroundContactMilliseconds != nil }
        let overstriding = proxyRuns.filter { $0.meetsOverstrideProxy(rules) }
        if !proxyRuns.isEmpty, overstriding.count * 2 > proxyRuns.count {
            let cadence = Statistics.median(overstriding.map { $0.easyCadence! })
            let contact = Statistics.median(overstriding.map { $0.easyGroundContactMilliseconds! })
            out.append(Finding(
                id: Evidence.formOverstrideProxy.id, value: cadence, unit: "spm", threshold: rules.overstrideCadenceBelow,
                evidence: .formOverstrideProxy,
                text: "At easy pace your cadence was \(FormWords.number(cadence, decimals: 0)) spm with "
                    + "\(FormWords.number(contact, decimals: 0)) ms ground contact (\(overstriding.count) of \(proxyRuns.count) runs "
                    + "in the last \(weeks)): a possible sign of overstriding (lumbar's proxy, clinical.md 8.4). "
                    + "A trial of 5-10 % more steps a minute at the same speed is the usual suggestion (Heiderscheit 2011).",
                dates: overstriding.map(\.date), origin: "form"))
        }

        let balanced = window.filter { $0.largerSideSharePercent != nil }
        let imbalanced = balanced.filter { $0.isImbalanced(rules) }
        if !balanced.isEmpty, imbalanced.count * 2 > balanced.count {
            let share = Statistics.median(imbalanced.map { $0.largerSideSharePercent! })
            let side = imbalanced.last!.heavierSide ?? "left"
            out.append(Finding(
                id: Evidence.formImbalance.id, value: share, unit: "% of contact time on one side",
                threshold: rules.imbalancePercent, evidence: .formImbalance,
                text: "Your ground contact leaned to the \(side) (\(FormWords.number(share, decimals: 1)) % on that side) in "
                    + "\(imbalanced.count) of \(balanced.count) runs in the last \(weeks). Beyond 52.2 % puts you among the "
                    + "5 % of Garmin users furthest from even; Garmin's bands are percentiles, not injury thresholds (R56).",
                dates: imbalanced.map(\.date), origin: "form"))
        }

        let drifted = judged.filter(\.drift.balanceDrifted)
        if let latest = drifted.last, let row = latest.drift.drift(.groundContactBalance) {
            out.append(Finding(
                id: Evidence.formBalanceDrift.id, value: abs(row.change), unit: "percentage points",
                threshold: rules.balanceDriftPercentagePoints, evidence: .formBalanceDrift,
                text: "In \(FormWords.run(latest)) your \(FormWords.change(row)) in the last third at the same pace "
                    + "(\(drifted.count) of \(judged.count) runs that could be judged in the last \(weeks)).",
                dates: drifted.map(\.date), origin: "form"))
        }
        return out
    }
}
