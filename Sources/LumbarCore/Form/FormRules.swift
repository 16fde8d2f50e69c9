/// Every threshold the form analysis uses, in one value with its source. `FormRules.standard`
/// holds the documented defaults; tests and researchers can pass their own.
public struct FormRules: Sendable, Hashable {
    // MARK: running segments (design choice, documented here)

    /// Slower than this is not running (stops, walking breaks): 1.8 m/s is 9:15 min/km, slower
    /// than almost any run and faster than almost any walk. Design default.
    public var minimumRunningSpeedMetersPerSecond = 1.8
    /// Also not running when slower than this share of the run's median running speed, so a
    /// brisk walk inside a fast runner's session is excluded. Design default.
    public var minimumShareOfMedianSpeed = 0.5
    /// Below this cadence a sample is walking whatever the speed (walking is ~100-125 spm,
    /// running rarely below 140; clinical.md 5.3 red band starts at 153). Design default.
    public var minimumRunningCadenceStepsPerMinute = 130.0
    /// A gap between samples longer than this counts only this long as running time (watch
    /// auto-pause, lost signal). Design default.
    public var maximumSampleGapSeconds = 10.0

    // MARK: fatigue drift (clinical.md 8.6 default, R57)

    /// Matched pace: speeds are grouped in bins whose edges are 10 % apart, so every sample of a
    /// bin lies within ±5 % of the bin's centre; thirds are compared bin by bin (clinical.md 8.6).
    public var paceBinWidthRatio = 1.10
    /// A bin counts only if both thirds hold at least this many samples in it.
    public var minimumSamplesPerBin = 5
    /// Not enough steady running to tell below this many matched samples in each third.
    public var minimumMatchedSamplesPerThird = 30
    /// ... or below this much matched running time in each third (2 minutes).
    public var minimumMatchedSecondsPerThird = 120.0
    /// Samples on a steeper grade are left out of the drift: hills change form by themselves
    /// (clinical.md 5.1 R59, 5.3 "balance moves away from 50/50 on hills"). Design default.
    public var maximumGradePercent = 4.0
    /// Grade is measured over this distance either side of a sample (barometric noise of
    /// ~0.3 m becomes < 0.5 % grade). Design default.
    public var gradeHalfWindowMeters = 50.0
    /// Cadence falling by at least this many percent counts as a fatigue sign (clinical.md 8.6).
    public var cadenceDropPercent = 3.0
    /// Ground contact rising by at least this many percent (clinical.md 8.6).
    public var groundContactRisePercent = 5.0
    /// Vertical oscillation rising by at least this many percent (clinical.md 8.6).
    public var oscillationRisePercent = 5.0
    /// This many signs of the three make "form degrades with fatigue" (clinical.md 8.6).
    public var signsForFatigue = 2
    /// Balance drifting by more than this many percentage points (clinical.md 8.5).
    public var balanceDriftPercentagePoints = 1.5

    // MARK: single-run flags

    /// Left or right share of ground contact beyond this is an imbalance (Garmin red band,
    /// R56; clinical.md 8.5).
    public var imbalancePercent = 52.2
    /// Overstride proxy: cadence below this at easy pace (clinical.md 8.4, orange/red band)...
    public var overstrideCadenceBelow = 160.0
    /// ... together with ground contact above this (clinical.md 8.4, orange band from 278 ms).
    public var overstrideContactAbove = 278.0

    // MARK: history

    /// A run is "long" from this much running time (or when among the longest quarter).
    public var longRunSeconds = 3600.0
    /// Share of the longest runs that count as long whatever their duration.
    public var longRunTopShare = 0.25
    /// Findings look at runs in this many days up to "today" (6 weeks: the re-test rhythm of
    /// clinical.md 8.7). Design default.
    public var windowDays = 42
    /// The fatigue-drift finding needs at least this share of the judged long runs (and of any
    /// other run that degraded) in the window to degrade, and at least one: one bad day (heat,
    /// illness) is not a pattern. Design default.
    public var minimumShareDegrading = 1.0 / 3.0
    /// Stable form needs at least this many judged long runs, none degrading.
    public var minimumStableLongRuns = 2

    /// The documented defaults.
    public static let standard = FormRules()

    /// Creates the defaults; change fields afterwards.
    public init() {}
}
