/// The load analysis' rows of the likelihood table (clinical.md 6.3 and 8.9).
///
/// Hazard ratios are mapped to likelihood ratios one to one (LR = HR of the band): a documented
/// choice (clinical.md 8.1 asks for LR 2-4 for the Frandsen spike; its hazard ratios are the
/// only runner-specific numbers we have, so they are used unchanged rather than inflated).
extension Evidence {
    /// A run >10-30 % longer than the 30-day longest, in the 14 days before onset: LR 1.64.
    public static let sessionSpikeSmall = Evidence(
        id: "sessionSpikeSmall", likelihoodRatios: [.strain: 1.64], source: "R69, clinical.md 8.9",
        basis: .published,
        rationale: "Frandsen 2025: a run >10-30 % longer than the longest of the previous 30 days, HR 1.64 (1.31-2.05); LR = HR (documented mapping).")
    /// A run >30-100 % longer than the 30-day longest, in the 14 days before onset: LR 1.52.
    public static let sessionSpikeModerate = Evidence(
        id: "sessionSpikeModerate", likelihoodRatios: [.strain: 1.52], source: "R69, clinical.md 8.9",
        basis: .published,
        rationale: "Frandsen 2025: a run >30-100 % longer than the longest of the previous 30 days, HR 1.52 (1.16-2.00); LR = HR (documented mapping).")
    /// A run more than twice the 30-day longest, in the 14 days before onset: LR 2.28.
    public static let sessionSpikeLarge = Evidence(
        id: "sessionSpikeLarge", likelihoodRatios: [.strain: 2.28], source: "R69, clinical.md 8.9",
        basis: .published,
        rationale: "Frandsen 2025: a run >100 % longer than the longest of the previous 30 days, HR 2.28 (1.50-3.48); LR = HR (documented mapping).")
    /// A week >30 % up on the week before, in the 14 days before onset: LR 1.3.
    public static let weeklyJump = Evidence(
        id: "weeklyJump", likelihoodRatios: [.strain: 1.3], source: "R68, clinical.md 8.9",
        basis: .documentedDefault,
        rationale: "Nielsen 2014: >30 % weekly progression, HR 1.59 (0.96-2.66, p = 0.07), mainly non-back injuries; weak, so shrunk to LR 1.3 (documented default).")
    /// Steady load before onset (no spike, no weekly jump, enough history): LR 0.8 against strain.
    public static let steadyLoad = Evidence(
        id: "steadyLoad", likelihoodRatios: [.strain: 0.8], source: "R69, clinical.md 8.9",
        basis: .documentedDefault,
        rationale: "No spike and no weekly jump in the 14 days before onset, with at least 21 days and 6 runs of history: overuse is a little less likely; small documented default (LR 0.8).")

    /// The evidence row of a spike band (nil for the reference band).
    public static func sessionSpike(_ band: SpikeBand) -> Evidence? {
        switch band {
        case .reference: nil
        case .small: sessionSpikeSmall
        case .moderate: sessionSpikeModerate
        case .large: sessionSpikeLarge
        }
    }

    /// Every load row, for the one likelihood table.
    public static let loadRows: [Evidence] = [
        sessionSpikeSmall, sessionSpikeModerate, sessionSpikeLarge, weeklyJump, steadyLoad,
    ]
}
