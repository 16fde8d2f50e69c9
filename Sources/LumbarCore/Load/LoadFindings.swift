/// Turns the load indicators before the pain began into findings (clinical.md 6.3 and 8.9).
///
/// - each spike (>10 % over the 30-day longest) dated in the 14 days up to and including the
///   reference day → a strain finding `sessionSpike` weighted by its band (R69); under the
///   low-volume floor it is information only;
/// - a week >30 % up on the week before, overlapping those 14 days → `weeklyJump` (R68, weak);
///   information only when the week before was under 10 km;
/// - neither, with enough history → `steadyLoad`, a small finding against strain;
/// - the acute:chronic ratio and Foster monotony on the reference day → information only
///   (evidence nil: R64, R69; clinical.md 8.10).
enum LoadFindings {
    static let origin = "load"

    static func make(
        series: LoadSeries, ratios: RatioHistory, usualRange: UsualRange?, spikes: [SessionSpike],
        reference: LocalDate, isOnset: Bool
    ) -> [Finding] {
        guard !series.runs.isEmpty else { return [] }
        let windowStart = reference.adding(days: -LoadThresholds.onsetWindowDays)
        let before = isOnset ? "before the pain began" : "before \(LoadText.day(reference))"
        var findings: [Finding] = []

        let recent = spikes.filter { $0.isSpike && $0.date >= windowStart && $0.date <= reference }
        for spike in recent { findings.append(spikeFinding(spike)) }

        var jumps: [WeekSummary] = []
        var monday = windowStart.weekStart
        while monday <= reference {
            let week = WeekSummary.summary(monday: monday, series: series, ratios: ratios)
            if week.isJump { jumps.append(week) }
            monday = monday.adding(days: 7)
        }
        for week in jumps { findings.append(jumpFinding(week)) }

        let reading = ratios.reading(on: reference, series: series)
        if recent.isEmpty && jumps.isEmpty && reading.value != nil {
            findings.append(
                Finding(
                    id: Evidence.steadyLoad.id, value: 0, unit: "spikes", threshold: LoadThresholds.spikePercent,
                    evidence: .steadyLoad,
                    text: "Your running was steady in the 14 days \(before): no run more than 10 % longer than your longest of the 30 days before it, and no week more than 30 % up on the week before.",
                    dates: [windowStart, reference], origin: origin))
        }
        findings.append(ratioFinding(reading, usualRange: usualRange))
        if let m = Monotony(dailyLoads: (0..<7).map { series.day(reference.adding(days: $0 - 6)).load }) {
            findings.append(monotonyFinding(m, end: reference))
        }
        return findings
    }

    static func spikeFinding(_ s: SessionSpike) -> Finding {
        let base = "Your run on \(LoadText.day(s.date)) (\(LoadText.km(s.distanceMeters))) was \(LoadText.percent(s.percent)) longer than your longest run in the 30 days before (\(LoadText.km(s.previousLongestMeters)))."
        let text = s.lowVolume
            ? base + " Your runs were short (under 3 km), so this is shown for information only."
            : base + " Frandsen 2025 found such jumps (band \(s.band.label)) raised the injury rate by a factor of \(LoadText.fixed(s.hazardRatio, 2))."
        return Finding(
            id: "sessionSpike", value: s.percent, unit: "%", threshold: LoadThresholds.spikePercent,
            evidence: s.lowVolume ? nil : Evidence.sessionSpike(s.band), source: "R69, clinical.md 8.9",
            text: text, dates: [s.date], origin: origin)
    }

    static func jumpFinding(_ w: WeekSummary) -> Finding {
        let change = w.changePercent ?? 0
        let base = "The week of \(LoadText.day(w.weekStart)) (\(LoadText.km(w.distanceMeters))) was \(LoadText.percent(change)) more than the week before (\(LoadText.km(w.previousWeekMeters)))."
        let text = w.lowVolume
            ? base + " The week before was under 10 km, so this is shown for information only."
            : base + " Nielsen 2014 linked weekly jumps over 30 % to more injuries (weak evidence, mostly not back injuries)."
        return Finding(
            id: Evidence.weeklyJump.id, value: change, unit: "%", threshold: LoadThresholds.weeklyJumpPercent,
            evidence: w.lowVolume ? nil : .weeklyJump, source: "R68, clinical.md 8.9", text: text,
            dates: [w.weekStart, w.endDate], origin: origin)
    }

    static func ratioFinding(_ r: RatioReading, usualRange: UsualRange?) -> Finding {
        let name = "Acute:chronic load ratio (\(r.method.rawValue)) on \(LoadText.day(r.date))"
        let caveat = "For information only: in runners this ratio did not predict injury (Frandsen 2025; Impellizzeri 2021)."
        var text: String
        if let v = r.value {
            text = "\(name): \(LoadText.fixed(v, 2))"
            if let u = usualRange {
                text += "; your usual range is \(LoadText.fixed(u.low, 2))-\(LoadText.fixed(u.high, 2))."
            } else {
                text += "; not enough history yet for your usual range."
            }
            if r.lowVolume { text += " Your recent volume is low (under 10 km a week), so the ratio jumps easily." }
            text += " " + caveat
        } else {
            text = "\(name): not shown, \(r.unavailableReason ?? "not enough history")."
        }
        return Finding(
            id: "acuteChronicRatio", value: r.value, unit: "ratio", evidence: nil, source: "R61, R64, R65, R69",
            text: text, dates: [r.date], origin: origin)
    }

    static func monotonyFinding(_ m: Monotony, end: LocalDate) -> Finding {
        var text = "Training monotony for the 7 days to \(LoadText.day(end)): \(LoadText.fixed(m.value, 2))"
        text += m.capped ? " (capped at 10: every day had the same load)" : ""
        text += ", strain \(LoadText.fixed(m.strain, 0)) AU."
        text += m.isLowVariety
            ? " Low variety: most days had a similar load (Foster's 2.0). A general overtraining marker, not back-specific; it does not change the cause estimate."
            : " Information only (Foster 1998)."
        return Finding(
            id: "monotony", value: m.value, unit: "ratio", threshold: LoadThresholds.highMonotony, evidence: nil,
            source: "R66, clinical.md 8.10", text: text, dates: [end.adding(days: -6), end], origin: origin)
    }
}
