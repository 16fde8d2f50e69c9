/// The documented parameters of keypoint cleaning (`PoseCleaner`), in the order they apply.
///
/// These are design defaults (clinical.md has no numbers for video processing); they follow
/// common practice in 2-D running-video analysis (Winter's "Biomechanics and Motor Control of
/// Human Movement": 6-8 Hz low-pass for running kinematics, filtered forward and backward).
public struct PoseCleaningParameters: Sendable, Hashable {
    /// Points below this confidence are treated as not detected (OpenPose and MediaPipe points
    /// under ~0.3 are mostly guesses).
    public var minimumConfidence: Double = 0.3
    /// Running-median window for jitter removal, in seconds (rounded to an odd frame count, at
    /// least 5 frames).
    public var medianWindowSeconds: Double = 0.1
    /// A point further than this many scaled MADs (1.4826 x median absolute deviation of the
    /// residuals from the running median, per joint and axis) from the running median is an
    /// outlier and removed.
    public var outlierMADs: Double = 3
    /// The outlier distance is never below this share of the torso length (so a clip with very
    /// little noise does not lose real fast movements).
    public var outlierFloorTorsoShare: Double = 0.08
    /// Gaps up to this long (seconds) are filled by linear interpolation; longer gaps stay missing.
    public var maximumGapSeconds: Double = 0.1
    /// A frame's left/right labels are swapped when swapping makes the legs (or arms) this much
    /// more continuous: swapped cost < ratio x kept cost.
    public var swapCostRatio: Double = 0.5
    /// Low-pass cut-off (Hz) of the 2nd-order Butterworth filter, run forward and backward (zero
    /// lag). The cut-off is divided by Winter's dual-pass correction 0.802 so the combined filter
    /// has its -3 dB point here. Skipped when above 0.45 x the frame rate.
    public var smoothingCutoffHz: Double = 7

    /// The defaults above.
    public init() {}
}

/// What cleaning did, for the report ("12 points below confidence 0.3 were ignored").
public struct PoseCleaningReport: Sendable, Hashable {
    /// Points ignored for low confidence.
    public var lowConfidencePoints = 0
    /// Points removed as jitter outliers.
    public var outlierPoints = 0
    /// Frames whose leg (or arm) labels were swapped back.
    public var swappedFrames = 0
    /// Points filled by interpolation across short gaps.
    public var interpolatedPoints = 0
    /// Frames without a usable hip and shoulder after cleaning.
    public var unusableFrames = 0

    public init() {}
}
