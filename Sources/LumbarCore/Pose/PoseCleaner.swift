/// Cleans a raw `PoseSequence` before any angle is measured, in this order (parameters and their
/// reasons in `PoseCleaningParameters`):
///
/// 1. points below the confidence threshold are dropped;
/// 2. left/right identity swaps are repaired (`SideSwapRepair`);
/// 3. jitter outliers are removed: running median + 3 scaled MADs per joint and axis;
/// 4. gaps up to ~100 ms are filled by linear interpolation;
/// 5. each joint is smoothed by a zero-lag 2nd-order Butterworth low-pass (7 Hz).
///
/// Midpoints the layout lacks (neck, mid-hip) are derived before step 1.
public struct PoseCleaner: Sendable {
    /// The documented parameters used.
    public var parameters: PoseCleaningParameters

    public init(parameters: PoseCleaningParameters = PoseCleaningParameters()) {
        self.parameters = parameters
    }

    /// The cleaned sequence and what was done.
    public func clean(_ input: PoseSequence) -> (PoseSequence, PoseCleaningReport) {
        let (smoothed, _, report) = cleanKeepingUnsmoothed(input)
        return (smoothed, report)
    }

    /// The cleaned sequence, the same before step 5 (smoothing), and what was done. Angles at
    /// initial contact are read from the unsmoothed copy: the low-pass blunts the sharp stop of
    /// the foot at contact (it underestimates the shank angle by several degrees).
    public func cleanKeepingUnsmoothed(_ input: PoseSequence) -> (PoseSequence, PoseSequence, PoseCleaningReport) {
        var s = input
        var report = PoseCleaningReport()
        s.fillDerivedMidpoints()
        for j in 0..<Joint.count {
            for f in 0..<s.frameCount where s.tracks[j].confidence[f] > 0 && s.tracks[j].confidence[f] < parameters.minimumConfidence {
                s.tracks[j].confidence[f] = 0
                report.lowConfidencePoints += 1
            }
        }
        let torso = PoseCleaner.torsoLength(s)
        report.swappedFrames = SideSwapRepair.repair(
            &s, costRatio: parameters.swapCostRatio, minimumCost: 0.05 * torso)
        let fps = s.framesPerSecond
        var window = Int((parameters.medianWindowSeconds * fps).rounded())
        if window % 2 == 0 { window += 1 }
        window = max(5, window)
        let maxGap = max(1, Int((parameters.maximumGapSeconds * fps).rounded(.down)))
        let floor = parameters.outlierFloorTorsoShare * torso
        var unsmoothed = s
        for j in 0..<Joint.count {
            var t = s.tracks[j]
            var valid = t.confidence.map { $0 > 0 }
            guard valid.contains(true) else { continue }
            report.outlierPoints += removeOutliers(&t.x, valid: &valid, window: window, floor: floor)
            report.outlierPoints += removeOutliers(&t.y, valid: &valid, window: window, floor: floor)
            var validY = valid
            let filled = SignalFilters.fillGaps(&t.x, valid: &valid, maximumGap: maxGap)
            SignalFilters.fillGaps(&t.y, valid: &validY, maximumGap: maxGap)
            report.interpolatedPoints += filled
            var raw = t
            for f in 0..<s.frameCount {
                if !valid[f] { raw.confidence[f] = 0 } else if raw.confidence[f] <= 0 { raw.confidence[f] = parameters.minimumConfidence }
            }
            unsmoothed.tracks[j] = raw
            SignalFilters.lowPass(&t.x, valid: valid, cutoffHz: parameters.smoothingCutoffHz, sampleRate: fps)
            SignalFilters.lowPass(&t.y, valid: valid, cutoffHz: parameters.smoothingCutoffHz, sampleRate: fps)
            for f in 0..<s.frameCount {
                if !valid[f] {
                    t.confidence[f] = 0
                } else if t.confidence[f] <= 0 {
                    t.confidence[f] = parameters.minimumConfidence
                }
            }
            s.tracks[j] = t
        }
        for f in 0..<s.frameCount where s[.midHip, f] == nil || (s[.neck, f] == nil && s[.leftShoulder, f] == nil && s[.rightShoulder, f] == nil) {
            report.unusableFrames += 1
        }
        return (s, unsmoothed, report)
    }

    /// Marks outliers invalid; returns how many.
    private func removeOutliers(_ v: inout [Double], valid: inout [Bool], window: Int, floor: Double) -> Int {
        let med = SignalFilters.runningMedian(v, valid: valid, window: window)
        var residuals: [Double] = []
        residuals.reserveCapacity(v.count)
        for i in 0..<v.count where valid[i] { if let m = med[i] { residuals.append(abs(v[i] - m)) } }
        let mad = SignalFilters.median(residuals) * 1.4826
        let limit = max(parameters.outlierMADs * mad, floor)
        var removed = 0
        for i in 0..<v.count where valid[i] {
            if let m = med[i], abs(v[i] - m) > limit {
                valid[i] = false
                removed += 1
            }
        }
        return removed
    }

    /// The median hip-midpoint to shoulder-midpoint distance in pixels (100 when unknown): the
    /// scale for distances that must not depend on how large the runner is in the picture.
    public static func torsoLength(_ s: PoseSequence) -> Double {
        var lengths: [Double] = []
        for f in stride(from: 0, to: s.frameCount, by: max(1, s.frameCount / 2000)) {
            guard let hip = PoseGeometry.hipCentre(s, f), let sh = PoseGeometry.shoulderCentre(s, f) else { continue }
            lengths.append(((hip.x - sh.x) * (hip.x - sh.x) + (hip.y - sh.y) * (hip.y - sh.y)).squareRoot())
        }
        let m = SignalFilters.median(lengths)
        return m > 0 ? m : 100
    }
}
