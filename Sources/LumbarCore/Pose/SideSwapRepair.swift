/// Repairs left/right identity swaps: frames where the estimator labelled the left leg as the
/// right one (or the arms), seen as a jump of both legs onto each other's paths.
///
/// For each frame, every left/right pair of a group (legs: hip, knee, ankle, heel, toe; arms:
/// shoulder, elbow, wrist) is compared with where each side was predicted to be (last repaired
/// position plus its last velocity). The frame is swapped when the swapped labels cost less than
/// `PoseCleaningParameters.swapCostRatio` x the kept ones and by more than 5 % of the torso
/// length. At the end, if most compared frames were swapped, the labelling is flipped as a whole
/// so it agrees with the estimator's majority (the first frames may have been the wrong ones).
public enum SideSwapRepair {
    /// The pairs swapped together for the legs.
    public static let legPairs: [(Joint, Joint)] = [
        (.leftHip, .rightHip), (.leftKnee, .rightKnee), (.leftAnkle, .rightAnkle),
        (.leftHeel, .rightHeel), (.leftToe, .rightToe),
    ]
    /// The pairs swapped together for the arms.
    public static let armPairs: [(Joint, Joint)] = [
        (.leftShoulder, .rightShoulder), (.leftElbow, .rightElbow), (.leftWrist, .rightWrist),
    ]

    /// Swaps labels back in `sequence` for each group; returns how many frames changed.
    public static func repair(_ sequence: inout PoseSequence, costRatio: Double, minimumCost: Double) -> Int {
        var changed = Set<Int>()
        for group in [legPairs, armPairs] {
            for f in repairGroup(&sequence, group, costRatio: costRatio, minimumCost: minimumCost) { changed.insert(f) }
        }
        return changed.count
    }

    private struct Predictor {
        var last: (x: Double, y: Double, frame: Int)?
        var velocity: (x: Double, y: Double) = (0, 0)

        func predict(_ frame: Int, horizon: Int) -> (x: Double, y: Double)? {
            guard let last, frame - last.frame <= horizon else { return nil }
            let dt = Double(frame - last.frame)
            return (last.x + velocity.x * dt, last.y + velocity.y * dt)
        }

        mutating func update(_ x: Double, _ y: Double, _ frame: Int) {
            if let last, frame - last.frame <= 2 {
                let dt = Double(frame - last.frame)
                velocity = ((x - last.x) / dt, (y - last.y) / dt)
            } else {
                velocity = (0, 0)
            }
            last = (x, y, frame)
        }
    }

    private static func distance(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

    /// Returns the frames whose labels end up swapped relative to the input.
    private static func repairGroup(
        _ s: inout PoseSequence, _ pairs: [(Joint, Joint)], costRatio: Double, minimumCost: Double
    ) -> [Int] {
        let horizon = max(3, Int(0.25 * s.framesPerSecond))
        var left = [Predictor](repeating: Predictor(), count: pairs.count)
        var right = left
        var swapped = [Bool](repeating: false, count: s.frameCount)
        var compared = 0
        for f in 0..<s.frameCount {
            var keep = 0.0, swap = 0.0, terms = 0
            for (p, (lj, rj)) in pairs.enumerated() {
                let l = s[lj, f], r = s[rj, f]
                let pl = left[p].predict(f, horizon: horizon), pr = right[p].predict(f, horizon: horizon)
                if let l, let pl { keep += distance((l.x, l.y), pl); terms += 1 }
                if let r, let pr { keep += distance((r.x, r.y), pr) }
                if let l, let pr { swap += distance((l.x, l.y), pr) } else if l != nil, pl != nil { swap += .infinity }
                if let r, let pl { swap += distance((r.x, r.y), pl) } else if r != nil, pr != nil { swap += .infinity }
            }
            if terms > 0 && (keep > 0 || swap > 0) { compared += 1 }
            if terms > 0, swap < costRatio * keep, keep - swap > minimumCost {
                swapped[f] = true
                swapFrame(&s, pairs, f)
            }
            for (p, (lj, rj)) in pairs.enumerated() {
                if let l = s[lj, f] { left[p].update(l.x, l.y, f) }
                if let r = s[rj, f] { right[p].update(r.x, r.y, f) }
            }
        }
        let swappedCount = swapped.filter { $0 }.count
        if compared > 0, swappedCount * 2 > compared {
            var result: [Int] = []
            for f in 0..<s.frameCount {
                swapFrame(&s, pairs, f)
                if !swapped[f] { result.append(f) }
            }
            return result
        }
        return swapped.indices.filter { swapped[$0] }
    }

    private static func swapFrame(_ s: inout PoseSequence, _ pairs: [(Joint, Joint)], _ f: Int) {
        for (lj, rj) in pairs {
            let l = s[lj, f]
            s[lj, f] = s[rj, f]
            s[rj, f] = l
        }
    }
}
