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
        var time: [Double] = [], speed: [Double] = [], altitude: [Double] = [], distance: [Double] = []
        // Every element is written exactly once below, so the arrays start uninitialised (no
        // separate fill pass) and are written through pointers (no per-element checks) in the
        // one pass that touches the large `Sample` values.
        let width = FormMetric.allCases.count  // six columns, written in allCases order below
        let metrics = [Double](unsafeUninitializedCapacity: n * width) { m, metricsCount in
            time = [Double](unsafeUninitializedCapacity: n) { t, tc in
            speed = [Double](unsafeUninitializedCapacity: n) { sp, sc in
            altitude = [Double](unsafeUninitializedCapacity: n) { al, ac in
            distance = [Double](unsafeUninitializedCapacity: n) { di, dc in
                samples.withUnsafeBufferPointer { buf in
                    for i in 0..<n {
                        let s = buf.baseAddress! + i
                        let time = s.pointee.time ?? .nan
                        t[i] = time.isFinite ? time : .nan
                        let v = s.pointee.speedMetersPerSecond ?? .nan
                        sp[i] = v.isFinite && v >= 0 ? v : .nan
                        let a = s.pointee.altitudeMeters ?? .nan
                        al[i] = a.isFinite ? a : .nan
                        let d = s.pointee.distanceMeters ?? .nan
                        di[i] = d.isFinite ? d : .nan
                        m[i] = Self.positive(s.pointee.cadence)
                        m[n + i] = Self.positive(s.pointee.groundContactTimeMilliseconds)
                        let balance = s.pointee.groundContactBalancePercent ?? .nan
                        m[2 * n + i] = balance > 0 && balance < 100 ? balance : .nan
                        m[3 * n + i] = Self.positive(s.pointee.verticalOscillationMillimeters)
                        m[4 * n + i] = Self.positive(s.pointee.verticalRatioPercent)
                        m[5 * n + i] = Self.positive(s.pointee.stepLengthMillimeters)
                    }
                }
                dc = n
            }
                ac = n
            }
                sc = n
            }
                tc = n
            }
            metricsCount = n * width
        }
        self.time = time
        self.speed = speed
        self.altitude = altitude
        self.distance = distance
        self.metrics = metrics
    }

    /// A recorded, finite, positive value, else NaN (devices write 0 when a sensor drops out).
    @inline(__always)
    private static func positive(_ value: Double?) -> Double {
        let v = value ?? .nan
        return v > 0 && v.isFinite ? v : .nan
    }

    /// The column of one metric.
    func column(_ metric: FormMetric) -> ArraySlice<Double> {
        let k = FormMetric.allCases.firstIndex(of: metric)!
        return metrics[(k * count)..<((k + 1) * count)]
    }
}
