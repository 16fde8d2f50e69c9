/// Road grade at each sample, from altitude over distance (used to keep hills out of the drift:
/// clinical.md 5.1 R59, 5.3 R56 "balance moves away from 50/50 on hills").
public enum Grade {
    /// Grade in percent at each sample, or nil when the run has no altitude.
    ///
    /// Distance is the recorded cumulative distance, else speed integrated over time. Grade at a
    /// sample is the altitude change across `halfWindowMeters` either side divided by the
    /// distance between those points; NaN where altitude is missing or the window is shorter
    /// than one half-window (start, stops).
    public static func percent(_ samples: [Sample], halfWindowMeters: Double) -> [Double]? {
        percent(FormColumns(samples), halfWindowMeters: halfWindowMeters)
    }

    static func percent(_ c: FormColumns, halfWindowMeters: Double) -> [Double]? {
        let n = c.count
        guard c.altitude.contains(where: { !$0.isNaN }) else { return nil }
        var distance = [Double](repeating: 0, count: n)
        var d = 0.0
        var previousTime = Double.nan
        for i in 0..<n {
            let rec = c.distance[i], v = c.speed[i], t = c.time[i]
            if !rec.isNaN {
                d = max(d, rec)
            } else if v > 0, !t.isNaN, !previousTime.isNaN {
                d += v * min(max(t - previousTime, 0), 10)
            }
            if !t.isNaN { previousTime = t }
            distance[i] = d
        }
        let altitude = c.altitude
        var grade = [Double](repeating: .nan, count: n)
        var lo = 0
        var hi = 0
        for i in 0..<n {
            while lo < i && distance[lo] < distance[i] - halfWindowMeters { lo += 1 }
            if hi < i { hi = i }
            while hi + 1 < n && distance[hi + 1] <= distance[i] + halfWindowMeters { hi += 1 }
            let span = distance[hi] - distance[lo]
            guard span >= halfWindowMeters else { continue }
            grade[i] = (altitude[hi] - altitude[lo]) / span * 100  // NaN when either altitude is missing
        }
        return grade
    }
}
