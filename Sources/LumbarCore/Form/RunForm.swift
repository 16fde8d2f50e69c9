/// Mean and spread of one metric over a run's running samples, with its Garmin zone.
public struct MetricSummary: Sendable, Hashable {
    /// Which metric.
    public var metric: FormMetric
    /// Mean over running samples, in `metric.unit`.
    public var mean: Double
    /// Sample standard deviation over running samples, in `metric.unit` (0 with one sample).
    public var standardDeviation: Double
    /// How many running samples recorded it.
    public var sampleCount: Int
    /// Garmin percentile zone of the mean (clinical.md 5.3, R56); nil for step length.
    public var zone: GarminZone?

    /// Creates a summary.
    public init(metric: FormMetric, mean: Double, standardDeviation: Double, sampleCount: Int, zone: GarminZone?) {
        self.metric = metric
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.sampleCount = sampleCount
        self.zone = zone
    }
}

/// A run's form: where each metric sits, easy-pace overstride proxy, balance, fatigue drift.
public struct RunForm: Sendable, Hashable {
    /// The activity's id (nil when it was not stored).
    public var activityID: ActivityID?
    /// The runner's local date of the start.
    public var date: LocalDate
    /// UTC seconds of the start.
    public var start: Double
    /// Running time used (stops and walking breaks left out), in seconds.
    public var runningSeconds: Double
    /// The activity's recorded distance, if any.
    public var distanceMeters: Double?
    /// Samples in the activity.
    public var totalSamples: Int
    /// Samples classed as running.
    public var runningSamples: Int
    /// Median speed of the running samples (0.02 m/s resolution), if speed was recorded.
    public var medianSpeedMetersPerSecond: Double?
    /// One summary per metric the run recorded, in `FormMetric.allCases` order.
    public var metrics: [MetricSummary]
    /// Cadence at easy pace (the slower half of running samples), for the overstride proxy.
    public var easyCadence: Double?
    /// Ground contact at easy pace, for the overstride proxy.
    public var easyGroundContactMilliseconds: Double?
    /// The fatigue drift between the first and last third at matched pace.
    public var drift: FatigueDrift

    /// Creates a run's form.
    public init(
        activityID: ActivityID?, date: LocalDate, start: Double, runningSeconds: Double,
        distanceMeters: Double?, totalSamples: Int, runningSamples: Int,
        medianSpeedMetersPerSecond: Double?, metrics: [MetricSummary], easyCadence: Double?,
        easyGroundContactMilliseconds: Double?, drift: FatigueDrift
    ) {
        self.activityID = activityID
        self.date = date
        self.start = start
        self.runningSeconds = runningSeconds
        self.distanceMeters = distanceMeters
        self.totalSamples = totalSamples
        self.runningSamples = runningSamples
        self.medianSpeedMetersPerSecond = medianSpeedMetersPerSecond
        self.metrics = metrics
        self.easyCadence = easyCadence
        self.easyGroundContactMilliseconds = easyGroundContactMilliseconds
        self.drift = drift
    }

    /// The summary of one metric, if the run recorded it.
    public func summary(_ metric: FormMetric) -> MetricSummary? { metrics.first { $0.metric == metric } }

    /// Whether the run has running dynamics beyond cadence (contact time or oscillation).
    public var hasRunningDynamics: Bool {
        summary(.groundContactTime) != nil || summary(.verticalOscillation) != nil
    }

    /// The larger side's share of ground contact, e.g. 53.1 for 46.9 % left; nil without balance.
    public var largerSideSharePercent: Double? {
        summary(.groundContactBalance).map { max($0.mean, 100 - $0.mean) }
    }

    /// "left" or "right": the side with more ground contact; nil without balance or when even.
    public var heavierSide: String? {
        guard let m = summary(.groundContactBalance)?.mean, m != 50 else { return nil }
        return m > 50 ? "left" : "right"
    }

    /// Balance beyond the threshold either side (clinical.md 8.5, Garmin red band R56).
    public func isImbalanced(_ rules: FormRules = .standard) -> Bool {
        (largerSideSharePercent ?? 0) > rules.imbalancePercent
    }

    /// Overstride proxy of clinical.md 8.4: cadence below 160 spm and contact above 278 ms at easy pace.
    public func meetsOverstrideProxy(_ rules: FormRules = .standard) -> Bool {
        guard let c = easyCadence, let g = easyGroundContactMilliseconds else { return false }
        return c < rules.overstrideCadenceBelow && g > rules.overstrideContactAbove
    }
}
