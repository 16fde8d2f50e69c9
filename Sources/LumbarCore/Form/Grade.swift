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
        let n = samples.count
        guard samples.contains(where: { $0.altitudeMeters?.isFinite == true }) else { return nil }
        var distance = [Double](repeating: 0, count: n)
        var altitude = [Double](repeating: .nan, count: n)
        var d = 0.0
        var previousTime: Double?
        for i in 0..<n {
            let s = samples[i]
            if let rec = s.distanceMeters, rec.isFinite {
                d = max(d, rec)
            } else if let v = s.speedMetersPerSecond, v.isFinite, v > 0, let t = s.time, let p = previousTime {
                d += v * min(max(t - p, 0), 10)
            }
            if let t = s.time { previousTime = t }
            distance[i] = d
            if let a = s.altitudeMeters, a.isFinite { altitude[i] = a }
        }
        var grade = [Double](repeating: .nan, count: n)
        var lo = 0
        var hi = 0
        for i in 0..<n {
            while lo < i && distance[lo] < distance[i] - halfWindowMeters { lo += 1 }
            if hi < i { hi = i }
            while hi + 1 < n && distance[hi + 1] <= distance[i] + halfWindowMeters { hi += 1 }
            let span = distance[hi] - distance[lo]
            guard span >= halfWindowMeters else { continue }
            let rise = altitude[hi] - altitude[lo]
            if rise.isFinite { grade[i] = rise / span * 100 }
        }
        return grade
    }
}
