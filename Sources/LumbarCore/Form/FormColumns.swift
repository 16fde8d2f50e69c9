/// The fields the form analysis reads, copied out of the samples in one pass into compact
/// columns (NaN = not recorded or implausible, as `FormMetric.value(of:)` decides).
///
/// A `Sample` is ~224 bytes, so every pass over `[Sample]` streams the whole run through the
/// cache; the analysis makes five passes, over these 8-byte columns instead.
struct FormColumns {
    let count: Int
    var time: [Double]
    var speed: [Double]
    var altitude: [Double]
    var distance: [Double]
    /// `FormMetric.allCases.count` columns laid end to end: metric k of sample i is at `k * count + i`.
    var metrics: [Double]

    init(_ samples: [Sample]) {
        let n = samples.count
        count = n
        var time = [Double](repeating: .nan, count: n)
        var speed = [Double](repeating: .nan, count: n)
        var altitude = [Double](repeating: .nan, count: n)
        var distance = [Double](repeating: .nan, count: n)
        var metrics = [Double](repeating: .nan, count: n * FormMetric.allCases.count)
        samples.withUnsafeBufferPointer { buf in
            for i in 0..<n {
                let p = buf.baseAddress! + i
                if let t = p.pointee.time, t.isFinite { time[i] = t }
                if let v = p.pointee.speedMetersPerSecond, v.isFinite, v >= 0 { speed[i] = v }
                if let a = p.pointee.altitudeMeters, a.isFinite { altitude[i] = a }
                if let d = p.pointee.distanceMeters, d.isFinite { distance[i] = d }
                if let v = p.pointee.cadence, v > 0, v.isFinite { metrics[i] = v }
                if let v = p.pointee.groundContactTimeMilliseconds, v > 0, v.isFinite { metrics[n + i] = v }
                if let v = p.pointee.groundContactBalancePercent, v > 0, v < 100 { metrics[2 * n + i] = v }
                if let v = p.pointee.verticalOscillationMillimeters, v > 0, v.isFinite { metrics[3 * n + i] = v }
                if let v = p.pointee.verticalRatioPercent, v > 0, v.isFinite { metrics[4 * n + i] = v }
                if let v = p.pointee.stepLengthMillimeters, v > 0, v.isFinite { metrics[5 * n + i] = v }
            }
        }
        self.time = time
        self.speed = speed
        self.altitude = altitude
        self.distance = distance
        self.metrics = metrics
    }

    /// The column of one metric.
    func column(_ metric: FormMetric) -> ArraySlice<Double> {
        let k = FormMetric.allCases.firstIndex(of: metric)!
        return metrics[(k * count)..<((k + 1) * count)]
    }
}
