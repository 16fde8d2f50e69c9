/// The sport of an activity, normalised from every reader's own vocabulary.
///
/// lumbar analyses running; other sports are recognised so that imports can skip and count them.
public enum Sport: String, Sendable, Codable, CaseIterable, Hashable {
    case running
    case trailRunning
    case treadmillRunning
    case virtualRunning
    case walking
    case hiking
    case cycling
    case swimming
    case other

    /// Whether lumbar treats this sport as a run (road, trail, treadmill and virtual runs count).
    public var isRunning: Bool {
        switch self {
        case .running, .trailRunning, .treadmillRunning, .virtualRunning: true
        default: false
        }
    }
}
