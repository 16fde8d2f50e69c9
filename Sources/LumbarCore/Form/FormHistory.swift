/// Form across runs: each run's form, the long runs, how the decay index trends over them and
/// relates to run length, and the findings for the cause engine.
public struct FormHistory: Sendable, Hashable {
    /// "Today", as given.
    public var asOf: LocalDate
    /// First day of the findings window (`asOf` minus `FormRules.windowDays - 1`).
    public var windowStart: LocalDate
    /// Every run up to `asOf`, oldest first.
    public var runs: [RunForm]
    /// The long runs among them: at least 60 min of running, or the longest quarter.
    public var longRuns: [RunForm]
    /// Least-squares slope of the decay index across long runs, per 7 days (positive = form
    /// holds up less and less); nil with fewer than 3 long runs that could be judged.
    public var decayTrendPerWeek: Double?
    /// Spearman rank correlation of the decay index with running time, over every judged run
    /// (positive = longer runs decay more); nil with fewer than 4 judged runs.
    public var decayVersusDuration: Double?
    /// Findings (origin `form`) for the cause engine.
    public var findings: [Finding]

    /// Creates a history.
    public init(asOf: LocalDate, windowStart: LocalDate, runs: [RunForm], longRuns: [RunForm],
                decayTrendPerWeek: Double?, decayVersusDuration: Double?, findings: [Finding]) {
        self.asOf = asOf
        self.windowStart = windowStart
        self.runs = runs
        self.longRuns = longRuns
        self.decayTrendPerWeek = decayTrendPerWeek
        self.decayVersusDuration = decayVersusDuration
        self.findings = findings
    }
}

extension FormAnalysis {
    /// Form across the runs among `activities` dated up to `asOf`, with findings over the last
    /// `rules.windowDays` days (clinical.md 8.4-8.6). Non-running activities are ignored.
    public static func history(
        _ activities: [Activity], asOf: LocalDate, rules: FormRules = .standard,
        sensor: DynamicsSensor = .heartRateMonitor, fallbackOffsetSeconds: Int = 0
    ) -> FormHistory {
        let runs = activities
            .filter { $0.sport.isRunning && $0.localDate(fallbackOffsetSeconds: fallbackOffsetSeconds) <= asOf }
            .sorted { $0.start < $1.start }
            .map { run($0, rules: rules, sensor: sensor, fallbackOffsetSeconds: fallbackOffsetSeconds) }
        let long = longRuns(runs, rules: rules)
        let judgedLong = long.filter { $0.drift.decayIndex != nil }
        let trend: Double? = judgedLong.count >= 3
            ? Statistics.slope(judgedLong.map { Double($0.date.daysSinceEpoch) / 7 }, judgedLong.map { $0.drift.decayIndex! })
            : nil
        let judged = runs.filter { $0.drift.decayIndex != nil }
        let rho: Double? = judged.count >= 4
            ? Statistics.spearman(judged.map(\.drift.decayIndex!), judged.map(\.runningSeconds)) : nil
        let windowStart = asOf.adding(days: 1 - rules.windowDays)
        let window = runs.filter { $0.date >= windowStart }
        let longIDs = Set(long.map(\.start))
        let findings = FormFindings.make(window: window, isLong: { longIDs.contains($0.start) }, rules: rules)
        return FormHistory(asOf: asOf, windowStart: windowStart, runs: runs, longRuns: long,
                           decayTrendPerWeek: trend, decayVersusDuration: rho, findings: findings)
    }

    /// Runs with at least `longRunSeconds` of running, or among the longest `longRunTopShare`.
    static func longRuns(_ runs: [RunForm], rules: FormRules) -> [RunForm] {
        guard !runs.isEmpty else { return [] }
        let durations = runs.map(\.runningSeconds).sorted(by: >)
        let topCount = max(1, Int((Double(runs.count) * rules.longRunTopShare).rounded(.up)))
        let cutoff = durations[topCount - 1]
        return runs.filter { $0.runningSeconds >= rules.longRunSeconds || ($0.runningSeconds >= cutoff && $0.runningSeconds > 0) }
    }
}
