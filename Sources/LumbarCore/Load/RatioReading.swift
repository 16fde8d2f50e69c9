/// One day's acute:chronic ratio with the guards applied: either a value, or the reason it is
/// not shown. Information only (R64, R69).
public struct RatioReading: Sendable, Hashable {
    /// The day the ratio is taken on (the end of the acute window).
    public var date: LocalDate
    /// How the ratio is computed.
    public var method: RatioMethod
    /// The ratio, nil when not shown (see `unavailableReason`).
    public var value: Double?
    /// Why there is no value, in words ("not enough history: ...").
    public var unavailableReason: String?
    /// Mean weekly distance over the 28 days ending on `date`.
    public var chronicWeeklyMeters: Double
    /// Runs in the 28 days ending on `date`.
    public var chronicRuns: Int
    /// Below the low-volume floor (`LoadThresholds.lowVolumeWeeklyMeters`): shown, but the
    /// small denominator makes it jumpy.
    public var lowVolume: Bool
}

/// Ratios of every day of a series by one method, with the history guards
/// (≥ 21 days of history in the 28-day window and ≥ 6 runs in it, documented defaults).
public struct RatioHistory: Sendable, Hashable {
    /// How the ratio is computed.
    public var method: RatioMethod
    /// One reading per day of the series.
    public var readings: [RatioReading]

    /// Computes every day's ratio of `series` by `method` and applies the guards.
    public init(series: LoadSeries, method: RatioMethod) {
        self.method = method
        let raw = AcuteChronic.ratios(series.loads, method: method)
        let runSums = AcuteChronic.prefixSums(series.days.map { Double($0.runs) })
        let distanceSums = AcuteChronic.prefixSums(series.days.map(\.distanceMeters))
        var readings: [RatioReading] = []
        readings.reserveCapacity(raw.count)
        for (t, ratio) in raw.enumerated() {
            let historyDays = min(28, t + 1)
            let runs = Int(AcuteChronic.window(runSums, t - 27, t).rounded())
            let weekly = AcuteChronic.window(distanceSums, t - 27, t) / 4
            var reason: String?
            if historyDays < LoadThresholds.minimumChronicDays {
                reason = "not enough history: \(historyDays) days of running history, \(LoadThresholds.minimumChronicDays) needed in the 28-day window"
            } else if runs < LoadThresholds.minimumChronicRuns {
                reason = "not enough history: \(runs) runs in the last 28 days, \(LoadThresholds.minimumChronicRuns) needed"
            } else if ratio == nil {
                reason = "no load in the chronic window"
            }
            readings.append(
                RatioReading(
                    date: series.days[t].date, method: method, value: reason == nil ? ratio : nil,
                    unavailableReason: reason, chronicWeeklyMeters: weekly, chronicRuns: runs,
                    lowVolume: weekly < LoadThresholds.lowVolumeWeeklyMeters))
        }
        self.readings = readings
    }

    /// The reading of `date`; a "no running history" reading outside the series.
    public func reading(on date: LocalDate, series: LoadSeries) -> RatioReading {
        let i = series.index(of: date)
        if i >= 0 && i < readings.count { return readings[i] }
        return RatioReading(
            date: date, method: method, value: nil,
            unavailableReason: "not enough history: no runs before this date", chronicWeeklyMeters: 0,
            chronicRuns: 0, lowVolume: true)
    }

    /// The runner's usual range: the 10th-90th percentile of their own shown ratios up to
    /// `through` (low-volume days left out); nil with fewer than 28 such days. Not a risk zone.
    public func usualRange(through: LocalDate) -> UsualRange? {
        let values = readings.compactMap { r -> Double? in
            r.date <= through && !r.lowVolume ? r.value : nil
        }.sorted()
        guard values.count >= LoadThresholds.usualRangeMinimumDays else { return nil }
        let p = LoadThresholds.usualRangePercentiles
        return UsualRange(
            low: Percentile.sorted(values, p.low), median: Percentile.sorted(values, 50),
            high: Percentile.sorted(values, p.high), days: values.count)
    }
}

/// The runner's own usual ratio range (percentiles of their history), drawn instead of the
/// contested 0.8-1.3 "sweet spot" (R60 vs R64, R69).
public struct UsualRange: Sendable, Hashable {
    /// 10th percentile.
    public var low: Double
    /// 50th percentile.
    public var median: Double
    /// 90th percentile.
    public var high: Double
    /// Days of history behind it.
    public var days: Int
}

/// Percentiles by linear interpolation between order statistics (Hyndman & Fan type 7, the
/// default of R and NumPy).
public enum Percentile {
    /// `p` in 0...100 of an ascending array (NaN when empty).
    public static func sorted(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let h = Double(values.count - 1) * min(100, max(0, p)) / 100
        let lo = Int(h.rounded(.down))
        let hi = min(values.count - 1, lo + 1)
        return values[lo] + (h - Double(lo)) * (values[hi] - values[lo])
    }
}
