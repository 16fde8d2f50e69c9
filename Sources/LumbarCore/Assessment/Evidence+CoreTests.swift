/// Likelihood-table rows for core-test findings (clinical.md 4, 8.1, 8.7).
extension Evidence {
    /// A hold below 50 % of the norm mean: weak, easily tired core (clinical.md 8.7 threshold;
    /// LR 2.5 within the 8.1 range of 2-4 for evidence-based items).
    public static let coreEnduranceLow = Evidence(
        id: "coreEnduranceLow", likelihoodRatios: [.conditioning: 2.5],
        source: "R41, R43, clinical.md 8.1, 8.7", basis: .documentedDefault,
        rationale: "Hold below half the norm mean; norms from healthy young adults (R41) or pooled adults (R43).")

    /// A McGill ratio outside its target: imbalance, modest weight because the targets are expert
    /// derived and not validated against back-pain outcomes (R42; clinical.md 4.3, 8.1 soft item).
    public static let coreRatioImbalance = Evidence(
        id: "coreRatioImbalance", likelihoodRatios: [.conditioning: 1.5],
        source: "R42, clinical.md 4.3, 8.1", basis: .documentedDefault,
        rationale: "McGill ratio targets (flexor/extensor <= 1, side bridges 1:1, side/extensor <= 0.75); not prospectively validated.")

    /// Every measured hold at or above the norm mean: against a conditioning cause
    /// (clinical.md 8.1 default, LR 0.6).
    public static let coreEnduranceGood = Evidence(
        id: "coreEnduranceGood", likelihoodRatios: [.conditioning: 0.6],
        source: "R41, R43, clinical.md 8.1", basis: .documentedDefault,
        rationale: "Core endurance at or above healthy norms makes a conditioning cause less likely.")

    /// Every core-test row, for the one likelihood table.
    public static let coreTestRows: [Evidence] = [coreEnduranceLow, coreRatioImbalance, coreEnduranceGood]
}
