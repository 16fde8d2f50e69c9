/// Where the camera stood relative to the runner.
public enum CameraView: String, Sendable, Hashable, Codable, CaseIterable {
    /// Filmed from the side (sagittal plane): trunk lean, alignment, overstride, knee angles.
    case side
    /// Filmed from the front or the back (frontal plane): pelvic drop.
    case front
}

/// The detected view and running direction, with the numbers they came from.
public struct ViewEstimate: Sendable, Hashable {
    /// The view used for the analysis.
    public var view: CameraView
    /// True when the view came from the keypoints, false when the runner chose it (`--view`).
    public var detected: Bool
    /// Median of (shoulder width + hip width) / (2 x torso length): about 0.6-0.8 from the front,
    /// below 0.2 from the side. `nil` when never both sides were seen.
    public var widthToTorsoRatio: Double?
    /// 90th percentile of the horizontal ankle separation / torso length: above ~0.6 from the
    /// side (legs scissor across the picture), small from the front.
    public var ankleSeparationToTorsoRatio: Double?
    /// Side view: +1 when the runner runs towards image right, -1 towards image left.
    /// Front view: +1 facing the camera, -1 seen from behind (from the left hip's image side).
    public var direction: Double
    /// How `direction` was decided (`hip travel`, `toes ahead of heels`, `knees ahead of hips`...).
    public var directionBasis: String

    public init(
        view: CameraView, detected: Bool, widthToTorsoRatio: Double?, ankleSeparationToTorsoRatio: Double?,
        direction: Double, directionBasis: String
    ) {
        self.view = view
        self.detected = detected
        self.widthToTorsoRatio = widthToTorsoRatio
        self.ankleSeparationToTorsoRatio = ankleSeparationToTorsoRatio
        self.direction = direction
        self.directionBasis = directionBasis
    }

    /// Words for the report: "side view, running to the right".
    public var description: String {
        switch view {
        case .side: "side view, running to the \(direction > 0 ? "right" : "left")"
        case .front: direction > 0 ? "front view (facing the camera)" : "back view (running away from the camera)"
        }
    }
}
