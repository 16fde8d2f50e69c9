/// Every number the load analysis compares with, in one place, each with its source
/// (R-numbers and section numbers refer to `docs/clinical.md`).
public enum LoadThresholds {
    /// Days before a run searched for the longest previous run: 30 (Frandsen 2025, R69).
    public static let spikeLookbackDays = 30
    /// A run counts as a spike when it is more than 10 % longer than the longest run of the
    /// previous 30 days (Frandsen 2025, R69: ≤10 % is the reference band).
    public static let spikePercent = 10.0
    /// Upper edge of the "small" spike band, >10-30 % (R69).
    public static let smallSpikeUpperPercent = 30.0
    /// Upper edge of the "moderate" spike band, >30-100 % (R69).
    public static let moderateSpikeUpperPercent = 100.0
    /// Days before the pain began in which spikes and weekly jumps become findings: 14
    /// (clinical.md 8.9 default). The onset day itself is included (a run that day may be the
    /// trigger: documented choice).
    public static let onsetWindowDays = 14
    /// A week more than 30 % longer than the week before is a "weekly jump" (Nielsen 2014, R68).
    public static let weeklyJumpPercent = 30.0

    /// Days of history needed inside the 28-day chronic window before a ratio is shown
    /// (clinical.md 6.1: EWMA "needs ~28 days to stabilise"; 21 of 28 is a documented default).
    public static let minimumChronicDays = 21
    /// Runs needed in the 28-day chronic window before a ratio is shown (documented default).
    public static let minimumChronicRuns = 6
    /// Chronic (28-day mean weekly) distance under which the runner is "low volume": ratios and
    /// weekly percentages are shown as information only, since tiny denominators give huge
    /// percentages. 10 km a week (documented default, clinical.md 8.9).
    public static let lowVolumeWeeklyMeters = 10_000.0
    /// Longest run of the previous 30 days under which a spike is information only: 3 km
    /// (documented default, clinical.md 8.9): 2 km after a 1.5 km jog is +33 % of very little.
    public static let lowVolumeLongestMeters = 3_000.0

    /// Foster monotony above which the week gets a "low variety" note: 2.0 (R66 [s]; clinical.md
    /// 8.10: no effect on the cause estimate).
    public static let highMonotony = 2.0
    /// Monotony when the seven daily loads are all equal (SD 0) or the ratio is larger: 10
    /// (clinical.md 6.1: "cap it, e.g. 10").
    public static let monotonyCap = 10.0

    /// Acute EWMA span, days (Williams 2017, R61): λ = 2/(7+1) = 0.25.
    public static let ewmaAcuteDays = 7
    /// Chronic EWMA span, days (R61): λ = 2/(28+1) ≈ 0.069.
    public static let ewmaChronicDays = 28
    /// Percentiles of the runner's own ratio history drawn as their "usual range" (documented
    /// default): 10th to 90th. Not a risk zone (R64, R69).
    public static let usualRangePercentiles = (low: 10.0, high: 90.0)
    /// Days with a ratio needed before a usual range is shown (documented default).
    public static let usualRangeMinimumDays = 28

    /// Resting heart rate assumed when the runner has not given one (documented default: a
    /// typical adult value; the output says it is estimated).
    public static let defaultRestingHeartRate = 60.0
    /// Maximum heart rate assumed when neither a measured maximum nor a birth year is known
    /// (documented default; the output says so).
    public static let defaultMaxHeartRate = 190.0
    /// Heart-rate samples further apart than this are a pause, not integrated (documented default).
    public static let heartRateGapSeconds = 30.0
    /// Share of a run's duration its heart-rate samples must cover before TRIMP is integrated
    /// from them instead of the average heart rate (documented default).
    public static let heartRateCoverage = 0.5

    /// Whether a percentage is above a threshold, ignoring floating-point noise below 1e-9
    /// (14.8 ÷ 10 − 1 is 0.48000000000000004: a change shown as "30 %" is not "over 30 %").
    @inline(__always)
    public static func exceeds(_ value: Double, _ threshold: Double) -> Bool { value > threshold + 1e-9 }
}
