/// The plan's numbers, each with its source (clinical.md 7, 8 and the R-numbers).
public enum PlanRules {
    /// Single-run cap: no run more than 10 % above the longest of the last 30 days (Frandsen
    /// 2025, R69: spikes above 10 % carried higher injury rates).
    public static let singleRunSpikeLimit = 0.10
    /// Long runs capped at this share of the recent longest until core endurance improves
    /// (design default for cause 2: pain grows with duration, clinical.md 3.3, R47).
    public static let conditioningLongRunShare = 0.75
    /// Step-rate increase, low and high end (+5-10 % of the runner's own rate, Heiderscheit
    /// 2011, R55).
    public static let cadenceIncrease = (low: 0.05, high: 0.10)
    /// Heat in minutes, and for how many weeks (clinical.md 8.8 default; R32).
    public static let heatMinutes = (low: 15, high: 20)
    /// Pain during a run up to this is "continue" (clinical.md 8.11 default, stricter than
    /// Silbernagel's 5, R71).
    public static let continuePainMax = 3
    /// Above this, step back (clinical.md 8.11; R71).
    public static let holdPainMax = 5
    /// Current pain from which return-to-run starts at walk-jog stage 1 (clinical.md 8.12).
    public static let stageOnePainFrom = 3.0
    /// Days to re-check a strain (expected improvement within 2-4 weeks, clinical.md 8.13).
    public static let strainRecheckDays = 14
    /// Days to re-check conditioning and posture (re-test every 4-6 weeks, clinical.md 8.7;
    /// re-film after 4 weeks of cue work).
    public static let trainingRecheckDays = 28
    /// Days to re-check a disc pattern (clinician review within 1-2 weeks, clinical.md 8.14).
    public static let discRecheckDays = 14
    /// Weeks without improvement before a clinician review (clinical.md 8.13; ACR 6-week trigger R12).
    public static let reviewAfterWeeks = 6
    /// McGill battery re-test window in days (clinical.md 8.7: every 4-6 weeks).
    public static let retestWindowDays = (low: 28, high: 42)
}
