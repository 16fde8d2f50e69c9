import Foundation

/// Measures the `PostureMetric`s of one step on a cleaned sequence.
enum StepMetrics {
    static func measure(
        _ s: PoseSequence, unsmoothed u: PoseSequence, _ step: GaitStep, view: ViewEstimate, legLength: Double, heightCentimeters: Double?
    ) -> [PostureMetric: Double] {
        var v: [PostureMetric: Double] = [:]
        let dir = view.direction
        let side = step.side
        let ms = step.midstanceFrame, ic = step.contactFrame
        if view.view == .side {
            if let hip = PoseGeometry.hipCentre(s, ms), let sh = PoseGeometry.shoulderCentre(s, ms) {
                let lean = PoseGeometry.angleFromUp(hip, sh, direction: dir)
                v[.trunkLeanDegrees] = lean
                if let knee = PoseGeometry.point(s, side.knee, ms) {
                    v[.trunkThighAngleDegrees] = lean + PoseGeometry.angleFromDown(hip, knee, direction: dir)
                }
            }
            // At contact: the unsmoothed points (see `PoseCleaner.cleanKeepingUnsmoothed`).
            if let hip = PoseGeometry.hipCentre(u, ic), let ankle = PoseGeometry.point(u, side.ankle, ic) {
                v[.overstrideLegLengths] = (ankle.x - hip.x) * dir / legLength
            }
            if let knee = PoseGeometry.point(u, side.knee, ic), let ankle = PoseGeometry.point(u, side.ankle, ic) {
                v[.shankAngleAtContactDegrees] = PoseGeometry.angleFromDown(knee, ankle, direction: dir)
            }
            if let k = kneeFlexion(u, side, ic) { v[.kneeFlexionAtContactDegrees] = k }
            if let k = kneeFlexion(s, side, ms) { v[.kneeFlexionAtMidstanceDegrees] = k }
            if let c = lumbarCurvature(s, from: ic, to: step.lastContactFrame, direction: dir) {
                v[.lumbarCurvatureDegrees] = c
            }
        } else if let l = PoseGeometry.point(s, .leftHip, ms), let r = PoseGeometry.point(s, .rightHip, ms) {
            let width = abs(l.x - r.x)
            if width > 0 {
                let (stance, swing) = side == .left ? (l, r) : (r, l)
                let drop = atan2(swing.y - stance.y, width) * 180 / .pi
                v[side == .left ? .pelvicDropLeftStanceDegrees : .pelvicDropRightStanceDegrees] = drop
            }
        }
        if let next = step.nextContactFrame {
            var lo = Double.infinity, hi = -Double.infinity
            for f in ic...next { if let h = PoseGeometry.hipCentre(s, f) { lo = min(lo, h.y); hi = max(hi, h.y) } }
            if hi > lo {
                let ratio = (hi - lo) / legLength
                v[.verticalOscillationLegLengths] = ratio
                if let heightCentimeters { v[.verticalOscillationCentimeters] = ratio * legShareOfHeight * heightCentimeters }
            }
        }
        return v
    }

    /// Hip-to-ankle length (thigh + shank) as a share of standing height (Winter's anthropometric
    /// segment table: thigh 0.245 H + shank 0.246 H).
    static let legShareOfHeight = 0.491

    static func kneeFlexion(_ s: PoseSequence, _ side: BodySide, _ f: Int) -> Double? {
        guard let hip = PoseGeometry.point(s, side.hip, f) ?? PoseGeometry.hipCentre(s, f),
              let knee = PoseGeometry.point(s, side.knee, f), let ankle = PoseGeometry.point(s, side.ankle, f)
        else { return nil }
        return 180 - PoseGeometry.innerAngle(hip, knee, ankle)
    }

    /// Mean signed bend at L3 over the frames `a...b` (see `PostureMetric.lumbarCurvatureDegrees`).
    static func lumbarCurvature(_ s: PoseSequence, from a: Int, to b: Int, direction: Double) -> Double? {
        var sum = 0.0, n = 0
        for f in a...b {
            guard let l5 = PoseGeometry.point(s, .spineL5, f), let l3 = PoseGeometry.point(s, .spineL3, f),
                  let t12 = PoseGeometry.point(s, .spineT12L1, f) else { continue }
            let bend = 180 - PoseGeometry.innerAngle(l5, l3, t12)
            let c = (t12.x - l5.x, t12.y - l5.y), w = (l3.x - l5.x, l3.y - l5.y)
            let ahead = -(w.0 * c.1 - w.1 * c.0) * direction
            sum += ahead >= 0 ? bend : -bend
            n += 1
        }
        return n > 0 ? sum / Double(n) : nil
    }
}
