/// One run with its features and the pain logged for it.
public struct DiaryRun: Sendable, Hashable {
    /// The run's local date.
    public var date: LocalDate
    /// The stored activity, when known.
    public var activityID: ActivityID?
    /// Feature values; a feature the run lacks is absent.
    public var features: [RunFeature: Double]
    /// Pain after the run (0-10), if logged.
    public var afterRun: Double?
    /// Pain the next morning (0-10), if logged.
    public var nextMorning: Double?

    /// Creates a diary run.
    public init(date: LocalDate, activityID: ActivityID? = nil, features: [RunFeature: Double],
                afterRun: Double? = nil, nextMorning: Double? = nil) {
        self.date = date
        self.activityID = activityID
        self.features = features
        self.afterRun = afterRun
        self.nextMorning = nextMorning
    }

    /// The pain value for an outcome.
    public func pain(_ outcome: PainOutcome) -> Double? {
        outcome == .afterRun ? afterRun : nextMorning
    }
}

/// One feature-outcome correlation over the runner's own runs.
public struct FeatureCorrelation: Sendable, Hashable {
    /// The run feature.
    public var feature: RunFeature
    /// The pain rating.
    public var outcome: PainOutcome
    /// Spearman's rho (-1...1).
    public var rho: Double
    /// Two-sided permutation p-value.
    public var pValue: Double
    /// Number of runs in the correlation.
    public var n: Int

    /// Creates a correlation.
    public init(feature: RunFeature, outcome: PainOutcome, rho: Double, pValue: Double, n: Int) {
        self.feature = feature
        self.outcome = outcome
        self.rho = rho
        self.pValue = pValue
        self.n = n
    }
}
