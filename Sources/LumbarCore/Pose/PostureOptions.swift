/// Choices for one posture analysis.
public struct PostureOptions: Sendable, Hashable {
    /// Force the view instead of detecting it (`--view side|front`).
    public var view: CameraView?
    /// The runner's height, for centimetre values (optional).
    public var heightCentimeters: Double?
    /// Cleaning parameters (documented defaults).
    public var cleaning: PoseCleaningParameters

    public init(view: CameraView? = nil, heightCentimeters: Double? = nil, cleaning: PoseCleaningParameters = PoseCleaningParameters()) {
        self.view = view
        self.heightCentimeters = heightCentimeters
        self.cleaning = cleaning
    }
}
