/// Which way a finding points for the cause it is reported under.
public enum Direction: String, Sendable, Codable, Hashable {
    /// Raises the cause (likelihood ratio above 1).
    case `for`
    /// Lowers the cause (likelihood ratio below 1).
    case against
    /// Shown for context only; weighs nothing (likelihood ratio exactly 1).
    case information
}

/// How well a likelihood ratio is supported.
public enum EvidenceBasis: String, Sendable, Codable, Hashable {
    /// A number read in the cited source (clinical.md tags [v]/[s]).
    case published
    /// A documented design default of clinical.md section 8, with no published number behind it.
    case documentedDefault
}

/// One row of the likelihood table: how a kind of finding bears on each cause, and why.
///
/// All rows live in `Evidence.table` (one place, each with its source), so the cause engine
/// and `lumbar analyze --explain` can show every weight. Causes not named have ratio 1.
public struct Evidence: Sendable, Hashable {
    /// Stable id, used as the finding id in results (e.g. `sessionSpike`).
    public var id: String
    /// Likelihood ratio per cause: P(finding | cause) / P(finding | other causes).
    public var likelihoodRatios: [Cause: Double]
    /// R-numbers of clinical.md, and/or the section-8 default item (e.g. `R69`, `clinical.md 8.9`).
    public var source: String
    public var basis: EvidenceBasis
    /// One line: what the row means and why it has these numbers.
    public var rationale: String

    public init(
        id: String, likelihoodRatios: [Cause: Double], source: String, basis: EvidenceBasis,
        rationale: String
    ) {
        self.id = id
        self.likelihoodRatios = likelihoodRatios
        self.source = source
        self.basis = basis
        self.rationale = rationale
    }

    public func likelihoodRatio(for cause: Cause) -> Double { likelihoodRatios[cause] ?? 1 }
}

/// A measured fact about the runner, the one seam between analyses and the cause engine
/// (architecture.md): value with unit, the threshold it was compared with, how it bears on each
/// cause, its source, the dates it refers to, and a sentence a runner understands.
public struct Finding: Sendable, Hashable {
    /// The evidence row id (e.g. `sessionSpike`); several findings may share one.
    public var id: String
    public var value: Double?
    public var unit: String?
    public var threshold: Double?
    /// The table row that weights this finding; `nil` for information-only findings.
    public var evidence: Evidence?
    public var source: String
    /// A sentence for people, with the runner's own numbers and dates.
    public var text: String
    /// Local dates the finding refers to (e.g. the spike run's date).
    public var dates: [LocalDate]
    /// Where it came from: `load`, `answers`, `coreTests`, `painDiary`, `form`, `posture`.
    public var origin: String

    public init(
        id: String, value: Double? = nil, unit: String? = nil, threshold: Double? = nil,
        evidence: Evidence?, source: String? = nil, text: String, dates: [LocalDate] = [],
        origin: String
    ) {
        self.id = id
        self.value = value
        self.unit = unit
        self.threshold = threshold
        self.evidence = evidence
        self.source = source ?? evidence?.source ?? ""
        self.text = text
        self.dates = dates
        self.origin = origin
    }

    /// The likelihood ratio this finding applies to `cause` (1 when information only).
    public func likelihoodRatio(for cause: Cause) -> Double {
        evidence?.likelihoodRatio(for: cause) ?? 1
    }

    /// For, against or information, as seen from `cause`.
    public func direction(for cause: Cause) -> Direction {
        let lr = likelihoodRatio(for: cause)
        return lr > 1 ? .for : lr < 1 ? .against : .information
    }
}
