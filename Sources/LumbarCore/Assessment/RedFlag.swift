/// The red-flag conditions lumbar screens for (clinical.md 1.2), in the result contract's ids.
public enum RedFlagID: String, Sendable, Hashable, CaseIterable {
    /// Cauda equina syndrome: bladder, bowel, saddle, sexual or two-legged symptoms (R8, R9).
    case caudaEquina
    /// Foot drop or leg weakness, especially weakness that is getting worse (R2, R9, R12).
    case progressiveNeuroDeficit
    /// Spinal infection: fever and unwell, or an infection risk with constant pain (R2, R10, R12).
    case infection
    /// Spinal metastases: a past cancer with new night pain, weight loss or age over 50 (R3, R16).
    case malignancy
    /// Vertebral fracture: major trauma, or a fall or lift in an older or fragile spine (R3, R4).
    case fracture
    /// Axial spondyloarthritis by the NICE NG65 gate and count (R15).
    case inflammatory
    /// Abdominal aortic aneurysm presenting as back pain (R10).
    case aorticAneurysm
    /// Pars stress fracture (spondylolysis) in a young athlete (R29).
    case adolescentStressFracture
    /// Nerve-root irritation (clinical.md 8.14 default). Not in the contract's original id list;
    /// the contract allows new entries, and it is only ever `soon`.
    case nerveRootIrritation
}

/// One raised red flag: what, how soon, which answers raised it, and what to do.
public struct RedFlag: Sendable, Hashable {
    /// Which condition.
    public var id: RedFlagID
    /// How soon to act (clinical.md 1.2 tiers).
    public var urgency: Urgency
    /// The answers that raised it: red-flag keys bare (`bladderChange`), other answers by their
    /// contract path (`age`, `symptoms.legPainSides`, `inflammatory.onsetAge`).
    public var because: [String]
    /// Plain words: what to do and how soon.
    public var advice: String

    /// A raised flag.
    public init(id: RedFlagID, urgency: Urgency, because: [String], advice: String) {
        self.id = id
        self.urgency = urgency
        self.because = because
        self.advice = advice
    }
}

/// The outcome of the red-flag screen (`RedFlagScreen.evaluate`).
public struct RedFlagResult: Sendable, Hashable {
    /// The highest urgency among `redFlags`; `.none` when none was raised (safety net alone).
    public var urgency: Urgency
    /// Most urgent first; ties in `RedFlagID` order.
    public var redFlags: [RedFlag]
    /// Screen inputs left unanswered (`redFlags.<name>`, or the contract path of another answer
    /// the screen needs). An unanswered question never raises urgency.
    public var unknowns: [String]
    /// Advice that always applies: which new symptoms would change the picture, and single weak
    /// flags reported that on their own are no reason for alarm (R4).
    public var safetyNet: [String]

    /// A screen result.
    public init(urgency: Urgency, redFlags: [RedFlag], unknowns: [String], safetyNet: [String]) {
        self.urgency = urgency
        self.redFlags = redFlags
        self.unknowns = unknowns
        self.safetyNet = safetyNet
    }
}
