/// Training load and overuse (issue 3): the weekly picture, single-run spikes, acute:chronic
/// ratios, monotony, and the findings the cause engine weighs (clinical.md 6 and 8.9-8.10).
///
/// Pure: "today" is `asOf`, the time zone is `fallbackOffsetSeconds`.
///
/// ```swift
/// let report = LoadReport.make(activities: runs, settings: settings, asOf: today)
/// report.findings   // sessionSpike, weeklyJump, steadyLoad, acuteChronicRatio, monotony
/// ```
public struct LoadReport: Sendable, Hashable {
    /// The analysis date: runs after it are ignored.
    public var asOf: LocalDate
    /// When the pain began, if known.
    public var onset: LocalDate?
    /// The day findings look back from: `onset`, else `asOf`.
    public var referenceDate: LocalDate
    /// The ratio method shown in weeks and findings.
    public var ratioMethod: RatioMethod
    /// Resting/max heart rate used for TRIMP and what was estimated.
    public var heartRate: HeartRateProfile
    /// Every run and every day up to `asOf`.
    public var series: LoadSeries
    /// The requested ISO weeks, oldest first.
    public var weeks: [WeekSummary]
    /// Every run >10 % over its 30-day longest, from the first shown week (or the 14 days
    /// before the reference day, if earlier) to `asOf`, in date order.
    public var spikes: [SessionSpike]
    /// The three ratios on the reference day.
    public var ratiosOnReference: [RatioReading]
    /// Monotony and strain of the 7 days ending on the reference day.
    public var monotonyOnReference: Monotony?
    /// The runner's usual range of the chosen ratio (nil with too little history).
    public var usualRange: UsualRange?
    /// Findings for the cause engine.
    public var findings: [Finding]
    /// Things the reader should know (estimated heart rates, mixed load methods).
    public var notes: [String]

    /// Runs the whole analysis.
    ///
    /// - Parameters:
    ///   - activities: stored activities; only runs count (`Sport.isRunning`).
    ///   - settings: resting/max heart rate, birth year, sex (missing values are estimated).
    ///   - asOf: the analysis date ("today"); later runs are ignored.
    ///   - onset: the day the pain began; findings look at the 14 days up to it (else up to `asOf`).
    ///   - fallbackOffsetSeconds: the configured zone's UTC offset, for runs without their own.
    ///   - acwr: the ratio method for weeks and findings (all three are on `ratiosOnReference`).
    ///   - weeks: how many ISO weeks to summarise, ending with the week of `asOf` (clamped to 1...520).
    public static func make(
        activities: [Activity], settings: RunnerSettings, asOf: LocalDate, onset: LocalDate? = nil,
        fallbackOffsetSeconds: Int = 0, acwr: RatioMethod = .ewma, weeks: Int = 12
    ) -> LoadReport {
        let profile = HeartRateProfile(settings: settings, asOf: asOf)
        let series = LoadSeries(
            activities: activities, heartRate: profile, asOf: asOf, fallbackOffsetSeconds: fallbackOffsetSeconds)
        let reference = min(onset ?? asOf, asOf)
        let allRatios = RatioMethod.allCases.map { RatioHistory(series: series, method: $0) }
        let chosen = allRatios.first { $0.method == acwr }!
        let weekList = WeekSummary.weeks(series: series, ratios: chosen, count: max(1, min(weeks, 520)))
        let allSpikes = SessionSpike.compare(series.runs)
        let from = min(weekList.first?.weekStart ?? asOf, reference.adding(days: -LoadThresholds.onsetWindowDays))
        let usual = chosen.usualRange(through: reference)

        // Findings see only what happened up to the reference day.
        let past = reference < asOf ? LoadSeries(runs: series.runs.filter { $0.date <= reference }, asOf: reference) : series
        let pastRatios = reference < asOf ? RatioHistory(series: past, method: acwr) : chosen
        let findings = LoadFindings.make(
            series: past, ratios: pastRatios, usualRange: usual, spikes: allSpikes, reference: reference,
            isOnset: onset != nil)

        var notes = profile.estimates
        let methods = Set(series.runs.filter { $0.date >= from }.map(\.method))
        if methods.count > 1 {
            notes.append(
                "Session loads mix methods (\(methods.sorted().map(\.label).joined(separator: ", "))): ratios compare loads measured in different units; log RPE for every run to make them comparable.")
        }
        for run in SessionSpike.withoutPreviousRun(series.runs) where run.date >= from {
            notes.append(
                "Run on \(LoadText.day(run.date)) \(run.date.year) (\(LoadText.km(run.distanceMeters))): no run in the previous 30 days, so no spike was computed.")
        }
        if series.runs.isEmpty { notes.append("No runs stored up to \(asOf).") }
        return LoadReport(
            asOf: asOf, onset: onset, referenceDate: reference, ratioMethod: acwr, heartRate: profile,
            series: series, weeks: weekList,
            spikes: allSpikes.filter { $0.isSpike && $0.date >= from },
            ratiosOnReference: allRatios.map { $0.reading(on: reference, series: series) },
            monotonyOnReference: Monotony(dailyLoads: (0..<7).map { series.day(reference.adding(days: $0 - 6)).load }),
            usualRange: usual, findings: findings, notes: notes)
    }
}
