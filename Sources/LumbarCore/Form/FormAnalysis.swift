/// Running form from the watch: running dynamics per run, and how they drift with fatigue
/// (issue 6; clinical.md 5.2-5.4, 8.4-8.6; R55, R56, R57).
///
/// ```swift
/// let form = FormAnalysis.run(activity)
/// if form.drift.verdict == .degrades { ... }
/// let history = FormAnalysis.history(activities, asOf: today)
/// ```
public enum FormAnalysis {
    /// One run's form: metric means and spread over running samples only, Garmin zones,
    /// the easy-pace overstride proxy, balance and the fatigue drift.
    ///
    /// - Parameters:
    ///   - sensor: which Garmin band set to read vertical oscillation and ratio against.
    ///   - fallbackOffsetSeconds: the configured zone's offset, for runs whose file has none.
    public static func run(
        _ activity: Activity, rules: FormRules = .standard, sensor: DynamicsSensor = .heartRateMonitor,
        fallbackOffsetSeconds: Int = 0
    ) -> RunForm {
        let columns = FormColumns(activity.samples)
        let segments = RunningSegments(columns, rules: rules)
        let metrics = FormMetric.allCases
        let n = columns.count
        var sums = [Double](repeating: 0, count: metrics.count)
        var squares = [Double](repeating: 0, count: metrics.count)
        var counts = [Int](repeating: 0, count: metrics.count)
        let shift: [Double] = [170, 250, 50, 90, 8, 1100]  // typical values: keeps the sums well conditioned
        let values = columns.metrics
        let at = segments.runningSecondsAt
        values.withUnsafeBufferPointer { v in
            for k in 0..<metrics.count {
                var sum = 0.0, square = 0.0, count = 0
                let column = v.baseAddress! + k * n
                let center = shift[k]
                for i in 0..<n where at[i] >= 0 && !column[i].isNaN {
                    let x = column[i] - center
                    sum += x
                    square += x * x
                    count += 1
                }
                sums[k] = sum
                squares[k] = square
                counts[k] = count
            }
        }
        // Easy pace: the slower half of the running samples (speed at or below the median).
        var easyCadence = (sum: 0.0, n: 0)
        var easyContact = (sum: 0.0, n: 0)
        if let easyCeiling = segments.medianSpeed {
            for i in 0..<n where segments.runningSecondsAt[i] >= 0 && columns.speed[i] <= easyCeiling {
                let c = values[i], g = values[n + i]
                if !c.isNaN { easyCadence.sum += c; easyCadence.n += 1 }
                if !g.isNaN { easyContact.sum += g; easyContact.n += 1 }
            }
        }
        var summaries: [MetricSummary] = []
        for k in 0..<metrics.count where counts[k] > 0 {
            let n = Double(counts[k])
            let meanShifted = sums[k] / n
            let variance = counts[k] > 1 ? max(0, (squares[k] - n * meanShifted * meanShifted) / (n - 1)) : 0
            let mean = meanShifted + shift[k]
            summaries.append(MetricSummary(
                metric: metrics[k], mean: mean, standardDeviation: variance.squareRoot(), sampleCount: counts[k],
                zone: GarminZone.zone(of: metrics[k], mean: mean, sensor: sensor)))
        }
        let grade = Grade.percent(columns, halfWindowMeters: rules.gradeHalfWindowMeters)
        let available = Set(summaries.map(\.metric))
        let drift = DriftCalculator.drift(columns, segments: segments, grade: grade, available: available, rules: rules)
        return RunForm(
            activityID: activity.id, date: activity.localDate(fallbackOffsetSeconds: fallbackOffsetSeconds),
            start: activity.start, runningSeconds: segments.runningSeconds, distanceMeters: activity.distanceMeters,
            totalSamples: n, runningSamples: segments.runningCount,
            medianSpeedMetersPerSecond: segments.medianSpeed, metrics: summaries,
            easyCadence: easyCadence.n > 0 ? easyCadence.sum / Double(easyCadence.n) : nil,
            easyGroundContactMilliseconds: easyContact.n > 0 ? easyContact.sum / Double(easyContact.n) : nil,
            drift: drift)
    }
}
