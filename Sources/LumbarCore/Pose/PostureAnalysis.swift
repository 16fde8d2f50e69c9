/// Everything lumbar measured in one running video: view, steps, cadence, per-step metrics and
/// their summaries, and per-frame angle traces for the chart.
public struct PostureAnalysis: Sendable {
    /// The keypoint layout of the file.
    public var model: String
    /// Frames per second of the clip.
    public var framesPerSecond: Double
    /// Frames in the clip, empty ones included.
    public var frameCount: Int
    /// Seconds from the first to the last frame.
    public var durationSeconds: Double
    /// Side or front view and the running direction.
    public var view: ViewEstimate
    /// What cleaning removed, repaired and filled.
    public var cleaning: PoseCleaningReport
    /// Hip-to-ankle length (thigh + shank) in pixels, the scale of the normalised metrics.
    public var legLengthPixels: Double
    /// Every step found, with its metrics.
    public var steps: [StepMeasurement]
    /// Steps per minute over the whole clip (intervals between consecutive contacts).
    public var cadenceStepsPerMinute: Double?
    /// Cadence over the first and the last third of the clip.
    public var cadenceFirstThird: Double?
    public var cadenceLastThird: Double?
    /// Mean, SD and first-to-last-third change of each measured metric.
    public var summaries: [PostureMetric: StepMetricSummary]
    /// The runner's height when given (centimetre metrics need it).
    public var heightCentimeters: Double?
    /// Per-frame angles for the chart.
    public var traces: PostureTraces
    /// The cleaned keypoints of the most typical midstance (trunk lean closest to the mean), for
    /// the stick figure.
    public var figure: [Joint: Keypoint]
    /// The frame of `figure`.
    public var figureFrame: Int?
    /// What the reader and the analysis want the runner to know.
    public var notes: [String]

    /// Left minus right pelvic drop (front view), when both sides were measured.
    public var pelvicDropDifferenceDegrees: Double? {
        guard let l = summaries[.pelvicDropLeftStanceDegrees], let r = summaries[.pelvicDropRightStanceDegrees] else { return nil }
        return l.mean - r.mean
    }

    /// Cadence change from the first to the last third.
    public var cadenceChangeFirstToLastThird: Double? {
        guard let a = cadenceFirstThird, let b = cadenceLastThird else { return nil }
        return b - a
    }
}

/// Angles per frame (`nil` where not measurable), for charts.
public struct PostureTraces: Sendable, Hashable {
    /// Seconds from the first frame.
    public var times: [Double]
    /// Side view: trunk forward lean (deg) every frame.
    public var trunkLeanDegrees: [Double?]
    /// Side view: knee flexion (deg) of the left and right leg.
    public var kneeFlexionLeftDegrees: [Double?]
    public var kneeFlexionRightDegrees: [Double?]
    /// Front view: hip-line angle (deg), positive when the runner's right hip is lower.
    public var hipLineDegrees: [Double?]

    public init(times: [Double], trunkLeanDegrees: [Double?], kneeFlexionLeftDegrees: [Double?],
                kneeFlexionRightDegrees: [Double?], hipLineDegrees: [Double?]) {
        self.times = times
        self.trunkLeanDegrees = trunkLeanDegrees
        self.kneeFlexionLeftDegrees = kneeFlexionLeftDegrees
        self.kneeFlexionRightDegrees = kneeFlexionRightDegrees
        self.hipLineDegrees = hipLineDegrees
    }
}
