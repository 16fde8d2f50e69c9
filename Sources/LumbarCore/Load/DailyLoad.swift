import Dispatch

/// One calendar day of running: totals of the day's runs; a rest day has zeros and no runs.
public struct DailyLoad: Sendable, Hashable {
    /// The local calendar day.
    public var date: LocalDate
    /// Total distance of the day's runs.
    public var distanceMeters: Double = 0
    /// Total elapsed time.
    public var elapsedSeconds: Double = 0
    /// Total moving time (elapsed where a file has none).
    public var movingSeconds: Double = 0
    /// Total climb.
    public var ascentMeters: Double = 0
    /// Total descent.
    public var descentMeters: Double = 0
    /// Number of runs that day.
    public var runs: Int = 0
    /// The day's longest single run.
    public var longestRunMeters: Double = 0
    /// Sum of the day's session loads (AU, see `RunLoad`).
    public var load: Double = 0
    /// Methods used for the day's runs (empty on rest days), best first.
    public var methods: [SessionLoadMethod] = []

    /// A rest day.
    public init(date: LocalDate) { self.date = date }

    /// Adds one run to the day.
    public mutating func add(_ run: RunLoad) {
        distanceMeters += run.distanceMeters
        elapsedSeconds += run.elapsedSeconds
        movingSeconds += run.movingSeconds
        ascentMeters += run.ascentMeters
        descentMeters += run.descentMeters
        runs += 1
        longestRunMeters = max(longestRunMeters, run.distanceMeters)
        load += run.load
        if !methods.contains(run.method) {
            methods.append(run.method)
            methods.sort()
        }
    }
}

/// The runner's day-by-day series: every run measured, and every day from the first run to the
/// as-of date (rest days as zero, clinical.md 6.1 "rest days count as 0").
public struct LoadSeries: Sendable, Hashable {
    /// Runs up to the as-of date, in start order.
    public var runs: [RunLoad]
    /// One entry per day from the first run's date to `asOf`; empty when there are no runs.
    public var days: [DailyLoad]
    /// The last day of the series (the analysis date).
    public var asOf: LocalDate

    /// Keeps runs only (`Sport.isRunning`) whose local date is on or before `asOf`; the local
    /// date uses the run's own offset, else `fallbackOffsetSeconds`.
    public init(activities: [Activity], heartRate: HeartRateProfile, asOf: LocalDate, fallbackOffsetSeconds: Int) {
        // Starts beyond ±3,000 years of 1970 are corrupt files: left out rather than trapping.
        let dated: [(activity: Activity, date: LocalDate)] = activities.compactMap { activity in
            guard activity.sport.isRunning && abs(activity.start) < 1e11 else { return nil }
            let date = activity.localDate(fallbackOffsetSeconds: fallbackOffsetSeconds)
            return date <= asOf ? (activity, date) : nil
        }
        var measured = LoadSeries.measure(dated, heartRate: heartRate)
        measured.sort { ($0.start, $0.activityID?.rawValue ?? "") < ($1.start, $1.activityID?.rawValue ?? "") }
        self.init(runs: measured, asOf: asOf)
    }

    /// Each run's session load. Runs are independent, so a long history is measured in chunks on
    /// all cores; every run writes only its own slot, so the result is the same as one by one.
    static func measure(_ dated: [(activity: Activity, date: LocalDate)], heartRate: HeartRateProfile) -> [RunLoad] {
        let chunk = 256
        guard dated.count > chunk else { return dated.map { RunLoad(activity: $0.activity, date: $0.date, heartRate: heartRate) } }
        var slots = [RunLoad?](repeating: nil, count: dated.count)
        slots.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: (dated.count + chunk - 1) / chunk) { c in
                for i in (c * chunk)..<min(dated.count, (c + 1) * chunk) {
                    out[i] = RunLoad(activity: dated[i].activity, date: dated[i].date, heartRate: heartRate)
                }
            }
        }
        return slots.map { $0! }
    }

    /// A series from already measured runs (sorted by start).
    public init(runs: [RunLoad], asOf: LocalDate) {
        self.runs = runs
        self.asOf = asOf
        guard let first = runs.map(\.date).min() else {
            days = []
            return
        }
        let origin = first.daysSinceEpoch
        let count = max(0, origin.distance(to: asOf.daysSinceEpoch) + 1)
        var days = (0..<count).map { DailyLoad(date: LocalDate(daysSinceEpoch: origin + $0)) }
        for run in runs {
            let index = run.date.daysSinceEpoch - origin
            if index >= 0 && index < count { days[index].add(run) }
        }
        self.days = days
    }

    /// The first day of the series (the first run's date).
    public var firstDate: LocalDate? { days.first?.date }

    /// Index of `date` in `days` (may be out of range).
    public func index(of date: LocalDate) -> Int {
        guard let first = days.first else { return -1 }
        return date.daysSinceEpoch - first.date.daysSinceEpoch
    }

    /// The day's entry, or a rest day outside the series.
    public func day(_ date: LocalDate) -> DailyLoad {
        let i = index(of: date)
        return i >= 0 && i < days.count ? days[i] : DailyLoad(date: date)
    }

    /// Daily loads (AU) in series order.
    public var loads: [Double] { days.map(\.load) }
}
