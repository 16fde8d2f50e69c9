/// Why a keypoint sequence could not be analysed, with what to do about it.
public enum PostureAnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Too few frames (fewer than one second) to find steps.
    case tooShort(frames: Int, seconds: Double)
    /// No frame had both a hip and a shoulder above the confidence threshold.
    case noRunner(frames: Int)
    /// Hips and shoulders were found but no foot contacts.
    case noSteps(view: CameraView)
    /// A frame rate outside 1-1000 frames per second.
    case implausibleFrameRate(Double)

    public var description: String {
        switch self {
        case .tooShort(let frames, let seconds):
            "only \(frames) frames (\(String(format: "%.2f", seconds)) s): film at least 5 seconds (10 steps) of steady running."
        case .noRunner(let frames):
            "none of the \(frames) frames has a hip and a shoulder detected with confidence of at least 0.3: check the runner is in the picture, lit, and not too small."
        case .implausibleFrameRate(let fps):
            "a frame rate of \(fps) frames per second is not plausible: give the video's real rate with --fps (usually 25-240)."
        case .noSteps(let view):
            "no foot contacts were found (\(view.rawValue) view): the feet must be visible in the picture; film the whole body, feet included, for at least 5 seconds of running."
        }
    }
}
