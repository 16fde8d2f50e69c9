import LumbarCore

/// A pose estimator's keypoint order: which array index holds which `Joint`
/// (formats.md "Pose keypoint files"; docs/pose-formats.md). Points lumbar does not use (eyes,
/// ears, small toes, hands) are not mapped.
public struct KeypointLayout: Sendable, Hashable {
    /// `BODY_25`, `COCO-18`, `COCO-17`, `Halpe-26`, `SpineTrack-37`, `MediaPipe-33`.
    public var name: String
    /// Keypoints per person.
    public var count: Int
    /// The array index of each joint the layout has.
    public var index: [Joint: Int]

    /// OpenPose BODY_25 (right-first; 8 = MidHip; 19/21/22/24 big toes and heels).
    public static let body25 = KeypointLayout(name: "BODY_25", count: 25, index: [
        .nose: 0, .neck: 1, .rightShoulder: 2, .rightElbow: 3, .rightWrist: 4, .leftShoulder: 5,
        .leftElbow: 6, .leftWrist: 7, .midHip: 8, .rightHip: 9, .rightKnee: 10, .rightAnkle: 11,
        .leftHip: 12, .leftKnee: 13, .leftAnkle: 14, .leftToe: 19, .leftHeel: 21, .rightToe: 22,
        .rightHeel: 24,
    ])
    /// OpenPose COCO_18 (right-first, with a neck, no mid-hip or feet).
    public static let coco18 = KeypointLayout(name: "COCO-18", count: 18, index: [
        .nose: 0, .neck: 1, .rightShoulder: 2, .rightElbow: 3, .rightWrist: 4, .leftShoulder: 5,
        .leftElbow: 6, .leftWrist: 7, .rightHip: 8, .rightKnee: 9, .rightAnkle: 10, .leftHip: 11,
        .leftKnee: 12, .leftAnkle: 13,
    ])
    /// COCO-17 (left-first, no neck or mid-hip: they are derived from the midpoints).
    public static let coco17 = KeypointLayout(name: "COCO-17", count: 17, index: cocoIndex)
    /// Halpe-26: COCO-17 plus neck, mid-hip, big toes, small toes and heels.
    public static let halpe26 = KeypointLayout(name: "Halpe-26", count: 26, index: halpeIndex)
    /// SpineTrack-37 (SpinePose): Halpe-26 plus spine L5, L3, T12/L1, T8, T3 (26-30).
    public static let spineTrack37 = KeypointLayout(
        name: "SpineTrack-37", count: 37,
        index: halpeIndex.merging([.spineL5: 26, .spineL3: 27, .spineT12L1: 28, .spineT8: 29, .spineT3: 30]) { a, _ in a })
    /// MediaPipe Pose / BlazePose, 33 landmarks (heels 29/30, foot index 31/32 as toes).
    public static let mediaPipe33 = KeypointLayout(name: "MediaPipe-33", count: 33, index: [
        .nose: 0, .leftShoulder: 11, .rightShoulder: 12, .leftElbow: 13, .rightElbow: 14,
        .leftWrist: 15, .rightWrist: 16, .leftHip: 23, .rightHip: 24, .leftKnee: 25, .rightKnee: 26,
        .leftAnkle: 27, .rightAnkle: 28, .leftHeel: 29, .rightHeel: 30, .leftToe: 31, .rightToe: 32,
    ])

    private static let cocoIndex: [Joint: Int] = [
        .nose: 0, .leftShoulder: 5, .rightShoulder: 6, .leftElbow: 7, .rightElbow: 8, .leftWrist: 9,
        .rightWrist: 10, .leftHip: 11, .rightHip: 12, .leftKnee: 13, .rightKnee: 14, .leftAnkle: 15,
        .rightAnkle: 16,
    ]
    private static let halpeIndex: [Joint: Int] = cocoIndex.merging(
        [.neck: 18, .midHip: 19, .leftToe: 20, .rightToe: 21, .leftHeel: 24, .rightHeel: 25]) { a, _ in a }

    /// The OpenPose-layout model told apart by the length of `pose_keypoints_2d` (x, y, c per
    /// point): 75 BODY_25, 54 COCO-18, 78 Halpe-26, 51 COCO-17, 111 SpineTrack-37.
    public static func openPose(valueCount: Int) -> KeypointLayout? {
        switch valueCount {
        case 75: body25
        case 54: coco18
        case 78: halpe26
        case 51: coco17
        case 111: spineTrack37
        default: nil
        }
    }

    /// Coordinates beyond this many pixels are not from a video frame (damaged data).
    static let maximumCoordinate = 1e6

    /// Sets the layout's joints of `frame` from `points` (one per layout index); returns false
    /// (setting nothing) when a detected point lies beyond `maximumCoordinate`.
    @discardableResult
    func assign(_ points: [Keypoint], to s: inout PoseSequence, frame: Int) -> Bool {
        for p in points where p.confidence > 0 && (abs(p.x) > KeypointLayout.maximumCoordinate || abs(p.y) > KeypointLayout.maximumCoordinate) {
            return false
        }
        for (joint, i) in index where i < points.count {
            let p = points[i]
            s[joint, frame] = p.confidence > 0 ? p : nil
        }
        return true
    }
}
