/// Likelihood-table rows for findings drawn from the runner's answers (clinical.md 3.3 and 8.1).
///
/// Scale (clinical.md 8.1 default): items with a published accuracy number or a clear feature in
/// the cited feature table carry LR 2-4; soft items carry about 1.5; "against" items mirror them
/// (0.4-0.8). No study gives likelihood ratios for these four causes in runners, so every number
/// here except the R34 row is a documented design default.
extension Evidence {
    /// Sudden onset during or right after a specific run: the strain picture (R36).
    public static let runLinkedSuddenOnset = Evidence(
        id: "runLinkedSuddenOnset",
        likelihoodRatios: [.strain: 2.5, .conditioning: 0.8, .disc: 0.7],
        source: "R36; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Acute onset tied to a specific run or effort points to a muscle strain (R36).")

    /// Sudden onset not tied to a run: a softer version of the row above (R36).
    public static let suddenOnset = Evidence(
        id: "suddenOnset", likelihoodRatios: [.strain: 1.5],
        source: "R36; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Sudden onset without a named run still leans towards strain (soft item).")

    /// Gradual onset with no change in training: listed against strain (R36).
    public static let gradualOnsetNoLoadChange = Evidence(
        id: "gradualOnsetNoLoadChange",
        likelihoodRatios: [.strain: 0.5, .conditioning: 1.3],
        source: "R36; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Gradual onset with no load change is a feature against strain (R36).")

    /// More distance, a longer long run, more speed or hills, or a return after a break before
    /// onset: a load change, the strain trigger (R69, R68, clinical.md 8.9).
    public static let trainingChangeBeforeOnset = Evidence(
        id: "trainingChangeBeforeOnset", likelihoodRatios: [.strain: 2.0],
        source: "R69; R68; clinical.md 8.9 default", basis: .documentedDefault,
        rationale: "A training-load change before onset is the overuse-strain trigger (R69, R68).")

    /// One-sided muscle pain with a tender spot beside the spine (R36).
    public static let oneSideLocalTenderness = Evidence(
        id: "oneSideLocalTenderness", likelihoodRatios: [.strain: 3.0, .disc: 0.7],
        source: "R36; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Pain localised to one paraspinal muscle belly, tender to touch: strain (R36).")

    /// One-sided muscle pain without a tender spot reported: off-midline pain (R36, R35).
    public static let oneSideMusclePain = Evidence(
        id: "oneSideMusclePain", likelihoodRatios: [.strain: 1.5, .posture: 1.2],
        source: "R36; R35; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Off-midline (paraspinal) pain fits strain and the facet pattern (soft item).")

    /// Pain on tensing or stretching the back muscles (R36).
    public static let painOnContraction = Evidence(
        id: "painOnContraction", likelihoodRatios: [.strain: 2.0],
        source: "R36; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Pain on contraction or stretch of the muscle is a strain feature (R36).")

    /// Leg pain reaching below the knee: radicular pattern (R34), against strain (R36) and
    /// against the facet pattern, whose referred pain stops above the knee (R35).
    public static let legPainBelowKnee = Evidence(
        id: "legPainBelowKnee",
        likelihoodRatios: [.disc: 3.0, .strain: 0.4, .posture: 0.5],
        source: "R34; R36; R35; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Leg pain below the knee suggests nerve-root irritation (disc), not strain.")

    /// Leg pain that stops above the knee: referred pain of the facet pattern (R35).
    public static let legPainAboveKnee = Evidence(
        id: "legPainAboveKnee", likelihoodRatios: [.posture: 1.5],
        source: "R35; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Referred pain to buttock or thigh that stops above the knee: facet pattern.")

    /// Numbness or tingling in the leg or foot (R34, R36, clinical.md 8.14).
    public static let legNumbness = Evidence(
        id: "legNumbness", likelihoodRatios: [.disc: 2.5, .strain: 0.5, .posture: 0.7],
        source: "R34; R36; clinical.md 8.14 default", basis: .documentedDefault,
        rationale: "Numbness or tingling in the leg points to a nerve root, against strain.")

    /// Worse with sitting or bending forward: flexion intolerance (R34), against facet (R35).
    public static let worseSittingOrBending = Evidence(
        id: "worseSittingOrBending", likelihoodRatios: [.disc: 2.0, .posture: 0.6],
        source: "R34; R35; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Pain worse with flexion and prolonged sitting is the discogenic pattern.")

    /// Persistent pain between flare-ups with earlier episodes: specificity 83-92 %,
    /// LR+ 2.0-4.1 against discography (Laslett 2005/2006, R34); 3.0 is inside that range.
    public static let persistentPainBetweenEpisodes = Evidence(
        id: "persistentPainBetweenEpisodes", likelihoodRatios: [.disc: 3.0, .strain: 0.6],
        source: "R34", basis: .published,
        rationale: "Persistent pain between episodes: LR+ 2.0-4.1 for a disc source (R34).")

    /// Worse with arching, standing or downhill running: extension pattern (R35, R59).
    public static let extensionAggravated = Evidence(
        id: "extensionAggravated", likelihoodRatios: [.posture: 2.0, .disc: 0.7],
        source: "R35; R59; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Pain with extension, standing or downhill running: facet/posture pattern.")

