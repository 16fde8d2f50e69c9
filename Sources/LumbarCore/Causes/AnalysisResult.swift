/// The outcome of one analysis, the value behind `lumbar.result/1` (assessment.md): red flags
/// first, the four causes ranked with their findings, what is unknown, and the plan.
public struct AnalysisResult: Sendable, Hashable {
    /// The contract's schema tag.
    public static let schema = "lumbar.result/1"

    /// The date the analysis is made for (every "last 30 days" and every re-check date).
    public var asOf: LocalDate
    /// Version of the likelihood table (`CauseModel.version`).
    public var model: String
    /// The highest urgency among the red flags (`none` when only safety-net advice applies).
    public var urgency: Urgency
    /// Raised red flags, most urgent first.
    public var redFlags: [ResultRedFlag]
    /// All four causes, highest probability first.
    public var causes: [CauseEstimate]
    /// Why all levels are `unknown`, when they are.
    public var thinEvidenceReason: String?
    /// Missing inputs, red-flag questions first, then by how much they would move the causes.
    public var unknowns: [UnknownInput]
    /// The plan, red-flag action first.
    public var plan: [PlanItem]
    /// Findings shown for context that weigh nothing (e.g. BMI, R25), for the human reports.
    public var notes: [Finding]

    /// Creates a result.
    public init(
        asOf: LocalDate, model: String = CauseModel.version, urgency: Urgency,
        redFlags: [ResultRedFlag], causes: [CauseEstimate], thinEvidenceReason: String?,
        unknowns: [UnknownInput], plan: [PlanItem], notes: [Finding]
    ) {
        self.asOf = asOf
        self.model = model
        self.urgency = urgency
        self.redFlags = redFlags
        self.causes = causes
        self.thinEvidenceReason = thinEvidenceReason
        self.unknowns = unknowns
        self.plan = plan
        self.notes = notes
    }

    /// Every R-number cited by a finding, a note or a plan step, in first-use order (`R69`, `R34`).
    public var citedReferences: [String] {
        var seen = Set<String>()
        var out: [String] = []
        let texts = causes.flatMap { $0.findings.map(\.finding.source) } + notes.map(\.source)
            + plan.flatMap(\.steps)
        for text in texts {
            for r in ReferenceIDs.extract(from: text) where seen.insert(r).inserted { out.append(r) }
        }
        return out
    }
}

/// Finds R-numbers (`R34`, `R51b`) in source strings and sentences.
public enum ReferenceIDs {
    /// The R-numbers in `text`, in order of appearance (duplicates kept once).
    public static func extract(from text: String) -> [String] {
        var out: [String] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let startsWord = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber)
            if chars[i] == "R", startsWord, i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber {
                var j = i + 1
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                if j < chars.count, chars[j] == "b", j + 1 == chars.count || !(chars[j + 1].isLetter || chars[j + 1].isNumber) { j += 1 }
                let id = String(chars[i..<j])
                if !out.contains(id) { out.append(id) }
                i = j
            } else {
                i += 1
            }
        }
        return out
    }
}
