extension PlanInputs {
    /// Plan inputs from the runner's stored runs (non-runs ignored) and answers, for `asOf`:
    /// four rolling 7-day distances ending on `asOf` (oldest first), the longest run of the
    /// 30 days up to `asOf`, and the median sample cadence of those runs (100-250 spm only;
    /// lap averages when no samples carry cadence).
    public init(activities: [Activity], asOf: LocalDate, answers: Answers = Answers(), fallbackOffsetSeconds: Int = 0) {
        let runs = activities.filter { $0.sport.isRunning }
        let dated = runs.map { ($0, $0.localDate(fallbackOffsetSeconds: fallbackOffsetSeconds)) }
        var weekly = [Double](repeating: 0, count: 4)
        var recent: [Activity] = []
        for (run, date) in dated {
            let daysBack = date.days(to: asOf)
            guard daysBack >= 0 else { continue }
            if daysBack < 28 { weekly[3 - daysBack / 7] += (run.distanceMeters ?? 0) / 1000 }
            if daysBack < 30 { recent.append(run) }
        }
        let longest = recent.compactMap(\.distanceMeters).max().map { $0 / 1000 }
        self.init(
            recentWeeklyKm: dated.isEmpty ? [] : weekly,
            longestRunKm30Days: longest.flatMap { $0 > 0 ? $0 : nil },
            cadenceStepsPerMinute: PlanInputs.typicalCadence(recent), answers: answers)
    }

    /// Median running cadence of `runs` (steps per minute), from samples or else lap averages.
    static func typicalCadence(_ runs: [Activity]) -> Double? {
        let plausible: (Double) -> Bool = { $0.isFinite && (100...250).contains($0) }
        var values = runs.flatMap { $0.samples.compactMap(\.cadence) }.filter(plausible)
        if values.isEmpty { values = runs.flatMap { $0.laps.compactMap(\.averageCadence) }.filter(plausible) }
        guard !values.isEmpty else { return nil }
        values.sort()
        let mid = values.count / 2
        return values.count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2
    }
}
