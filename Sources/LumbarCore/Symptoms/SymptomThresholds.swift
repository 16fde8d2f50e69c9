/// The cut-offs the answer findings compare with, each with its source.
public enum SymptomThresholds {
    /// Under 6 weeks the episode counts as acute for the strain course (R36: "pain > 6 weeks
    /// with no trend to improve" is against strain; clinical.md 8.13 default).
    public static let acuteDays = 42
    /// Over 12 weeks is chronic (assessment.md: chronic > 84 days; ACP 2017 R11 uses > 12 weeks).
    public static let chronicDays = 84
    /// Age from which the disc nudge applies (clinical.md 3.2 design rule; R26).
    public static let discAgeYears = 50
    /// Morning stiffness shorter than this is mechanical; longer is an inflammatory feature (R14).
    public static let mechanicalStiffnessMinutes = 30
    /// BMI above this is a runner LBP risk factor (Maselli 2020, R25).
    public static let bmiRisk = 24.0
    /// Three core sessions a week for 8 weeks improved core endurance (Hung 2019, R51b).
    public static let regularCoreSessionsPerWeek = 3
}
