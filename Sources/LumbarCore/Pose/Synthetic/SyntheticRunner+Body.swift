import Foundation

extension SyntheticRunner {
    /// A 3-D point: X forward, Y to the runner's left, Z up (metres).
    typealias Point3 = (x: Double, y: Double, z: Double)

    /// Every joint at time t, noise-free.
    func body(_ t: Double) -> [Joint: Point3] {
        var out: [Joint: Point3] = [:]
        let hx = hipForward(t), hz = hipHeight(t)
        let (stance, drop) = pelvis(t)
        let tilt = sin(drop * .pi / 180) * 0.15
        for side in BodySide.allCases {
            let lateral = side == .left ? 1.0 : -1.0
            // The stance hip is higher, the swing-side hip lower, by the pelvic drop.
            let hipZ = stance == nil ? hz : hz + (stance == side ? tilt : -tilt)
            let hip: Point3 = (hx, 0.15 * lateral, hipZ)
            let (dx, h) = ankle(phase(side, t))
            var ankle: Point3 = (hx + dx, 0.09 * lateral, h)
            // Two-link inverse kinematics in the sagittal plane, knee forward.
            var vx = ankle.x - hip.x, vz = ankle.z - hip.z
            var dist = (vx * vx + vz * vz).squareRoot()
            let maxReach = (SyntheticRunner.thigh + SyntheticRunner.shank) * 0.9999
            if dist > maxReach {
                vx *= maxReach / dist; vz *= maxReach / dist; dist = maxReach
                ankle = (hip.x + vx, ankle.y, hip.z + vz)
            }
            let ux = vx / dist, uz = vz / dist
            let off = (SyntheticRunner.thigh * SyntheticRunner.thigh - dist * dist / 4).squareRoot()
            let knee: Point3 = (hip.x + vx / 2 - uz * off, 0.12 * lateral, hip.z + vz / 2 + ux * off)
            let pitch = footPitch(phase(side, t)) * .pi / 180
            func foot(_ fx: Double, _ fz: Double) -> Point3 {
                (ankle.x + fx * cos(pitch) - fz * sin(pitch), ankle.y, ankle.z + fx * sin(pitch) + fz * cos(pitch))
            }
            out[side.hip] = hip
            out[side.knee] = knee
            out[side.ankle] = ankle
            out[side.heel] = foot(-0.06, -0.06)
            out[side.toe] = foot(0.16, -0.07)
        }
        out[.midHip] = (hx, 0, hz)
        let lean = trunkLean(t) * .pi / 180
        let up = (sin(lean), cos(lean))
        let back = (-cos(lean), sin(lean))
        func alongTrunk(_ u: Double, _ behind: Double, _ y: Double = 0) -> Point3 {
            (hx + up.0 * SyntheticRunner.torso * u + back.0 * behind, y, hz + up.1 * SyntheticRunner.torso * u + back.1 * behind)
        }
        let shoulderTilt = -tilt * 0.5
        out[.leftShoulder] = alongTrunk(1, 0, 0.2)
        out[.rightShoulder] = alongTrunk(1, 0, -0.2)
        out[.leftShoulder]!.z += shoulderTilt
        out[.rightShoulder]!.z -= shoulderTilt
        out[.neck] = alongTrunk(1.12, 0)
        var nose = alongTrunk(1.42, 0)
        nose.x += 0.09
        out[.nose] = nose
        out[.spineL5] = alongTrunk(0.08, 0.08)
        out[.spineL3] = alongTrunk(0.25, 0.08 - parameters.lumbarLordosisMeters)
        out[.spineT12L1] = alongTrunk(0.42, 0.08)
        out[.spineT8] = alongTrunk(0.62, 0.10)
        out[.spineT3] = alongTrunk(0.88, 0.08)
        for side in BodySide.allCases {
            let lateral = side == .left ? 1.0 : -1.0
            let sh = out[side.shoulder]!
            // Arms swing against the same-side leg.
            let swing = -35 * cos(2 * .pi * (phase(side, t) - d / 2)) * .pi / 180
            let elbow: Point3 = (sh.x + 0.28 * sin(swing), 0.24 * lateral, sh.z - 0.28 * cos(swing))
            let fore = swing + 80 * .pi / 180
            let wrist: Point3 = (elbow.x + 0.26 * sin(fore), 0.2 * lateral, elbow.z - 0.26 * cos(fore))
            out[side == .left ? .leftElbow : .rightElbow] = elbow
            out[side == .left ? .leftWrist : .rightWrist] = wrist
        }
        return out
    }

    /// Foot pitch (deg, toe up positive) over the stride: heel strike, flat, push-off, swing.
    func footPitch(_ φ: Double) -> Double {
        if φ < d {
            let s = φ / d
            if s < 0.2 { return 12 * (1 - s / 0.2) }
            if s < 0.7 { return 0 }
            return -25 * (s - 0.7) / 0.3
        }
        let s = (φ - d) / (1 - d)
        return -25 + 37 * (1 - cos(.pi * s)) / 2
    }

    /// Image pixels of a world point (y down).
    func project(_ p: Point3) -> (x: Double, y: Double) {
        let k = parameters.pixelsPerMeter
        switch parameters.view {
        case .side: return (960 + parameters.direction * k * p.x, 900 - k * p.z)
        case .front: return (960 + parameters.direction * k * p.y, 900 - k * p.z - 0.05 * k * p.x)
        }
    }
}
