/// Why a pose-keypoint file could not be used, naming the file (and frame) and what to do.
public enum PoseFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path does not exist or cannot be read.
    case unreadable(file: String, reason: String)
    /// The file (or folder) holds nothing.
    case empty(file: String)
    /// Not a keypoint format lumbar reads.
    case notRecognised(file: String, reason: String)
    /// Not valid JSON / CSV.
    case damaged(file: String, reason: String)
    /// One frame is unusable (wrong number of values, NaN) in a single-file input.
    case badFrame(file: String, frame: Int, reason: String)
    /// The file has no frame rate and none was given.
    case noFrameRate(file: String)
    /// Normalised coordinates without the image size to undo the normalisation.
    case needsImageSize(file: String)
    /// Coordinates look normalised (all within 0-1) in a format that should be in pixels.
    case normalisedCoordinates(file: String)
    /// Too many frames were unusable.
    case tooManyBadFrames(file: String, bad: Int, total: Int, first: String)

    public var description: String {
        switch self {
        case .unreadable(let f, let r): "\(f): cannot be read: \(r)."
        case .empty(let f): "\(f): holds no keypoints; export the pose estimator's output again."
        case .notRecognised(let f, let r): "\(f): not a keypoint file lumbar reads (\(r)); see docs/pose-formats.md for OpenPose JSON, COCO keypoint results and MediaPipe JSON/CSV."
        case .damaged(let f, let r): "\(f): damaged: \(r)."
        case .badFrame(let f, let frame, let r): "\(f): frame \(frame): \(r)."
        case .noFrameRate(let f): "\(f): the file has no frame rate: pass the video's rate with --fps (e.g. --fps 60)."
        case .needsImageSize(let f): "\(f): MediaPipe coordinates are normalised to 0-1: the file must give \"width\" and \"height\" (or pass --width and --height) so angles are measured in true proportions."
        case .normalisedCoordinates(let f): "\(f): every coordinate is between 0 and 1 (OpenPose --keypoint_scale 3 or 4): re-export in pixels (--keypoint_scale 0) so angles are measured in true proportions."
        case .tooManyBadFrames(let f, let bad, let total, let first): "\(f): \(bad) of \(total) frames are unusable (first: \(first)); check the export."
        }
    }
}

/// Choices for reading a keypoint file.
public struct PoseReadOptions: Sendable, Hashable {
    /// Frames per second when the file has none (`--fps`); a MediaPipe file's own `fps`/`t` wins.
    public var framesPerSecond: Double?
    /// Image size in pixels for normalised inputs (MediaPipe) when the file has none.
    public var imageWidth: Double?
    public var imageHeight: Double?

    public init(framesPerSecond: Double? = nil, imageWidth: Double? = nil, imageHeight: Double? = nil) {
        self.framesPerSecond = framesPerSecond
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
    }
}
