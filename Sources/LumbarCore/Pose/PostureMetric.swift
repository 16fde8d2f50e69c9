/// A measured running-posture quantity, named with its unit (the JSON key).
///
/// Side view: trunk lean, trunk-to-thigh angle, overstride, shank angle, knee flexion, vertical
/// oscillation, lumbar curvature (SpinePose). Front view: pelvic drop per stance side, vertical
/// oscillation.
public enum PostureMetric: String, Sendable, Hashable, CaseIterable, Codable {
    /// Hip centre -> shoulder centre vs vertical at midstance, forward (running direction) positive.
    case trunkLeanDegrees
    /// Trunk line vs the stance thigh at midstance: the trunk lean plus the thigh's forward
    /// angle (knee ahead of hip positive). 0 = upper body exactly in line with the stance thigh;
    /// larger = bent forward at the hips. At midstance the stance thigh itself tilts ~20 deg
    /// forward (knee bent ~40 deg, ankle under the hip), so healthy runners show ~24-33 deg.
    case trunkThighAngleDegrees
    /// How far the stance ankle lands ahead of the hip centre at initial contact, in leg lengths.
    case overstrideLegLengths
    /// Shank (knee -> ankle) vs vertical at initial contact, positive when the ankle is ahead
    /// of the knee (reaching out); near 0 = shank vertical.
    case shankAngleAtContactDegrees
    /// 180 deg minus the hip-knee-ankle angle at initial contact (0 = straight knee).
    case kneeFlexionAtContactDegrees
    /// Knee flexion of the stance leg at midstance.
    case kneeFlexionAtMidstanceDegrees
    /// Vertical travel of the hip centre from one contact to the next, in leg lengths.
    case verticalOscillationLegLengths
    /// The same in centimetres, when the runner's height is given (leg = 0.491 x height).
    case verticalOscillationCentimeters
    /// Contralateral pelvic drop at midstance while standing on the left foot: the hip line's
    /// angle, positive when the right (swing-side) hip is lower than the left.
    case pelvicDropLeftStanceDegrees
    /// The same while standing on the right foot (positive = left hip lower).
    case pelvicDropRightStanceDegrees
    /// SpinePose only: the bend at L3 between L5 -> L3 and L3 -> T12/L1, averaged over stance;
    /// positive when L3 lies ahead of the L5-T12/L1 chord (lordosis, arched), negative when
    /// behind it (flexed, rounded lower back).
    case lumbarCurvatureDegrees

    /// Words for the table.
    public var title: String {
        switch self {
        case .trunkLeanDegrees: "Trunk forward lean at midstance"
        case .trunkThighAngleDegrees: "Trunk-to-thigh angle at midstance"
        case .overstrideLegLengths: "Foot ahead of hip at contact"
        case .shankAngleAtContactDegrees: "Shank angle at contact"
        case .kneeFlexionAtContactDegrees: "Knee flexion at contact"
        case .kneeFlexionAtMidstanceDegrees: "Knee flexion at midstance"
        case .verticalOscillationLegLengths: "Vertical oscillation (hips)"
        case .verticalOscillationCentimeters: "Vertical oscillation (hips)"
        case .pelvicDropLeftStanceDegrees: "Pelvic drop, standing on left"
        case .pelvicDropRightStanceDegrees: "Pelvic drop, standing on right"
        case .lumbarCurvatureDegrees: "Lumbar curvature in stance"
        }
    }

    /// The unit shown in the table.
    public var unit: String {
        switch self {
        case .overstrideLegLengths, .verticalOscillationLegLengths: "leg lengths"
        case .verticalOscillationCentimeters: "cm"
        default: "deg"
        }
    }
}

/// The metrics measured at one step (absent ones could not be measured in that step).
public struct StepMeasurement: Sendable, Hashable {
    /// The step (stance side and event frames).
    public var step: GaitStep
    /// Time of the initial contact (seconds from the first frame).
    public var contactTime: Double
    /// Time of midstance.
    public var midstanceTime: Double
    /// The metrics that could be measured in this step.
    public var values: [PostureMetric: Double]

    public init(step: GaitStep, contactTime: Double, midstanceTime: Double, values: [PostureMetric: Double]) {
        self.step = step
        self.contactTime = contactTime
        self.midstanceTime = midstanceTime
        self.values = values
    }
}

/// Mean and spread of one metric over the steps, and how it changed during the clip.
public struct StepMetricSummary: Sendable, Hashable {
    /// Mean over the measured steps.
    public var mean: Double
    /// Sample standard deviation (0 with one step).
    public var sd: Double
    /// Steps measured.
    public var count: Int
    /// Mean over the steps in the first and the last third of the clip (by time), when each third
    /// has at least two steps.
    public var firstThirdMean: Double?
    public var lastThirdMean: Double?

    /// Last third minus first third.
    public var changeFirstToLastThird: Double? {
        guard let a = firstThirdMean, let b = lastThirdMean else { return nil }
        return b - a
    }

    public init(mean: Double, sd: Double, count: Int, firstThirdMean: Double?, lastThirdMean: Double?) {
        self.mean = mean
        self.sd = sd
        self.count = count
        self.firstThirdMean = firstThirdMean
        self.lastThirdMean = lastThirdMean
    }

    /// Summary of `(time, value)` pairs over a clip from `start` lasting `duration` seconds.
    public static func of(_ samples: [(time: Double, value: Double)], start: Double, duration: Double) -> StepMetricSummary? {
        guard !samples.isEmpty else { return nil }
        let values = samples.map(\.value)
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.count > 1
            ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1) : 0
        let first = samples.filter { $0.time < start + duration / 3 }.map(\.value)
        let last = samples.filter { $0.time >= start + 2 * duration / 3 }.map(\.value)
        return StepMetricSummary(
            mean: mean, sd: variance.squareRoot(), count: values.count,
            firstThirdMean: first.count >= 2 ? first.reduce(0, +) / Double(first.count) : nil,
            lastThirdMean: last.count >= 2 ? last.reduce(0, +) / Double(last.count) : nil)
    }
}
