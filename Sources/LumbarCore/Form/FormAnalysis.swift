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
        let samples = activity.samples
        let segments = RunningSegments(samples, rules: rules)
        let metrics = FormMetric.allCases
        var sums = [Double](repeating: 0, count: metrics.count)
        var squares = [Double](repeating: 0, count: metrics.count)
        var counts = [Int](repeating: 0, count: metrics.count)
        let shift: [Double] = [170, 250, 50, 90, 8, 1100]  // typical values: keeps the sums well conditioned
        var easyCadence = (sum: 0.0, n: 0)
        var easyContact = (sum: 0.0, n: 0)
        let easyCeiling = segments.medianSpeed ?? -1
        for i in samples.indices where segments.isRunning(i) {
            let s = samples[i]
            for k in 0..<metrics.count {
                guard let v = metrics[k].value(of: s) else { continue }
                let x = v - shift[k]
                sums[k] += x
                squares[k] += x * x
                counts[k] += 1
            }
            if let v = s.speedMetersPerSecond, v <= easyCeiling {
                if let c = FormMetric.cadence.value(of: s) { easyCadence.sum += c; easyCadence.n += 1 }
                if let g = FormMetric.groundContactTime.value(of: s) { easyContact.sum += g; easyContact.n += 1 }
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
        let grade = Grade.percent(samples, halfWindowMeters: rules.gradeHalfWindowMeters)
        let available = Set(summaries.map(\.metric))
        let drift = DriftCalculator.drift(samples, segments: segments, grade: grade, available: available, rules: rules)
        return RunForm(
            activityID: activity.id, date: activity.localDate(fallbackOffsetSeconds: fallbackOffsetSeconds),
            start: activity.start, runningSeconds: segments.runningSeconds, distanceMeters: activity.distanceMeters,
            totalSamples: samples.count, runningSamples: segments.runningCount,
            medianSpeedMetersPerSecond: segments.medianSpeed, metrics: summaries,
            easyCadence: easyCadence.n > 0 ? easyCadence.sum / Double(easyCadence.n) : nil,
            easyGroundContactMilliseconds: easyContact.n > 0 ? easyContact.sum / Double(easyContact.n) : nil,
            drift: drift)
    }
}
