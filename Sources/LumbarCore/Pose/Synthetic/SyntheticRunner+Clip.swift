import Foundation

extension SyntheticRunner {
    /// The clip as 2-D keypoints (every `Joint`, with the faults of the parameters) and the truth.
    public func clip() -> (PoseSequence, SyntheticRunnerTruth) {
        let p = parameters
        let n = Int((p.durationSeconds * p.framesPerSecond).rounded())
        var s = PoseSequence(model: "synthetic", framesPerSecond: p.framesPerSecond, frameCount: n)
        s.imageWidth = 1920
        s.imageHeight = 1080
        var rng = SplitMix64(seed: p.seed)
        var dropLeft = 0, swapLeft = 0
        for f in 0..<n {
            let t = Double(f) / p.framesPerSecond
            if dropLeft == 0, rng.unit() < p.droppedFrameRate { dropLeft = 1 + Int(rng.unit() * 4) }
            if dropLeft > 0 { dropLeft -= 1; continue }
            if swapLeft == 0, rng.unit() < p.swapRate { swapLeft = 1 + Int(rng.unit() * 3) }
            let swapped = swapLeft > 0
            if swapped { swapLeft -= 1 }
            let pose = body(t)
            for joint in Joint.allCases {
                guard let point = pose[joint] else { continue }
                var (x, y) = project(point)
                x += rng.gaussian() * p.noisePixels
                y += rng.gaussian() * p.noisePixels
                var c = 0.75 + 0.2 * rng.unit()
                if p.view == .side, point.y * p.direction < 0 { c -= 0.15 }
                if rng.unit() < p.lowConfidenceRate {
                    c = 0.05 + 0.2 * rng.unit()
                    x += (rng.unit() < 0.5 ? -1 : 1) * (20 + 40 * rng.unit())
                    y += (rng.unit() < 0.5 ? -1 : 1) * (20 + 40 * rng.unit())
                } else if rng.unit() < p.outlierRate {
                    x += (rng.unit() < 0.5 ? -1 : 1) * (25 + 35 * rng.unit())
                    y += (rng.unit() < 0.5 ? -1 : 1) * (25 + 35 * rng.unit())
                }
                let isLeg = SideSwapRepair.legPairs.contains { $0.0 == joint || $0.1 == joint }
                s[swapped && isLeg ? joint.mirrored : joint, f] = Keypoint(x: x, y: y, confidence: c)
            }
        }
        return (s, truth())
    }

    /// Ground truth from the noise-free model at the model's own events.
    func truth() -> SyntheticRunnerTruth {
        let p = parameters
        let φms = d * a / (a + b)
        var contacts: [Double] = [], midstances: [(Double, BodySide)] = []
        var k = 1
        while true {
            let t = (Double(k) / 2 - SyntheticRunner.phase0) * stride
            if t > p.durationSeconds { break }
            if t > 0 {
                contacts.append(t)
                let side: BodySide = k % 2 == 0 ? .left : .right
                let tm = t + φms * stride
                if tm < p.durationSeconds { midstances.append((tm, side)) }
            }
            k += 1
        }
        let leans = midstances.map { pointAngle(lean: $0.0) }
        let firstThird = midstances.indices.filter { midstances[$0].0 < p.durationSeconds / 3 }.map { leans[$0] }
        let lastThird = midstances.indices.filter { midstances[$0].0 >= 2 * p.durationSeconds / 3 }.map { leans[$0] }
        let mean = { (v: [Double]) in v.isEmpty ? 0 : v.reduce(0, +) / Double(v.count) }
        // Contact geometry (identical every step).
        let tc = contacts.first ?? 0
        let side: BodySide = phase(.left, tc) < 0.25 ? .left : .right
        let bc = body(tc)
        let knee = bc[side.knee]!, ankle = bc[side.ankle]!
        let shankAngle = atan2(ankle.x - knee.x, knee.z - ankle.z) * 180 / .pi
        let tm = tc + φms * stride
        let bm = body(tm)
        let thighAngle = atan2(bm[side.knee]!.x - bm[side.hip]!.x, bm[side.hip]!.z - bm[side.knee]!.z) * 180 / .pi
        var lo = Double.infinity, hi = -Double.infinity
        for i in 0...200 {
            let z = hipHeight(tc + Double(i) / 200 * stride / 2)
            lo = min(lo, z); hi = max(hi, z)
        }
        return SyntheticRunnerTruth(
            cadenceStepsPerMinute: p.cadenceStepsPerMinute, trunkLeanDegrees: mean(leans),
            trunkLeanChangeDegrees: mean(lastThird) - mean(firstThird),
            pelvicDropLeftDegrees: p.pelvicDropLeftDegrees, pelvicDropRightDegrees: p.pelvicDropRightDegrees,
            overstrideLegLengths: a / (SyntheticRunner.thigh + SyntheticRunner.shank),
            shankAngleAtContactDegrees: shankAngle, kneeFlexionAtContactDegrees: p.kneeFlexionAtContactDegrees,
            kneeFlexionAtMidstanceDegrees: kneeFlexion(stancePhase: φms),
            trunkThighAngleDegrees: mean(leans) + thighAngle,
            verticalOscillationLegLengths: (hi - lo) / (SyntheticRunner.thigh + SyntheticRunner.shank),
            lumbarCurvatureDegrees: lumbarCurvature(bm), contactTimes: contacts)
    }

    private func pointAngle(lean t: Double) -> Double { trunkLean(t) }

    private func lumbarCurvature(_ b: [Joint: Point3]) -> Double {
        let l5 = b[.spineL5]!, l3 = b[.spineL3]!, t12 = b[.spineT12L1]!
        let u = (l5.x - l3.x, l5.z - l3.z), v = (t12.x - l3.x, t12.z - l3.z)
        let inner = abs(atan2(u.0 * v.1 - u.1 * v.0, u.0 * v.0 + u.1 * v.1)) * 180 / .pi
        return parameters.lumbarLordosisMeters >= 0 ? 180 - inner : inner - 180
    }
}
