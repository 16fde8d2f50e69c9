/// Finds foot contacts from cleaned keypoints (works from the side and from the front).
///
/// A foot is on the ground while its lowest point (the largest image y of ankle, heel and toe)
/// is within `contactToleranceLegLengths` of the local ground level, the lowest foot point of
/// either foot within +/-0.5 s. Initial contact is the first frame of such a run (the moment the
/// descending foot reaches the ground: the end of its downward velocity); runs shorter than
/// 40 ms are noise, runs longer than 1 s are not running (standing or walking) and are skipped.
public enum GaitEventDetector {
    /// Contact tolerance in leg lengths (about 4-5 cm): design default, above keypoint noise
    /// after smoothing and below the ~10 cm the swing foot clears the ground.
    public static let contactToleranceLegLengths = 0.05
    /// The share of the tolerance that marks initial contact inside a contact run (the tolerance
    /// catches the run; contact is where the foot is within 60 % of it, about 2.5 cm).
    public static let refinedContactShare = 0.6

    /// The steps, ordered by initial contact.
    public static func detect(_ s: PoseSequence, view: ViewEstimate, legLength: Double) -> [GaitStep] {
        let n = s.frameCount
        guard n > 2 else { return [] }
        var low: [[Double?]] = []
        for side in BodySide.allCases {
            low.append((0..<n).map { f in
                [s[side.ankle, f], s[side.heel, f], s[side.toe, f]].compactMap { $0?.y }.max()
            })
        }
        let ground = slidingMax(low, half: max(1, Int(0.5 * s.framesPerSecond)))
        let tolerance = contactToleranceLegLengths * legLength
        let minimumRun = max(2, Int((0.04 * s.framesPerSecond).rounded(.up)))
        let maximumRun = Int(1.0 * s.framesPerSecond)
        var contacts: [(side: BodySide, start: Int, end: Int)] = []
        for (k, side) in BodySide.allCases.enumerated() {
            var f = 0
            while f < n {
                guard let y = low[k][f], let g = ground[f], y >= g - tolerance else { f += 1; continue }
                var e = f
                while e + 1 < n, let y2 = low[k][e + 1], let g2 = ground[e + 1], y2 >= g2 - tolerance { e += 1 }
                let length = e - f + 1
                // A run must start and end with the foot seen in the air just before and after
                // (else it may have begun before the clip or a gap: its contact is unknown).
                if length >= minimumRun, length <= maximumRun, f > 0, e < n - 1, low[k][f - 1] != nil, low[k][e + 1] != nil {
                    contacts.append((side, f, e))
                }
                f = e + 1
            }
        }
        contacts.sort { $0.start < $1.start }
        // Side view: initial contact is the first frame of the run within `refinedContactShare`
        // of the tolerance (the descending foot has all but stopped). From the front the foot's
        // height is less clean (it also moves towards the camera): the run's start is used.
        let side0 = BodySide.allCases
        var steps: [GaitStep] = contacts.map { c in
            let k = side0.firstIndex(of: c.side)!
            var start = c.start
            while view.view == .side, start < c.end, let y = low[k][start], let g = ground[start], y < g - refinedContactShare * tolerance { start += 1 }
            return GaitStep(
                side: c.side, contactFrame: start,
                midstanceFrame: midstance(s, c.side, start, c.end, view: view),
                lastContactFrame: c.end, nextContactFrame: nil)
        }
        let gaps = zip(steps, steps.dropFirst()).map { Double($1.contactFrame - $0.contactFrame) }
        let typical = SignalFilters.median(gaps)
        for i in 0..<max(0, steps.count - 1) where Double(steps[i + 1].contactFrame - steps[i].contactFrame) <= 1.5 * typical {
            steps[i].nextContactFrame = steps[i + 1].contactFrame
        }
        return steps
    }

    private static func midstance(_ s: PoseSequence, _ side: BodySide, _ a: Int, _ b: Int, view: ViewEstimate) -> Int {
        if view.view == .side {
            for f in a...b {
                if let ankle = s[side.ankle, f], let hip = PoseGeometry.hipCentre(s, f), (ankle.x - hip.x) * view.direction <= 0 {
                    return f
                }
            }
        }
        return (a + b) / 2
    }

    /// Per frame, the largest value of any series within +/-`half` frames.
    static func slidingMax(_ series: [[Double?]], half: Int) -> [Double?] {
        let n = series.first?.count ?? 0
        var merged = [Double?](repeating: nil, count: n)
        for f in 0..<n {
            merged[f] = series.compactMap { $0[f] }.max()
        }
        // Monotonic deque over the merged series.
        var out = [Double?](repeating: nil, count: n)
        var deque: [Int] = []
        var head = 0
        var next = 0
        for f in 0..<n {
            while next < n && next <= f + half {
                if let v = merged[next] {
                    while deque.count > head, let last = merged[deque[deque.count - 1]], last <= v { deque.removeLast() }
                    deque.append(next)
                }
                next += 1
            }
            while head < deque.count && deque[head] < f - half { head += 1 }
            out[f] = head < deque.count ? merged[deque[head]] : nil
        }
        return out
    }

    /// Steps per minute from the intervals between consecutive initial contacts (only those
    /// recorded in `nextContactFrame`, so gaps in the video do not count), using frame times.
    public static func cadence(_ steps: [GaitStep], times: [Double]) -> Double? {
        let intervals = steps.compactMap { st in st.nextContactFrame.map { times[$0] - times[st.contactFrame] } }
        guard !intervals.isEmpty else { return nil }
        let mean = intervals.reduce(0, +) / Double(intervals.count)
        return mean > 0 ? 60 / mean : nil
    }
}
