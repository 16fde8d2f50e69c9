/// A run's cadence, contact time and oscillation over running time, averaged into buckets, for
/// charts (stops and walking breaks left out, as in the analysis).
public struct FormSeries: Sendable, Hashable {
    /// One bucket's mean of one metric.
    public struct Point: Sendable, Hashable {
        /// Running seconds at the bucket's middle.
        public var seconds: Double
        /// Mean value in `metric.unit`.
        public var value: Double
    }

    /// Points per metric (only metrics the run recorded), in `FormSeries.metrics` order.
    public var lines: [(metric: FormMetric, points: [Point])]
    /// Total running time.
    public var runningSeconds: Double
    /// Where the first third ends and the last third starts, in running seconds.
    public var firstThirdEndsSeconds: Double
    /// Where the last third starts, in running seconds.
    public var lastThirdStartsSeconds: Double

    /// The metrics charted: the three fatigue signs of clinical.md 8.6.
    public static let metrics: [FormMetric] = [.cadence, .groundContactTime, .verticalOscillation]

    /// Equal when the same lines and thirds.
    public static func == (a: FormSeries, b: FormSeries) -> Bool {
        a.runningSeconds == b.runningSeconds && a.firstThirdEndsSeconds == b.firstThirdEndsSeconds
            && a.lines.map(\.metric) == b.lines.map(\.metric) && a.lines.map(\.points) == b.lines.map(\.points)
    }

    /// Hashes running time and points.
    public func hash(into h: inout Hasher) { h.combine(runningSeconds); h.combine(lines.map(\.points)) }

    /// Buckets the running samples of `activity` into `buckets` equal slices of running time.
    public init(_ activity: Activity, buckets: Int = 120, rules: FormRules = .standard) {
        let columns = FormColumns(activity.samples)
        let segments = RunningSegments(columns, rules: rules)
        let total = segments.runningSeconds
        let n = max(1, buckets)
        var result: [(metric: FormMetric, points: [Point])] = []
        for metric in Self.metrics {
            var sum = [Double](repeating: 0, count: n)
            var count = [Int](repeating: 0, count: n)
            let values = columns.column(metric)
            for i in 0..<columns.count where segments.isRunning(i) {
                let v = values[values.startIndex + i]
                guard !v.isNaN else { continue }
                let b = total > 0 ? min(n - 1, Int(segments.runningSecondsAt[i] / total * Double(n))) : 0
                sum[b] += v
                count[b] += 1
            }
            let points = (0..<n).compactMap { b in
                count[b] > 0 ? Point(seconds: (Double(b) + 0.5) * total / Double(n), value: sum[b] / Double(count[b])) : nil
            }
            if !points.isEmpty { result.append((metric, points)) }
        }
        lines = result
        runningSeconds = total
        firstThirdEndsSeconds = total / 3
        lastThirdStartsSeconds = total * 2 / 3
    }
}
