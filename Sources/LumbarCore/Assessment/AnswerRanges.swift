/// The accepted range of every numeric answer (assessment.md). A value outside its range is
/// rejected with `AnswersError.outOfRange`; nothing is clipped silently.
public enum AnswerRanges {
    /// `age`, years: the contract's 10-100.
    public static let age = 10...100
    /// `heightCm`: 100-250 cm covers adult and adolescent runners; anything else is a typo
    /// (e.g. metres or inches entered).
    public static let heightCm = 100.0...250.0
    /// `weightKg`: 25-300 kg, for the same reason (pounds entered by mistake are caught above 300).
    public static let weightKg = 25.0...300.0
    /// `episode.durationDays`: >= 0 (contract); the upper end (100 years) only rejects typos.
    public static let durationDays = 0...36_500
    /// `episode.previousEpisodes`: a count, >= 0 (upper end rejects typos).
    public static let previousEpisodes = 0...1_000
    /// `symptoms.morningStiffnessMinutes`: >= 0, at most one day (1,440 minutes).
    public static let morningStiffnessMinutes = 0...1_440
    /// `inflammatory.onsetAge`: the age back pain first began, 0-100 years, and never above `age`.
    public static let onsetAge = 0...100
    /// `coreTests.*Seconds`: 0-600 s. The Sorensen test is capped at 240 s (R44); 600 s leaves
    /// room for trained athletes' flexor holds without accepting minutes typed as seconds x 60.
    public static let coreTestSeconds = 0.0...600.0
    /// `history.coreSessionsPerWeek`: 0-21 (three a day at most).
    public static let coreSessionsPerWeek = 0...21
    /// `pain.*` and `pain.peg.*`: the 0-10 numeric rating scale (R23) and PEG items (R22).
    public static let painScale = 0.0...10.0
    /// `pain.rolandMorris`: the RMDQ-24 score, 0-24 (R21).
    public static let rolandMorris = 0...24
}
