/// A feature of a run that may go with more pain ("which of my runs hurt?", product.md).
public enum RunFeature: String, Sendable, Hashable, CaseIterable {
    /// Distance in km.
    case distance
    /// Moving (or elapsed) time in minutes.
    case duration
    /// Average pace in minutes per km (higher = slower).
    case pace
    /// Descent in metres (downhill running extends the lumbar spine most, R59).
    case descent
    /// Whole days since the previous run.
    case daysSincePreviousRun
    /// Session spike in %: distance against the longest run of the previous 30 days (R69).
    case sessionSpike

    /// The unit the values are in.
    public var unit: String {
        switch self {
        case .distance: "km"
        case .duration: "min"
        case .pace: "min/km"
        case .descent: "m"
        case .daysSincePreviousRun: "days"
        case .sessionSpike: "%"
        }
    }

    /// Words for people.
    public var words: String {
        switch self {
        case .distance: "distance"
        case .duration: "duration"
        case .pace: "slower pace"
        case .descent: "descent"
        case .daysSincePreviousRun: "days since the previous run"
        case .sessionSpike: "session spike"
        }
    }
}

/// Which pain rating a correlation is about.
public enum PainOutcome: String, Sendable, Hashable, CaseIterable {
    /// Pain after the run (0-10).
    case afterRun
    /// Pain the next morning (0-10).
    case nextMorning

    /// Words for people.
    public var words: String { self == .afterRun ? "pain after the run" : "pain the next morning" }
}
