/// One red flag as the result shows it (assessment.md): which condition, how urgent, which
/// answers raised it, and what to do.
public struct ResultRedFlag: Sendable, Hashable {
    /// `caudaEquina`, `progressiveNeuroDeficit`, `infection`, `malignancy`, `fracture`,
    /// `inflammatory`, `aorticAneurysm` or `adolescentStressFracture`.
    public var id: String
    /// How soon to see a clinician (clinical.md 1.2 tiers).
    public var urgency: Urgency
    /// The answer keys that raised it (e.g. `bladderChange`).
    public var because: [String]
    /// What to do, in plain words.
    public var advice: String

    /// Creates a red flag.
    public init(id: String, urgency: Urgency, because: [String], advice: String) {
        self.id = id
        self.urgency = urgency
        self.because = because
        self.advice = advice
    }
}
