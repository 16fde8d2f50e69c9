/// The form analysis's rows of the likelihood table (clinical.md 5.4, 8.4-8.6). All are
/// documented defaults: no study gives likelihood ratios for these watch signs (clinical.md 8.1).
extension Evidence {
    /// Form degrades with fatigue within runs (two of: cadence -3 %, contact +5 %, oscillation
    /// +5 %, at matched pace). Clinical.md 5.4: this signature "supports cause (2) conditioning
    /// and, secondarily, cause (1) posture"; R57 lists these fatigue changes.
    public static let formFatigueDrift = Evidence(
        id: "formFatigueDrift", likelihoodRatios: [.conditioning: 2.0, .posture: 1.3],
        source: "R57; clinical.md 5.4, 8.6", basis: .documentedDefault,
        rationale: "Cadence falling and contact time or bounce rising late in a run at the same pace is the "
            + "fatigue signature of a core/trunk that tires (5.4): conditioning first (LR 2), posture second (LR 1.3).")

    /// Low cadence with long ground contact at easy pace: the watch's only overstride proxy
    /// (clinical.md 8.4; R55 step rate, R56 bands). Weak, posture only.
    public static let formOverstrideProxy = Evidence(
        id: "formOverstrideProxy", likelihoodRatios: [.posture: 1.3],
        source: "R55, R56; clinical.md 8.4", basis: .documentedDefault,
        rationale: "Cadence < 160 spm with contact > 278 ms at easy pace suggests overstriding, part of the "
            + "posture pattern (5.1); a proxy only, so a weak LR of 1.3.")

    /// Ground-contact balance beyond 52.2 % either side across recent runs (Garmin red band;
    /// clinical.md 8.5). Chosen as posture: a lasting left/right asymmetry is a mechanics
    /// pattern, not a sign of tiring; weak because no LBP study links the two.
    public static let formImbalance = Evidence(
        id: "formImbalance", likelihoodRatios: [.posture: 1.2],
        source: "R56; clinical.md 5.3, 8.5", basis: .documentedDefault,
        rationale: "A lasting contact-time imbalance (> 52.2 % one side, < 5 % of Garmin users) is an "
            + "asymmetric running pattern; Garmin saw it with injury in some runners. Weak (LR 1.2), posture.")

    /// Balance drifting > 1.5 percentage points from the first to the last third (clinical.md
    /// 8.5). Chosen as conditioning: clinical.md 5.4 lists balance drift in the fatigue signature.
    public static let formBalanceDrift = Evidence(
        id: "formBalanceDrift", likelihoodRatios: [.conditioning: 1.2],
        source: "R56, R57; clinical.md 5.4, 8.5", basis: .documentedDefault,
        rationale: "Balance drifting late in runs is part of the fatigue signature (5.4), so it leans "
            + "towards conditioning; weak (LR 1.2) because it is a single sign.")

    /// Long runs whose form holds to the end: against conditioning (clinical.md 5.4, 8.6), weak.
    public static let formStableLongRuns = Evidence(
        id: "formStableLongRuns", likelihoodRatios: [.conditioning: 0.8],
        source: "R57; clinical.md 5.4, 8.6", basis: .documentedDefault,
        rationale: "If form holds over two or more long runs at matched pace, a tiring core is less likely; "
            + "absence of a soft sign, so only LR 0.8.")

    /// Every row of the form analysis, for the one likelihood table.
    public static let formRows: [Evidence] = [
        formFatigueDrift, formOverstrideProxy, formImbalance, formBalanceDrift, formStableLongRuns,
    ]
}
