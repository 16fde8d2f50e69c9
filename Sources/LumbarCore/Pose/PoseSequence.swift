/// A runner's pose over a clip, normalised from any keypoint file: named joints in image pixels
/// (x right, y down), a confidence per point, and the time of every frame.
///
/// Readers in `LumbarFormats/Pose` produce it; `PostureAnalyzer` consumes it. Frames the file had
/// no person in are kept as frames with every joint absent, so times stay regular.
public struct PoseSequence: Sendable, Hashable {
    /// The keypoint layout the file used (`BODY_25`, `COCO-17`, `SpineTrack-37`, `MediaPipe-33`...).
    public var model: String
    /// Frames per second (from the file, or `--fps`).
    public var framesPerSecond: Double
    /// Seconds from the first frame, one per frame, increasing.
    public var times: [Double]
    /// One track per `Joint`, indexed by `Joint.rawValue`.
    public var tracks: [JointTrack]
    /// The source image size in pixels, when the file says.
    public var imageWidth: Double?
    public var imageHeight: Double?
    /// What the reader did that the runner should know (person selection, skipped frames).
    public var notes: [String]

    /// An empty sequence of `frameCount` frames at `framesPerSecond` (times `i / fps`).
    public init(model: String, framesPerSecond: Double, frameCount: Int, times: [Double]? = nil) {
        self.model = model
        self.framesPerSecond = framesPerSecond
        self.times = times ?? (0..<frameCount).map { Double($0) / framesPerSecond }
        self.tracks = Array(repeating: JointTrack(frameCount: frameCount), count: Joint.count)
        self.notes = []
    }

    /// Frames in the clip.
    public var frameCount: Int { times.count }
    /// Seconds from the first to the last frame.
    public var durationSeconds: Double { (times.last ?? 0) - (times.first ?? 0) }

    /// The track of one joint.
    public subscript(joint: Joint) -> JointTrack {
        get { tracks[joint.rawValue] }
        set { tracks[joint.rawValue] = newValue }
    }

    /// One joint in one frame; `nil` when absent. Setting `nil` marks it absent.
    public subscript(joint: Joint, frame: Int) -> Keypoint? {
        get {
            let j = joint.rawValue
            let c = tracks[j].confidence[frame]
            return c > 0 ? Keypoint(x: tracks[j].x[frame], y: tracks[j].y[frame], confidence: c) : nil
        }
        set {
            tracks[joint.rawValue].x[frame] = newValue?.x ?? 0
            tracks[joint.rawValue].y[frame] = newValue?.y ?? 0
            tracks[joint.rawValue].confidence[frame] = newValue?.confidence ?? 0
        }
    }

    /// Whether a joint is present in at least one frame.
    public func has(_ joint: Joint) -> Bool { tracks[joint.rawValue].confidence.contains { $0 > 0 } }

    /// How many frames have no joint at all (an empty frame in the file).
    public var emptyFrameCount: Int {
        (0..<frameCount).reduce(0) { n, f in tracks.contains { $0.confidence[f] > 0 } ? n : n + 1 }
    }

    /// Fills `neck` from the shoulder midpoint and `midHip` from the hip midpoint in frames where
    /// the layout has no such point (COCO-17, MediaPipe) and both sides are present. The
    /// confidence is the lower of the two.
    public mutating func fillDerivedMidpoints() {
        fill(.neck, from: .leftShoulder, .rightShoulder)
        fill(.midHip, from: .leftHip, .rightHip)
    }

    private mutating func fill(_ target: Joint, from a: Joint, _ b: Joint) {
        let ta = tracks[a.rawValue], tb = tracks[b.rawValue]
        var t = tracks[target.rawValue]
        for f in 0..<frameCount where t.confidence[f] <= 0 && ta.confidence[f] > 0 && tb.confidence[f] > 0 {
            t.x[f] = (ta.x[f] + tb.x[f]) / 2
            t.y[f] = (ta.y[f] + tb.y[f]) / 2
            t.confidence[f] = min(ta.confidence[f], tb.confidence[f])
        }
        tracks[target.rawValue] = t
    }
}
