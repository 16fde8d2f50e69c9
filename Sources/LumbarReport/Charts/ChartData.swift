import LumbarCore

/// One week's running distance for the weekly-distance chart.
public struct WeeklyDistance: Sendable, Hashable {
    /// Monday of the ISO week.
    public var weekStart: LocalDate
    /// Distance run that week, km.
    public var km: Double

    /// Creates a week.
    public init(weekStart: LocalDate, km: Double) {
        self.weekStart = weekStart
        self.km = km
    }
}

/// One run with its logged pain, for the pain-against-runs chart.
public struct PainRunPoint: Sendable, Hashable {
    /// The run's local date.
    public var date: LocalDate
    /// Its distance, km.
    public var km: Double
    /// Pain after the run (0-10), if logged.
    public var painAfter: Double?

    /// Creates a point.
    public init(date: LocalDate, km: Double, painAfter: Double?) {
        self.date = date
        self.km = km
        self.painAfter = painAfter
    }
}

/// One core-endurance hold against its norm, for the core chart.
public struct CoreTimeBar: Sendable, Hashable {
    /// The test's name (`Trunk flexor`, `Side bridge right`, ...).
    public var name: String
    /// The runner's hold, seconds.
    public var seconds: Double
    /// The norm mean, seconds (e.g. McGill 1999, R41).
    public var norm: Double

    /// Creates a bar.
    public init(name: String, seconds: Double, norm: Double) {
        self.name = name
        self.seconds = seconds
        self.norm = norm
    }
}

/// The chart inputs of a report, as plain values; any may be empty.
public struct ReportCharts: Sendable, Hashable {
    /// Weekly distance, oldest first.
    public var weeklyDistance: [WeeklyDistance]
    /// Runs with pain, oldest first.
    public var painRuns: [PainRunPoint]
    /// Core holds against norms.
    public var coreTimes: [CoreTimeBar]

    /// Creates chart inputs.
    public init(weeklyDistance: [WeeklyDistance] = [], painRuns: [PainRunPoint] = [], coreTimes: [CoreTimeBar] = []) {
        self.weeklyDistance = weeklyDistance
        self.painRuns = painRuns
        self.coreTimes = coreTimes
    }
}
