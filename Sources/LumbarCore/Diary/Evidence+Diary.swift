/// Likelihood-table rows for the runner's own pain diary (n-of-1 correlations; clinical.md 8.1
/// default weights: the association is the runner's own, but observational and small-n).
extension Evidence {
    /// Pain rises with run distance or duration: fatigue-dependent pain (R47, R57).
    public static let painRisesWithRunLength = Evidence(
        id: "painRisesWithRunLength", likelihoodRatios: [.conditioning: 2.0, .posture: 1.2],
        source: "R47; R57; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "In your own runs, pain grows with distance or duration: a tiring core.")

    /// Pain rises after session spikes (runs longer than the 30-day longest, R69).
    public static let painAfterSpikes = Evidence(
        id: "painAfterSpikes", likelihoodRatios: [.strain: 2.0],
        source: "R69; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "In your own runs, pain follows runs longer than your recent longest: overuse.")

    /// Pain rises with descent: downhill extends the lumbar spine most (R59).
    public static let painAfterDescent = Evidence(
        id: "painAfterDescent", likelihoodRatios: [.posture: 1.5],
        source: "R59; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "In your own runs, pain grows with downhill running: the extension pattern.")

    /// Every diary row, for the one likelihood table the lead joins.
    public static let diaryRows: [Evidence] = [painRisesWithRunLength, painAfterSpikes, painAfterDescent]
}