    /// Relieved by sitting: facet pattern (R35), a feature against a disc source (R34).
    public static let relievedBySitting = Evidence(
        id: "relievedBySitting", likelihoodRatios: [.posture: 2.0, .disc: 0.5],
        source: "R35; R34; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Relief with sitting (flexion) fits the extension pattern and argues against disc.")

    /// Relieved by lying down: one of the Revel criteria (R35), soft.
    public static let relievedByLyingDown = Evidence(
        id: "relievedByLyingDown", likelihoodRatios: [.posture: 1.3],
        source: "R35; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Relief with lying down is a Revel facet criterion (soft item).")

    /// Worse with coughing or sneezing: against the facet pattern (Revel, R35), soft for disc.
    public static let coughSneezeAggravated = Evidence(
        id: "coughSneezeAggravated", likelihoodRatios: [.disc: 1.5, .posture: 0.7],
        source: "R35; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Facet pain is typically not worsened by cough (Revel); soft for disc.")

    /// Pain late in long runs or growing with run length: core fatigue (R47, R57).
    public static let painLateInLongRuns = Evidence(
        id: "painLateInLongRuns", likelihoodRatios: [.conditioning: 2.5, .posture: 1.2],
        source: "R47; R57; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Pain that appears late and grows with duration: a tiring core (R47, R57).")

    /// Pain from the first minutes of every run: listed against conditioning (clinical.md 3.3).
    public static let painFromStartOfRuns = Evidence(
        id: "painFromStartOfRuns", likelihoodRatios: [.conditioning: 0.5],
        source: "R47; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Pain from the start of every run argues against fatigue as the cause.")

    /// A forward lean or arched back seen in photos, a mirror or by a coach. Weak: static
    /// posture does not differ between people with and without LBP (Laird 2014, R38).
    public static let selfObservedPostureFault = Evidence(
        id: "selfObservedPostureFault", likelihoodRatios: [.posture: 1.3],
        source: "R38; R52; R53; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Self-observed lean or arch: a weak posture marker (Laird 2014).")

    /// Episode younger than 6 weeks: the strain course (R30, R31, R36; clinical.md 8.13).
    public static let acuteEpisode = Evidence(
        id: "acuteEpisode", likelihoodRatios: [.strain: 1.5, .disc: 0.8],
        source: "R30; R36; clinical.md 8.13 default", basis: .documentedDefault,
        rationale: "Most strains are recent: pain under 6 weeks fits strain (soft item).")

    /// Episode older than 12 weeks: against strain (R36), chronic course (R34).
    public static let chronicEpisode = Evidence(
        id: "chronicEpisode", likelihoodRatios: [.disc: 1.5, .strain: 0.5],
        source: "R36; R34; R30; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Pain beyond 12 weeks argues against a simple strain; chronic course fits disc.")

    /// Age 50 or more: only a very weak nudge towards disc (clinical.md 3.2 design rule: disc
    /// changes are near universal and mostly painless after 50, R26; younger chronic patients
    /// are more often disc-source, R28).
    public static let ageFiftyOrMore = Evidence(
        id: "ageFiftyOrMore", likelihoodRatios: [.disc: 1.15],
        source: "R26; R28; clinical.md 3.2 design rule", basis: .documentedDefault,
        rationale: "Age raises the disc prior only very weakly; never a diagnosis on its own.")

    /// Morning stiffness under 30 minutes: mechanical; short stiffness is in the facet row (R35, R14).
    public static let shortMorningStiffness = Evidence(
        id: "shortMorningStiffness", likelihoodRatios: [.posture: 1.2],
        source: "R14; R35; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Stiffness under 30 minutes is mechanical; short stiffness is a facet feature.")

    /// No core training at all: supports conditioning softly (R51, R51b).
    public static let noCoreTraining = Evidence(
        id: "noCoreTraining", likelihoodRatios: [.conditioning: 1.5],
        source: "R51; R51b; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "No core sessions: endurance is not being trained (soft item).")

    /// Three or more core sessions a week: the dose that improved endurance in 8 weeks (R51b).
    public static let regularCoreTraining = Evidence(
        id: "regularCoreTraining", likelihoodRatios: [.conditioning: 0.7],
        source: "R51b; clinical.md 8.1 default", basis: .documentedDefault,
        rationale: "Regular core work (3+ a week) makes a conditioning deficit less likely.")

    /// Every answer row, for the one likelihood table the lead joins.
    public static let answerRows: [Evidence] = [
        runLinkedSuddenOnset, suddenOnset, gradualOnsetNoLoadChange, trainingChangeBeforeOnset,
        oneSideLocalTenderness, oneSideMusclePain, painOnContraction, legPainBelowKnee,
        legPainAboveKnee, legNumbness, worseSittingOrBending, persistentPainBetweenEpisodes,
        extensionAggravated, relievedBySitting, relievedByLyingDown, coughSneezeAggravated,
        painLateInLongRuns, painFromStartOfRuns, selfObservedPostureFault, acuteEpisode,
        chronicEpisode, ageFiftyOrMore, shortMorningStiffness, noCoreTraining, regularCoreTraining,
    ]
}
