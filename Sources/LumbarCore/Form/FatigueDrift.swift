/// What the drift between the first and last third of a run says.
public enum FatigueVerdict: String, Sendable, Hashable, Codable {
    /// Two or more of cadence, contact time and oscillation crossed their thresholds
    /// (clinical.md 8.6): form degrades with fatigue.
    case degrades
    /// Enough steady running and enough metrics, and fewer than two signs.
    case stable
    /// Too few samples at matched pace (and flat ground) in the first or last third.
    case notEnoughSteadyRunning
    /// Fewer than two of cadence, contact time and oscillation were recorded, so the
    /// "any two" rule cannot be applied.
    case notEnoughMetrics

    /// A sentence a runner understands.
    public var text: String {
        switch self {
        case .degrades: "form degrades with fatigue"
        case .stable: "form holds up to the end"
        case .notEnoughSteadyRunning: "not enough steady running to tell"
        case .notEnoughMetrics: "not enough running dynamics to tell (needs two of cadence, contact time, oscillation)"
        }
    }
}

/// How one metric changed from the first to the last third of running time at matched pace.
public struct MetricDrift: Sendable, Hashable {
    /// Which metric.
    public var metric: FormMetric
    /// Pace-matched mean in the first third, in `metric.unit`.
    public var firstThird: Double
    /// Pace-matched mean in the last third, in `metric.unit`.
    public var lastThird: Double
    /// The change: percent of the first third, or percentage points for balance.
    public var change: Double
    /// `%` (relative) or `pp` (percentage points, balance).
    public var changeUnit: String
    /// The threshold `change` is compared with (signed: -3 for cadence, +5 for contact time).
    public var threshold: Double
    /// Whether the change reached the threshold (balance: beyond it either way).
    public var flagged: Bool
    /// Matched samples in the first third.
    public var matchedSamplesFirst: Int
    /// Matched samples in the last third.
    public var matchedSamplesLast: Int

    /// Creates a drift row.
    public init(metric: FormMetric, firstThird: Double, lastThird: Double, change: Double, changeUnit: String,
                threshold: Double, flagged: Bool, matchedSamplesFirst: Int, matchedSamplesLast: Int) {
        self.metric = metric
        self.firstThird = firstThird
        self.lastThird = lastThird
        self.change = change
        self.changeUnit = changeUnit
        self.threshold = threshold
        self.flagged = flagged
        self.matchedSamplesFirst = matchedSamplesFirst
        self.matchedSamplesLast = matchedSamplesLast
    }

    /// Change divided by its threshold: 1 = exactly at the threshold, negative = the other way.
    public var normalised: Double { threshold == 0 ? 0 : change / threshold }
}

/// Fatigue drift within one run (clinical.md 5.4, 8.5, 8.6; R57).
public struct FatigueDrift: Sendable, Hashable {
    /// The verdict.
    public var verdict: FatigueVerdict
    /// Rows for cadence, contact time, oscillation and balance, where measurable.
    public var metrics: [MetricDrift]
    /// Form-decay index: the mean of `normalised` over cadence, contact time and oscillation
    /// (each change divided by its 8.6 threshold, so 1 = on average at the thresholds, 0 = no
    /// change, negative = form got better). nil unless the verdict is `degrades` or `stable`.
    public var decayIndex: Double?
    /// Where the first third ends, in running seconds from the first running sample.
    public var firstThirdEndsSeconds: Double
    /// Where the last third starts, in running seconds from the first running sample.
    public var lastThirdStartsSeconds: Double
    /// Samples left out of the drift because the grade was steeper than the limit.
    public var steepSamplesExcluded: Int

    /// Creates a drift result.
    public init(verdict: FatigueVerdict, metrics: [MetricDrift], decayIndex: Double?,
                firstThirdEndsSeconds: Double, lastThirdStartsSeconds: Double, steepSamplesExcluded: Int) {
        self.verdict = verdict
        self.metrics = metrics
        self.decayIndex = decayIndex
        self.firstThirdEndsSeconds = firstThirdEndsSeconds
        self.lastThirdStartsSeconds = lastThirdStartsSeconds
        self.steepSamplesExcluded = steepSamplesExcluded
    }

    /// The row of one metric, if measurable.
    public func drift(_ metric: FormMetric) -> MetricDrift? { metrics.first { $0.metric == metric } }

    /// Whether the first-to-last-third balance drift exceeded 1.5 percentage points (clinical.md 8.5).
    public var balanceDrifted: Bool { drift(.groundContactBalance)?.flagged ?? false }
}
