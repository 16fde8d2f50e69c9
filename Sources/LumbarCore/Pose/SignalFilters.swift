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
        guard half > 0 else { return out }
        // Fixed scratch space and an insertion sort: the window is small (5-13 values).
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: 4 * half + 1)
        defer { scratch.deallocate() }
        let left = scratch, right = scratch + half, buffer = scratch + 2 * half
        values.withUnsafeBufferPointer { v in
            valid.withUnsafeBufferPointer { ok in
                for i in 0..<n where ok[i] {
                    var nl = 0, nr = 0
                    var j = i - 1
                    while j >= 0, i - j <= window, nl < half { if ok[j] { left[nl] = v[j]; nl += 1 }; j -= 1 }
                    j = i + 1
                    while j < n, j - i <= window, nr < half { if ok[j] { right[nr] = v[j]; nr += 1 }; j += 1 }
                    let k = min(nl, nr)
                    guard k > 0 else { continue }
                    buffer[0] = v[i]
                    var count = 1
                    for q in 0..<(2 * k) {
                        let x = q < k ? left[q] : right[q - k]
                        var p = count
                        while p > 0, buffer[p - 1] > x { buffer[p] = buffer[p - 1]; p -= 1 }
                        buffer[p] = x
                        count += 1
                    }
                    out[i] = buffer[k]
                }
            }
        }
        return out
    }

    /// The median of `values` (0 when empty).
    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        var s = values
        let m = s.count / 2
        let upper = select(&s, m)
        guard s.count % 2 == 0 else { return upper }
        // The lower middle is the largest of the entries left of `m` after selection.
        var lower = s[0]
        for k in 1..<m { lower = max(lower, s[k]) }
        return (lower + upper) / 2
    }

    /// Quickselect: reorders `a` so `a[k]` is the k-th smallest, smaller ones before it; returns it.
    static func select(_ a: inout [Double], _ k: Int) -> Double {
        var lo = 0, hi = a.count - 1
        while lo < hi {
            // Median of three as pivot keeps sorted or constant input fast.
            let mid = lo + (hi - lo) / 2
            let pivot = max(min(a[lo], a[mid]), min(max(a[lo], a[mid]), a[hi]))
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { break }
        }
        return a[k]
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
