/// The thresholds the posture findings compare with, each with its source.
public enum PostureThresholds {
    /// Excessive forward trunk lean at midstance, degrees (clinical.md 8.2 default; R52 healthy
    /// means ~4-11 deg).
    public static let trunkLeanDegrees = 15.0
    /// Increase of trunk lean from the first to the last third, degrees (clinical.md 8.2 default).
    public static let leanIncreaseDegrees = 5.0
    /// Trunk-to-thigh angle at midstance above which the upper body is bent forward at the hips
    /// relative to the stance leg (design default extending clinical.md 8.2: the 15 deg lean
    /// default plus the ~20 deg forward tilt of the stance thigh at midstance, when the knee is
    /// bent ~40 deg with the ankle under the hip; healthy runners sit around 24-33 deg).
    public static let trunkThighMaximumDegrees = 35.0
    /// Below this the runner leans back behind the stance leg (design default: an upright trunk
    /// over a ~10 deg stance thigh minus 5 deg).
    public static let trunkThighMinimumDegrees = 5.0
    /// Shank angle at initial contact above which the landing counts as overstriding (design
    /// default; R54 describes the signature without a cut-off).
    public static let overstrideShankDegrees = 10.0
    /// Left/right difference of pelvic drop (clinical.md 8.3 default).
    public static let pelvicDropDifferenceDegrees = 3.0
    /// Fewest measured steps for a finding (fewer: information only).
    public static let minimumSteps = 4
}
