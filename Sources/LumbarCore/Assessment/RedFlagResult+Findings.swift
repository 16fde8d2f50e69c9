extension RedFlagResult {
    /// The raised red flags as findings (origin `answers`, information only: a red flag never
    /// weighs a cause, it stands above them; architecture.md). Id `redFlag.<id>`, value the
    /// urgency rank (1 soon, 2 urgent, 3 emergency), text the advice.
    public var findings: [Finding] {
        redFlags.map { flag in
            Finding(
                id: "redFlag.\(flag.id.rawValue)",
                value: Double(Urgency.allCases.firstIndex(of: flag.urgency) ?? 0), unit: "urgency",
                evidence: nil, source: RedFlagResult.source(flag.id),
                text: "\(flag.urgency.rawValue.capitalized): \(flag.advice)", origin: "answers")
        }
    }

    /// The clinical.md references behind each flag.
    public static func source(_ id: RedFlagID) -> String {
        switch id {
        case .caudaEquina: "R8, R9"
        case .progressiveNeuroDeficit: "R2, R9, R12"
        case .infection: "R2, R10, R12"
        case .malignancy: "R3, R16, R17"
        case .fracture: "R3, R4, R12"
        case .inflammatory: "R15"
        case .aorticAneurysm: "R10"
        case .adolescentStressFracture: "R29"
        case .nerveRootIrritation: "clinical.md 8.14"
        }
    }
}
