/// Which samples of a run are running, and how much running time has passed at each.
///
/// Rule (design default, documented in `FormRules`): a sample is running when its cadence, if
/// recorded, is at least 130 spm (below is walking), and its speed, if recorded, is at least
/// 1.8 m/s and at least half the run's median running speed (below is a stop or walking break).
/// A sample with neither speed nor cadence is not counted. Running time is the sum of the gaps
/// before running samples, each gap capped at 10 s (auto-pause and signal loss count little).
public struct RunningSegments: Sendable, Hashable {
    /// Running seconds elapsed at each sample (counted from the first running sample), or -1
    /// for samples that are not running.
    public var runningSecondsAt: [Double]
    /// The gap credited to each running sample (0 for others).
    public var creditedSeconds: [Double]
    /// Total running time.
    public var runningSeconds: Double
    /// How many samples are running.
    public var runningCount: Int
    /// Median speed of candidate running samples, to 0.02 m/s; nil without speed.
    public var medianSpeed: Double?
    /// The speed below which a sample was not running.
    public var speedFloor: Double

    /// Classifies the samples of one run.
    public init(_ samples: [Sample], rules: FormRules = .standard) {
        self.init(FormColumns(samples), rules: rules)
    }

    init(_ columns: FormColumns, rules: FormRules) {
        let n = columns.count
        let minCadence = rules.minimumRunningCadenceStepsPerMinute
        let minSpeed = rules.minimumRunningSpeedMetersPerSecond
        let speed = columns.speed, time = columns.time
        let cadence = columns.metrics  // cadence is the first metric column: indices 0..<n
        // Median by histogram (0.02 m/s bins up to 15 m/s): linear time, exact to the bin.
        let binWidth = 0.02
        var histogram = [Int32](repeating: 0, count: 751)
        var candidates = 0
        for i in 0..<n {
            let c = cadence[i], v = speed[i]
            if c < minCadence { continue }  // NaN (not recorded) compares false: kept
            guard v >= minSpeed else { continue }  // NaN: no speed, not a candidate
            histogram[v >= 15 ? 750 : Int(v / binWidth)] += 1
            candidates += 1
        }
        var median: Double?
        if candidates > 0 {
            var seen = 0
            let half = (candidates + 1) / 2
            for bin in 0..<histogram.count {
                seen += Int(histogram[bin])
                if seen >= half { median = (Double(bin) + 0.5) * binWidth; break }
            }
        }
        let floor = max(minSpeed, (median ?? 0) * rules.minimumShareOfMedianSpeed)
        let maxGap = rules.maximumSampleGapSeconds

        var at = [Double](repeating: -1, count: n)
        var credited = [Double](repeating: 0, count: n)
        var total = 0.0
        var count = 0
        var previousTime = Double.nan
        for i in 0..<n {
            var gap = 1.0
            let t = time[i]
            if !t.isNaN {
                if !previousTime.isNaN { gap = min(max(t - previousTime, 0), maxGap) }
                previousTime = t
            }
            let c = cadence[i], v = speed[i]
            if c < minCadence { continue }
            if v.isNaN {
                if c.isNaN { continue }
            } else if v < floor {
                continue
            }
            if count > 0 { total += gap; credited[i] = gap }
            at[i] = total
            count += 1
        }
        runningSecondsAt = at
        creditedSeconds = credited
        runningSeconds = total
        runningCount = count
        medianSpeed = median
        speedFloor = floor
    }

    /// Whether sample `i` is running.
    @inlinable public func isRunning(_ i: Int) -> Bool { runningSecondsAt[i] >= 0 }
}
