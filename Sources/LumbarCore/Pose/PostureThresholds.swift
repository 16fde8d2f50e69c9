/// The thresholds the posture findings compare with, each with its source.
public enum PostureThresholds {
    /// Excessive forward trunk lean at midstance, degrees (clinical.md 8.2 default; R52 healthy
    /// means ~4-11 deg).
    public static let trunkLeanDegrees = 15.0
    /// Increase of trunk lean from the first to the last third, degrees (clinical.md 8.2 default).
    public static let leanIncreaseDegrees = 5.0
    /// Trunk-to-thigh angle at midstance above which the upper body is bent forward at the hips
    /// relative to the stance leg (design default extending clinical.md 8.2: lean 15 deg + 10 deg
    /// of stance-thigh flexion).
    public static let trunkThighMaximumDegrees = 25.0
    /// Below this the runner leans back behind the stance leg (design default).
    public static let trunkThighMinimumDegrees = -5.0
    /// Shank angle at initial contact above which the landing counts as overstriding (design
    /// default; R54 describes the signature without a cut-off).
    public static let overstrideShankDegrees = 10.0
    /// Left/right difference of pelvic drop (clinical.md 8.3 default).
    public static let pelvicDropDifferenceDegrees = 3.0
    /// Fewest measured steps for a finding (fewer: information only).
    public static let minimumSteps = 4
}
