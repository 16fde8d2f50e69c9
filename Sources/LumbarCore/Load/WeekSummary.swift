/// One ISO week (Monday to Sunday) of running, with its indicators taken at the week's last
/// day (Sunday, or the as-of date for the current week).
public struct WeekSummary: Sendable, Hashable {
    /// The Monday.
    public var weekStart: LocalDate
    /// The day the indicators are taken on: Sunday, or the as-of date in the current week.
    public var endDate: LocalDate
    /// ISO 8601 week-numbering year and week number.
    public var isoYear: Int
    /// ISO week number (1-53) within `isoYear`.
    public var isoWeek: Int
    /// Total distance up to `endDate`.
    public var distanceMeters: Double
    /// Total elapsed time.
    public var elapsedSeconds: Double
    /// Total moving time.
    public var movingSeconds: Double
    /// Total climb.
    public var ascentMeters: Double
    /// Total descent.
    public var descentMeters: Double
    /// Number of runs.
    public var runs: Int
    /// The week's longest single run.
    public var longestRunMeters: Double
    /// Sum of the week's daily loads (AU).
    public var load: Double
    /// Session-load methods used this week, best first.
    public var methods: [SessionLoadMethod]
    /// Distance of the week before.
    public var previousWeekMeters: Double
    /// Week-to-week distance change, (this ÷ previous − 1) × 100 (R68); nil when the week
    /// before had no running.
    public var changePercent: Double?
    /// Change above 30 % (Nielsen 2014, R68).
    public var isJump: Bool
    /// The week before was under the low-volume floor (10 km): the change is information only.
    public var lowVolume: Bool
    /// The acute:chronic ratio on `endDate` by the chosen method (information only).
    public var ratio: RatioReading
    /// Foster monotony and strain of the 7 days ending on `endDate` (nil with no running).
    public var monotony: Monotony?

    /// Longest run ÷ week distance (nil with no running).
    public var longRunShare: Double? {
        distanceMeters > 0 ? longestRunMeters / distanceMeters : nil
    }
    /// The as-of date falls inside the week.
    public var isPartial: Bool { endDate < weekStart.adding(days: 6) }

    /// The `count` ISO weeks ending with the week that holds `series.asOf`, oldest first.
    public static func weeks(series: LoadSeries, ratios: RatioHistory, count: Int) -> [WeekSummary] {
        guard count > 0 else { return [] }
        let lastMonday = series.asOf.weekStart
        return (0..<count).reversed().map { back in
            summary(monday: lastMonday.adding(days: -7 * back), series: series, ratios: ratios)
        }
    }

    static func summary(monday: LocalDate, series: LoadSeries, ratios: RatioHistory) -> WeekSummary {
        let end = min(monday.adding(days: 6), series.asOf)
        var total = DailyLoad(date: monday)
        var previous = 0.0
        for offset in 0..<7 {
            let day = series.day(monday.adding(days: offset))
            if day.date <= end { merge(day, into: &total) }
            previous += series.day(monday.adding(days: offset - 7)).distanceMeters
        }
        let change: Double? = previous > 0 ? (total.distanceMeters / previous - 1) * 100 : nil
        let iso = monday.isoWeek
        let last7 = (0..<7).map { series.day(end.adding(days: $0 - 6)).load }
        return WeekSummary(
            weekStart: monday, endDate: end, isoYear: iso.year, isoWeek: iso.week,
            distanceMeters: total.distanceMeters, elapsedSeconds: total.elapsedSeconds,
            movingSeconds: total.movingSeconds, ascentMeters: total.ascentMeters,
            descentMeters: total.descentMeters, runs: total.runs, longestRunMeters: total.longestRunMeters,
            load: total.load, methods: total.methods, previousWeekMeters: previous, changePercent: change,
            isJump: LoadThresholds.exceeds(change ?? 0, LoadThresholds.weeklyJumpPercent),
            lowVolume: previous < LoadThresholds.lowVolumeWeeklyMeters,
            ratio: ratios.reading(on: end, series: series), monotony: Monotony(dailyLoads: last7))
    }

    private static func merge(_ day: DailyLoad, into total: inout DailyLoad) {
        total.distanceMeters += day.distanceMeters
        total.elapsedSeconds += day.elapsedSeconds
        total.movingSeconds += day.movingSeconds
        total.ascentMeters += day.ascentMeters
        total.descentMeters += day.descentMeters
        total.runs += day.runs
        total.longestRunMeters = max(total.longestRunMeters, day.longestRunMeters)
        total.load += day.load
        for m in day.methods where !total.methods.contains(m) { total.methods.append(m) }
        total.methods.sort()
    }
}
