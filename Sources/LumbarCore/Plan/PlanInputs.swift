/// The runner's numbers the plan uses, as plain values so the plan is testable without files.
public struct PlanInputs: Sendable, Hashable {
    /// Distance of the most recent complete weeks in km, oldest first (the last 4 are used).
    public var recentWeeklyKm: [Double]
    /// The longest single run of the last 30 days, km.
    public var longestRunKm30Days: Double?
    /// The runner's usual easy-pace cadence, steps per minute (from watch files or form findings).
    public var cadenceStepsPerMinute: Double?
    /// The answers (episode length, leg symptoms, what worsens it, current pain).
    public var answers: Answers

    /// Creates plan inputs.
    public init(
        recentWeeklyKm: [Double] = [], longestRunKm30Days: Double? = nil,
        cadenceStepsPerMinute: Double? = nil, answers: Answers = Answers()
    ) {
        self.recentWeeklyKm = recentWeeklyKm
        self.longestRunKm30Days = longestRunKm30Days
        self.cadenceStepsPerMinute = cadenceStepsPerMinute
        self.answers = answers
    }

    /// Mean of the last (up to) 4 weekly distances; nil without data.
    public var fourWeekAverageKm: Double? {
        let weeks = recentWeeklyKm.suffix(4).filter { $0.isFinite && $0 >= 0 }
        guard !weeks.isEmpty else { return nil }
        return weeks.reduce(0, +) / Double(weeks.count)
    }

    /// The longest run if it is a usable positive number.
    var longestRun: Double? {
        guard let km = longestRunKm30Days, km.isFinite, km > 0 else { return nil }
        return km
    }

    /// The cadence if it is a plausible running step rate (100-250 spm).
    var cadence: Double? {
        guard let c = cadenceStepsPerMinute, c.isFinite, (100...250).contains(c) else { return nil }
        return c
    }
}
