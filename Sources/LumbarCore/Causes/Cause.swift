/// The four usual causes of lower-back pain after running (product.md), in the contract's ids.
public enum Cause: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    /// Poor running posture: trunk not aligned with the legs, extension/facet pattern.
    case posture
    /// Lack of (core) conditioning: a core that tires, so form breaks down late in runs.
    case conditioning
    /// A back muscle strained by overuse, e.g. much more running than usual last week.
    case strain
    /// A degenerative disc condition.
    case disc

    /// Words a runner understands.
    public var title: String {
        switch self {
        case .posture: "Running posture"
        case .conditioning: "Core conditioning"
        case .strain: "Muscle strain from overuse"
        case .disc: "Disc-related (degenerative) pain"
        }
    }

    public static func < (a: Cause, b: Cause) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How soon a person should see a clinician (clinical.md 1.2 tiers E/U/S/N).
public enum Urgency: String, Sendable, Codable, CaseIterable, Comparable {
    case none, soon, urgent, emergency

    private var rank: Int { Urgency.allCases.firstIndex(of: self)! }
    public static func < (a: Urgency, b: Urgency) -> Bool { a.rank < b.rank }
}
