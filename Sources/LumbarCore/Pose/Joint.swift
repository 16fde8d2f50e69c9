/// A body point lumbar reads from pose-keypoint files, whatever the estimator's own layout
/// (OpenPose BODY_25/COCO-18, COCO-17, Halpe-26, SpineTrack-37, MediaPipe-33: docs/pose-formats.md).
///
/// Left and right are the runner's own (anatomical) sides, as the estimator labelled them.
public enum Joint: Int, CaseIterable, Sendable, Hashable, Codable {
    case nose, neck
    case leftShoulder, rightShoulder, leftElbow, rightElbow, leftWrist, rightWrist
    case leftHip, rightHip, midHip
    case leftKnee, rightKnee, leftAnkle, rightAnkle, leftHeel, rightHeel, leftToe, rightToe
    /// SpineTrack-37 spine points (SpinePose): L5, L3, T12/L1, T8 and T3.
    case spineL5, spineL3, spineT12L1, spineT8, spineT3

    /// The number of joints (the size of per-joint arrays).
    public static let count = 24

    /// A camelCase name for JSON and messages (`leftKnee`, `spineL5`).
    public var name: String {
        switch self {
        case .nose: "nose"
        case .neck: "neck"
        case .leftShoulder: "leftShoulder"
        case .rightShoulder: "rightShoulder"
        case .leftElbow: "leftElbow"
        case .rightElbow: "rightElbow"
        case .leftWrist: "leftWrist"
        case .rightWrist: "rightWrist"
        case .leftHip: "leftHip"
        case .rightHip: "rightHip"
        case .midHip: "midHip"
        case .leftKnee: "leftKnee"
        case .rightKnee: "rightKnee"
        case .leftAnkle: "leftAnkle"
        case .rightAnkle: "rightAnkle"
        case .leftHeel: "leftHeel"
        case .rightHeel: "rightHeel"
        case .leftToe: "leftToe"
        case .rightToe: "rightToe"
        case .spineL5: "spineL5"
        case .spineL3: "spineL3"
        case .spineT12L1: "spineT12L1"
        case .spineT8: "spineT8"
        case .spineT3: "spineT3"
        }
    }

    /// The same joint on the other side (itself for midline joints).
    public var mirrored: Joint {
        switch self {
        case .leftShoulder: .rightShoulder
        case .rightShoulder: .leftShoulder
        case .leftElbow: .rightElbow
        case .rightElbow: .leftElbow
        case .leftWrist: .rightWrist
        case .rightWrist: .leftWrist
        case .leftHip: .rightHip
        case .rightHip: .leftHip
        case .leftKnee: .rightKnee
        case .rightKnee: .leftKnee
        case .leftAnkle: .rightAnkle
        case .rightAnkle: .leftAnkle
        case .leftHeel: .rightHeel
        case .rightHeel: .leftHeel
        case .leftToe: .rightToe
        case .rightToe: .leftToe
        default: self
        }
    }
}

/// The runner's left or right side.
public enum BodySide: String, Sendable, Hashable, Codable, CaseIterable {
    case left, right

    /// The other side.
    public var other: BodySide { self == .left ? .right : .left }
    /// This side's hip, knee, ankle, heel, toe and shoulder.
    public var hip: Joint { self == .left ? .leftHip : .rightHip }
    public var knee: Joint { self == .left ? .leftKnee : .rightKnee }
    public var ankle: Joint { self == .left ? .leftAnkle : .rightAnkle }
    public var heel: Joint { self == .left ? .leftHeel : .rightHeel }
    public var toe: Joint { self == .left ? .leftToe : .rightToe }
    public var shoulder: Joint { self == .left ? .leftShoulder : .rightShoulder }
}
