/// Thresholds for judging a core-test result, each with its source.
public enum CoreTestThresholds {
    /// A hold below this share of the norm mean is "low" (clinical.md 8.7 default).
    public static let lowFractionOfNorm = 0.5
    /// Every measured hold at or above the norm mean (at least `goodMinimumTests` measured) is
    /// "good endurance" (clinical.md 8.1/8.7 default).
    public static let goodFractionOfNorm = 1.0
    /// Tests needed before calling endurance good.
    public static let goodMinimumTests = 3
    /// Flexor/extensor above this is an imbalance (McGill via R42 [s]).
    public static let flexorToExtensorMax = 1.0
    /// Right/left side bridge outside this band is an imbalance (R42 [s], "1:1" within 0.05).
    public static let sideRightToLeftBand = 0.95...1.05
    /// Either side bridge / extensor above this is an imbalance (R42 [s]).
    public static let sideToExtensorMax = 0.75
    /// Biering-Sorensen in men: a hold under 176 s predicted first-time back pain within a year
    /// (R44); over 198 s predicted its absence. No predictive validity was shown in women.
    public static let sorensenMenRiskBelow = 176.0
    /// See `sorensenMenRiskBelow`.
    public static let sorensenMenProtectiveAbove = 198.0
    /// The Sorensen is stopped at 240 s (R44).
    public static let sorensenCap = 240.0
    /// Smallest real change of the Sorensen: MDC about 43 s (Latimer 1999, R44; clinical.md 8.7).
    /// No MDC is published in clinical.md for the flexor and side-bridge holds, so the same 43 s
    /// is used for them: conservative, it reports fewer changes as real, never more.
    public static let minimalDetectableChangeSeconds = 43.0
}
