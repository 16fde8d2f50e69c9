/// The pain-monitoring rule for running with back pain (clinical.md 8.11 default, extrapolated
/// from Silbernagel's Achilles model, R71): which zone the latest run puts the runner in.
public enum PainZone: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Pain during the run <= 3/10 and settled next morning: carry on (or progress).
    case `continue`
    /// Pain during 4-5/10: stay at the current level.
    case hold
    /// Pain > 5/10, not settled next morning, or rising week on week: step back one stage.
    case stepBack

    /// Continue < hold < step back.
    public static func < (a: PainZone, b: PainZone) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The zone of the latest run, with the reasons (`PainMonitoring.evaluate`).
public struct PainMonitoring: Sendable, Hashable {
    /// During-run pain at or below this: continue (8.11: stricter than Silbernagel's 5, R71).
    public static let continueAtMost = 3.0
    /// During-run pain above this: step back (R71, 8.11).
    public static let holdAtMost = 5.0
    /// Next-morning pain at or below this counts as settled when there is no earlier morning to
    /// compare with (Silbernagel's 0-2 "safe" zone, R71).
    public static let settledDefault = 2.0
    /// Earlier mornings within this many days set the runner's own baseline.
    public static let baselineDays = 14
    /// A rise of the weekly mean pain by at least this much is a rising trend (8.11; half the
    /// 2-point NPRS minimal important change, R23, so a trend is caught before it is large).
    public static let weeklyRise = 1.0

    /// The zone the latest run puts the runner in.
    public var zone: PainZone
    /// The run's diary entry the zone is for.
    public var entry: PainEntry
    /// Plain sentences, one per rule that applied.
    public var reasons: [String]
    /// True when the next-morning pain of that run is not logged yet.
    public var nextMorningPending: Bool

    /// Reads the diary (any order) and judges its latest entry with pain during or after a run.
    /// `nil` when there is none.
    public static func evaluate(_ entries: [PainEntry]) -> PainMonitoring? {
        let sorted = entries.sorted { ($0.date, $0.id ?? 0) < ($1.date, $1.id ?? 0) }
        guard let latest = sorted.last(where: { $0.duringRun != nil || $0.afterRun != nil }) else { return nil }
        var zone = PainZone.continue
        var reasons: [String] = []
        if let d = latest.duringRun {
            if d > holdAtMost {
                zone = max(zone, .stepBack)
                reasons.append("Pain during the run was \(num(d))/10, above 5: step back one stage (clinical.md 8.11).")
            } else if d > continueAtMost {
                zone = max(zone, .hold)
                reasons.append("Pain during the run was \(num(d))/10 (4-5): stay at this level (clinical.md 8.11).")
            } else {
                reasons.append("Pain during the run was \(num(d))/10, at most 3: fine to continue (clinical.md 8.11).")
            }
        }
        let earlier = sorted.filter {
            $0.date < latest.date && latest.date.days(to: $0.date) >= -baselineDays && $0.nextMorning != nil
                && $0.activityID.map { $0 != latest.activityID } ?? true
        }
        let baseline = max(settledDefault, earlier.compactMap(\.nextMorning).min() ?? settledDefault)
        if let m = nextMorning(of: latest, in: sorted) {
            if m > baseline {
                zone = max(zone, .stepBack)
                reasons.append("Next morning the pain was \(num(m))/10, above your usual \(num(baseline)): it had not "
                    + "settled, so step back one stage (R71, clinical.md 8.11).")
            } else {
                reasons.append("Next morning the pain had settled (\(num(m))/10).")
            }
        }
        if let rise = weeklyChange(sorted, endingOn: latest.date), rise >= weeklyRise {
            zone = max(zone, .stepBack)
            reasons.append("Your average pain this week is \(num(rise)) points higher than the week before: a rising "
                + "trend means step back one stage (clinical.md 8.11).")
        }
        return PainMonitoring(zone: zone, entry: latest, reasons: reasons, nextMorningPending: nextMorning(of: latest, in: sorted) == nil)
    }

    /// The run's next-morning pain: on its own entry, or logged later as a separate entry for the
    /// same run (same activity id; without ids, the run's date or the day after).
    public static func nextMorning(of run: PainEntry, in entries: [PainEntry]) -> Double? {
        if let m = run.nextMorning { return m }
        return entries.last {
            $0.nextMorning != nil && $0.duringRun == nil && $0.afterRun == nil
                && ($0.activityID != nil
                    ? $0.activityID == run.activityID
                    : run.activityID == nil && ($0.date == run.date || $0.date == run.date.adding(days: 1)))
        }?.nextMorning
    }

    /// Mean pain (the worst of during, after and next morning per entry) in the 7 days ending on
    /// `day`, minus the mean of the 7 days before; `nil` when either week has no entry.
    public static func weeklyChange(_ entries: [PainEntry], endingOn day: LocalDate) -> Double? {
        func mean(_ from: Int, _ to: Int) -> Double? {
            let values = entries.filter {
                let d = day.days(to: $0.date)
                return d > -to && d <= -from
            }.compactMap { [$0.duringRun, $0.afterRun, $0.nextMorning].compactMap { $0 }.max() }
            return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
        guard let now = mean(0, 7), let before = mean(7, 14) else { return nil }
        return now - before
    }

    static func num(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(JSONWriter.round(d, 1)) }
}
