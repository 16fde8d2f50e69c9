/// One detected point in image pixels (x right, y down) with the estimator's confidence (0-1).
public struct Keypoint: Sendable, Hashable {
    /// Pixels from the left edge, from the top edge, and the estimator's confidence 0-1.
    public var x: Double
    public var y: Double
    public var confidence: Double

    public init(x: Double, y: Double, confidence: Double) {
        self.x = x
        self.y = y
        self.confidence = confidence
    }
}

/// One joint over the whole clip, column-wise (fast for filters): x, y in pixels and confidence
/// per frame. A confidence of 0 means "not detected in this frame" (x and y are then meaningless).
public struct JointTrack: Sendable, Hashable {
    /// Per frame: x and y in pixels and the confidence (0 = absent).
    public var x: [Double]
    public var y: [Double]
    public var confidence: [Double]

    /// An empty (undetected) track of `frameCount` frames.
    public init(frameCount: Int) {
        x = Array(repeating: 0, count: frameCount)
        y = Array(repeating: 0, count: frameCount)
        confidence = Array(repeating: 0, count: frameCount)
    }

    /// Whether the joint is detected in `frame`.
    @inline(__always) public func isPresent(_ frame: Int) -> Bool { confidence[frame] > 0 }

    /// How many frames have the joint.
    public var presentCount: Int { confidence.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }
}
