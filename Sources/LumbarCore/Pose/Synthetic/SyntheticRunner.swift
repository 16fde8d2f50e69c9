import Foundation

/// A kinematic model of a runner (trunk, pelvis, legs, feet, arms, spine points) with known trunk
/// lean, pelvic drop, overstride and cadence, rendered to 2-D keypoints: the ground truth for the
/// pose tests and the input of the pose benchmark. Deterministic for a given seed.
///
/// Legs: each ankle follows a path relative to the hip (ahead by `footAheadAtContactMeters` at
/// contact, gliding back to `footBehindAtToeOffMeters` while on the ground, swinging forward in a
/// cosine arc), the knee is placed by two-link inverse kinematics (thigh = shank = 0.45 m), and
/// the stance hip is raised so the stance knee bends from `kneeFlexionAtContactDegrees` to
/// `kneeFlexionPeakDegrees` and back. World axes: X forward, Y to the runner's left, Z up.
public struct SyntheticRunner: Sendable {
    /// The truths and faults of the clip.
    public var parameters: SyntheticRunnerParameters

    /// Segment lengths (metres).
    static let thigh = 0.45, shank = 0.45, torso = 0.52, ankleHeight = 0.08, swingHeight = 0.25

    public init(_ parameters: SyntheticRunnerParameters) { self.parameters = parameters }

    var stride: Double { 120 / parameters.cadenceStepsPerMinute }
    var a: Double { parameters.footAheadAtContactMeters }
    var b: Double { parameters.footBehindAtToeOffMeters }
    var d: Double { parameters.stanceFraction }
    /// Left-foot phase at t = 0 (so the clip does not start at a contact).
    static let phase0 = 0.1

    func phase(_ side: BodySide, _ t: Double) -> Double {
        let p = t / stride + SyntheticRunner.phase0 + (side == .right ? 0.5 : 0)
        return p - p.rounded(.down)
    }

    func kneeFlexion(stancePhase φ: Double) -> Double {
        let p = parameters
        return p.kneeFlexionAtContactDegrees + (p.kneeFlexionPeakDegrees - p.kneeFlexionAtContactDegrees) * sin(.pi * φ / d)
    }

    /// Ankle forward offset from its hip and height above ground.
    /// In stance the ankle rises once the heel lifts, so the toe stays on the ground.
    func ankle(_ φ: Double) -> (dx: Double, height: Double) {
        if φ < d { return (a - (a + b) * φ / d, stanceAnkleHeight(footPitch(φ))) }
        let s = (φ - d) / (1 - d)
        let base = stanceAnkleHeight(footPitch(d - 1e-9)) * (1 - s) + SyntheticRunner.ankleHeight * s
        return (-b + (a + b) * (1 - cos(.pi * s)) / 2, base + SyntheticRunner.swingHeight * sin(.pi * s))
    }

    /// Ankle height that keeps the lowest of heel and toe on (not below) the ground.
    func stanceAnkleHeight(_ pitchDegrees: Double) -> Double {
        let p = pitchDegrees * .pi / 180
        let heel = -0.06 * sin(p) - 0.06 * cos(p), toe = 0.16 * sin(p) - 0.07 * cos(p)
        return max(SyntheticRunner.ankleHeight, -min(heel, toe))
    }

    /// Pelvic drop (deg) towards the swing side, and which side stands.
    func pelvis(_ t: Double) -> (stance: BodySide?, drop: Double) {
        for side in BodySide.allCases {
            let φ = phase(side, t)
            if φ < d {
                let peak = side == .left ? parameters.pelvicDropLeftDegrees : parameters.pelvicDropRightDegrees
                return (side, peak * sin(.pi * φ / d))
            }
        }
        return (nil, 0)
    }

    /// Height of the hip centre.
    func hipHeight(_ t: Double) -> Double {
        let (stance, drop) = pelvis(t)
        if let stance { return stanceHipHeight(stance, phase(stance, t), drop: drop) }
        // Flight: a ballistic arc from the last toe-off to the next contact.
        let stepTime = stride / 2
        let k = ((t / stride + SyntheticRunner.phase0) * 2).rounded(.down)
        let contact = ((k + 1) / 2 - SyntheticRunner.phase0) * stride
        let toeOff = contact - stepTime + d * stride
        let z0 = stanceHipHeight(.left, d, drop: 0), z1 = stanceHipHeight(.left, 0, drop: 0)
        let tf = contact - toeOff, tau = t - toeOff
        return z0 + (z1 - z0) * tau / tf + 0.5 * 9.81 * tau * (tf - tau)
    }

    func stanceHipHeight(_ side: BodySide, _ φ: Double, drop: Double) -> Double {
        let reach = (SyntheticRunner.thigh + SyntheticRunner.shank) * cos(kneeFlexion(stancePhase: φ) * .pi / 360)
        let dx = ankle(φ).dx
        let joint = ankle(φ).height + (reach * reach - dx * dx).squareRoot()
        return joint - 0.15 * sin(drop * .pi / 180)
    }

    /// Trunk lean (deg) at time t: start value, linear drift, and a 1 deg within-step sway that is
    /// zero at each midstance.
    func trunkLean(_ t: Double) -> Double {
        let p = parameters
        let φms = d * a / (a + b)
        return p.trunkLeanDegrees + p.leanIncreaseDegrees * t / p.durationSeconds
            + sin(4 * .pi * (phase(.left, t) - φms))
    }

    /// Hip-centre forward position (metres).
    func hipForward(_ t: Double) -> Double {
        parameters.overground ? (a + b) / (d * stride) * (t - parameters.durationSeconds / 2) : 0
    }
}
