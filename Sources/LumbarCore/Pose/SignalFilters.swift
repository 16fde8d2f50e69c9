import Foundation

/// Small numeric filters used on keypoint tracks: running median, median absolute deviation,
/// linear gap filling and a zero-lag 2nd-order Butterworth low-pass. Pure functions on arrays.
public enum SignalFilters {
    /// A balanced running median: for each entry, the median of itself and the `k` nearest valid
    /// entries on each side, where `k` is the smaller of the valid counts found on the left and on
    /// the right within `window / 2` places (at most `window` frames away). Balancing keeps the
    /// median unbiased on a steady trend when neighbours are missing (a runner crossing the
    /// picture moves ~10 px a frame). `nil` where an entry is invalid or has no valid neighbour on
    /// one side (the ends): such entries are not judged.
    public static func runningMedian(_ values: [Double], valid: [Bool], window: Int) -> [Double?] {
        let half = window / 2
        let n = values.count
        var out = [Double?](repeating: nil, count: n)
        var buffer: [Double] = []
        buffer.reserveCapacity(window)
        var left: [Double] = [], right: [Double] = []
        for i in 0..<n where valid[i] {
            left.removeAll(keepingCapacity: true)
            right.removeAll(keepingCapacity: true)
            var j = i - 1
            while j >= 0, i - j <= window, left.count < half { if valid[j] { left.append(values[j]) }; j -= 1 }
            j = i + 1
            while j < n, j - i <= window, right.count < half { if valid[j] { right.append(values[j]) }; j += 1 }
            let k = min(left.count, right.count)
            guard k > 0 else { continue }
            buffer.removeAll(keepingCapacity: true)
            buffer.append(values[i])
            buffer.append(contentsOf: left.prefix(k))
            buffer.append(contentsOf: right.prefix(k))
            buffer.sort()
            out[i] = buffer[k]
        }
        return out
    }

    /// The median of `values` (0 when empty).
    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        let m = s.count / 2
        return s.count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2
    }

    /// The `p`-quantile (0...1) of `values` by nearest rank (0 when empty).
    public static func quantile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        let k = Int((p * Double(s.count - 1)).rounded())
        return s[min(max(k, 0), s.count - 1)]
    }

    /// Fills runs of invalid entries no longer than `maximumGap` that have valid entries on both
    /// sides, by linear interpolation. Returns the number of entries filled.
    @discardableResult
    public static func fillGaps(_ values: inout [Double], valid: inout [Bool], maximumGap: Int) -> Int {
        var filled = 0
        var i = 0
        let n = values.count
        while i < n {
            guard !valid[i] else { i += 1; continue }
            var j = i
            while j < n && !valid[j] { j += 1 }
            if i > 0, j < n, j - i <= maximumGap {
                let a = values[i - 1], b = values[j]
                let span = Double(j - i + 1)
                for k in i..<j {
                    values[k] = a + (b - a) * Double(k - i + 1) / span
                    valid[k] = true
                    filled += 1
                }
            }
            i = j
        }
        return filled
    }

    /// Zero-lag low-pass: a 2nd-order Butterworth run forward then backward over each run of
    /// valid entries (at least 12 long; shorter runs are left as they are). Ends are padded by
    /// odd reflection (as in SciPy's `filtfilt`) to keep them free of start-up transients.
    /// `cutoffHz` is the -3 dB point of the combined filter (Winter's 0.802 correction applied).
    public static func lowPass(_ values: inout [Double], valid: [Bool], cutoffHz: Double, sampleRate: Double) {
        let fc = cutoffHz / 0.802
        guard fc < 0.45 * sampleRate else { return }
        let k = tan(Double.pi * fc / sampleRate)
        let norm = 1 / (1 + 2.0.squareRoot() * k + k * k)
        let b0 = k * k * norm, b1 = 2 * b0, b2 = b0
        let a1 = 2 * (k * k - 1) * norm, a2 = (1 - 2.0.squareRoot() * k + k * k) * norm
        let coefficients = (b0, b1, b2, a1, a2)
        var i = 0
        let n = values.count
        while i < n {
            guard valid[i] else { i += 1; continue }
            var j = i
            while j < n && valid[j] { j += 1 }
            if j - i >= 12 {
                let filtered = filtfilt(Array(values[i..<j]), coefficients)
                for k in i..<j { values[k] = filtered[k - i] }
            }
            i = j
        }
    }

    private static func filtfilt(_ x: [Double], _ c: (Double, Double, Double, Double, Double)) -> [Double] {
        let pad = min(9, x.count - 1)
        var padded: [Double] = []
        padded.reserveCapacity(x.count + 2 * pad)
        for k in stride(from: pad, to: 0, by: -1) { padded.append(2 * x[0] - x[k]) }
        padded.append(contentsOf: x)
        for k in 1...pad { padded.append(2 * x[x.count - 1] - x[x.count - 1 - k]) }
        var y = pass(padded, c)
        y.reverse()
        y = pass(y, c)
        y.reverse()
        return Array(y[pad..<(pad + x.count)])
    }

    private static func pass(_ x: [Double], _ c: (Double, Double, Double, Double, Double)) -> [Double] {
        var y = [Double](repeating: 0, count: x.count)
        var x1 = x[0], x2 = x[0], y1 = x[0], y2 = x[0]
        for i in 0..<x.count {
            let v = c.0 * x[i] + c.1 * x1 + c.2 * x2 - c.3 * y1 - c.4 * y2
            x2 = x1; x1 = x[i]; y2 = y1; y1 = v
            y[i] = v
        }
        return y
    }
}
