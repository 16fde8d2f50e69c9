/// One step found in the video: the stance foot, its initial contact, midstance and the end of
/// its contact, as frame indices of the `PoseSequence`.
public struct GaitStep: Sendable, Hashable {
    /// The foot on the ground.
    public var side: BodySide
    /// The first frame the foot is on the ground (initial contact).
    public var contactFrame: Int
    /// Midstance: side view, the first stance frame with the ankle under or behind the hip
    /// centre; front view (and fallback), the middle of the contact.
    public var midstanceFrame: Int
    /// The last frame of the contact (the foot leaves the ground after it).
    public var lastContactFrame: Int
    /// The next initial contact of either foot, when it follows within 1.5 typical step times.
    public var nextContactFrame: Int?

    public init(side: BodySide, contactFrame: Int, midstanceFrame: Int, lastContactFrame: Int, nextContactFrame: Int?) {
        self.side = side
        self.contactFrame = contactFrame
        self.midstanceFrame = midstanceFrame
        self.lastContactFrame = lastContactFrame
        self.nextContactFrame = nextContactFrame
    }
}
