/// Likelihood-table rows for running posture measured from video keypoints (origin `posture`).
///
/// Static or filmed posture is a weak marker of why a back hurts (Laird 2014, R38: no difference
/// in lordosis or pelvic tilt between people with and without LBP), so every ratio here is modest
/// (1.2-1.6) and tagged as a documented default of clinical.md section 8.
extension Evidence {
    /// Forward trunk lean at midstance above 15 deg (clinical.md 8.2 default; healthy means about
    /// 4-11 deg, Teng & Powers 2015 R52; self-reported range -2 to 25 deg, Warrener 2021 R53).
    public static let postureTrunkLean = Evidence(
        id: "postureTrunkLean", likelihoodRatios: [.posture: 1.6],
        source: "clinical.md 8.2; R52; R53; R38", basis: .documentedDefault,
        rationale: "Lean beyond 15 deg at midstance is well above the healthy 4-11 deg means (R52); excessive lean is linked to overuse injury incl. the back (R53). Modest weight: posture is a weak cause marker (R38).")

    /// Trunk lean rising more than 5 deg from the first to the last third of the clip
    /// (clinical.md 8.2 default; fatigue raises trunk flexion, Apte 2021 R57).
    public static let postureLeanIncrease = Evidence(
        id: "postureLeanIncrease", likelihoodRatios: [.posture: 1.3, .conditioning: 1.5],
        source: "clinical.md 8.2; R57; R38", basis: .documentedDefault,
        rationale: "Form that breaks down within a run (more trunk flexion late, R57) points to a core that tires (conditioning) and secondarily to posture.")

    /// Trunk not in line with the stance leg at midstance: trunk-to-thigh angle above 35 deg or
    /// below 5 deg (design default: no published cut-off; typical ~24-33 deg = lean 4-11 deg plus
    /// the ~20 deg stance-thigh tilt at midstance; product.md "upper body in line with the legs";
    /// `PostureThresholds`).
    public static let postureTrunkThighMisalignment = Evidence(
        id: "postureTrunkThighMisalignment", likelihoodRatios: [.posture: 1.4],
        source: "clinical.md 8.2 (extended); R52; R38", basis: .documentedDefault,
        rationale: "Upper body bent forward at the hips (or leaning back) relative to the stance leg is the 'not in line with the legs' pattern of poor running posture; no validated threshold, modest weight.")

    /// Overstriding at initial contact: shank tilted more than 10 deg forward of vertical
    /// (design default; the overstride signature of Bramah 2018 R54 has no cut-off). Suggest
    /// +5-10 % cadence (Heiderscheit 2011 R55).
    public static let postureOverstride = Evidence(
        id: "postureOverstride", likelihoodRatios: [.posture: 1.3],
        source: "R54; R55; clinical.md 8.4", basis: .documentedDefault,
        rationale: "Landing with the foot well ahead of the knee (extended knee at contact) is the overstride signature of injured runners (R54, knee/shin injuries, not LBP); a +5-10 % step rate reduces it (R55). Low weight.")

    /// Left/right difference of contralateral pelvic drop above 3 deg (clinical.md 8.3 default,
    /// low weight; Bramah 2018 R54 found +80 % odds per degree for knee/shin injuries, not LBP).
    public static let posturePelvicDropAsymmetry = Evidence(
        id: "posturePelvicDropAsymmetry", likelihoodRatios: [.posture: 1.2, .conditioning: 1.2],
        source: "clinical.md 8.3; R54", basis: .documentedDefault,
        rationale: "A one-sided pelvic drop suggests weak hip abductors on the stance side; Bramah's odds were for PFP, ITBS, MTSS and Achilles, not LBP, so the weight is low.")

    /// Filmed form within the defaults above: upright trunk, in line with the legs, no overstride.
    /// Slightly against posture as the cause (design default, mirror of the rows above).
    public static let postureFormWithinNorms = Evidence(
        id: "postureFormWithinNorms", likelihoodRatios: [.posture: 0.8],
        source: "clinical.md 8.2; R52; R38", basis: .documentedDefault,
        rationale: "A video with trunk lean in the healthy range and the trunk in line with the legs makes running posture a less likely cause; modest because posture is a weak marker (R38).")

    /// Every posture row, for the one likelihood table.
    public static let postureRows: [Evidence] = [
        postureTrunkLean, postureLeanIncrease, postureTrunkThighMisalignment, postureOverstride,
        posturePelvicDropAsymmetry, postureFormWithinNorms,
    ]
}
