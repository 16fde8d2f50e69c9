/// The known truths and the recording faults of a `SyntheticRunner` clip.
public struct SyntheticRunnerParameters: Sendable, Hashable {
    /// Steps per minute (both feet).
    public var cadenceStepsPerMinute = 170.0
    /// Forward trunk lean (deg) at the start of the clip.
    public var trunkLeanDegrees = 8.0
    /// Lean added linearly over the clip (deg), a fatigue drift.
    public var leanIncreaseDegrees = 0.0
    /// Contralateral pelvic drop (deg) at midstance when standing on the left / right foot.
    public var pelvicDropLeftDegrees = 4.0
    public var pelvicDropRightDegrees = 4.0
    /// Ankle ahead of the hip at initial contact, metres (0.9 m leg).
    public var footAheadAtContactMeters = 0.25
    /// Ankle behind the hip when the foot leaves the ground, metres.
    public var footBehindAtToeOffMeters = 0.35
    /// Knee flexion at contact and at the middle of stance (deg).
    public var kneeFlexionAtContactDegrees = 20.0
    public var kneeFlexionPeakDegrees = 42.0
    /// Share of a stride each foot is on the ground.
    public var stanceFraction = 0.36
    /// Lordosis: L3 ahead of the L5-T12/L1 chord (metres).
    public var lumbarLordosisMeters = 0.015
    /// Where the camera stands.
    public var view: CameraView = .side
    /// Side view: +1 running to image right. Front view: +1 facing the camera.
    public var direction = 1.0
    /// Running past a fixed camera (true) or on a treadmill (false).
    public var overground = false
    /// Frame rate and length of the clip.
    public var framesPerSecond = 60.0
    public var durationSeconds = 6.0
    /// Image scale (a 0.9 m leg is 225 px).
    public var pixelsPerMeter = 250.0
    /// Gaussian noise on every point (pixels, SD).
    public var noisePixels = 1.0
    /// Chance per frame that a run of 1-4 empty frames starts.
    public var droppedFrameRate = 0.0
    /// Chance per point of a low-confidence guess (confidence 0.05-0.25, 20-60 px off).
    public var lowConfidenceRate = 0.0
    /// Chance per frame that a run of 1-3 frames with left and right legs swapped starts.
    public var swapRate = 0.0
    /// Chance per point of a confident outlier 25-60 px off.
    public var outlierRate = 0.0
    /// Seed of the fault and noise generator.
    public var seed: UInt64 = 1

    /// The defaults above: a clean 6-second, 60 fps side-view treadmill clip.
    public init() {}
}

/// What the analysis should recover from a synthetic clip (computed from the noise-free model at
/// the model's own events).
public struct SyntheticRunnerTruth: Sendable, Hashable {
    /// The cadence the runner ran at.
    public var cadenceStepsPerMinute: Double
    /// Mean trunk lean at midstance over the clip, and last-third minus first-third change.
    public var trunkLeanDegrees: Double
    public var trunkLeanChangeDegrees: Double
    /// Pelvic drop at midstance standing on the left and on the right foot.
    public var pelvicDropLeftDegrees: Double
    public var pelvicDropRightDegrees: Double
    /// Ankle ahead of the hip at contact, in leg lengths (0.9 m).
    public var overstrideLegLengths: Double
    /// Shank angle and knee flexion at contact, knee flexion at midstance.
    public var shankAngleAtContactDegrees: Double
    public var kneeFlexionAtContactDegrees: Double
    public var kneeFlexionAtMidstanceDegrees: Double
    /// Trunk-to-thigh angle at midstance (mean over the clip).
    public var trunkThighAngleDegrees: Double
    /// Hip-centre vertical range per step, in leg lengths.
    public var verticalOscillationLegLengths: Double
    /// Signed bend at L3 (positive = lordosis).
    public var lumbarCurvatureDegrees: Double
    /// Initial contacts in the clip (seconds).
    public var contactTimes: [Double]
}
