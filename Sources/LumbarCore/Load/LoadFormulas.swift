/// Every formula of the load analysis with its source, for `lumbar load --explain` and the
/// report's "how this was computed" section (clinical.md 6.1; R-numbers in its appendix).
public enum LoadFormulas {
    /// One formula: what it is, how it is computed, where it comes from.
    public struct Formula: Sendable, Hashable {
        /// What is computed.
        public var name: String
        /// How, in one line.
        public var formula: String
        /// The R-number or documented default behind it.
        public var source: String
    }

    /// All formulas, in the order the analysis uses them.
    public static let all: [Formula] = [
        Formula(
            name: "Session load (session RPE)",
            formula: "RPE (CR-10, 0-10) × minutes (moving, else elapsed), when the run has an RPE (from its file, else from the pain-diary entry linked to it)",
            source: "Foster 2001 (R66)"),
        Formula(
            name: "Session load (heart-rate TRIMP)",
            formula: "Σ minutes × HRr × 0.64·e^(1.92·HRr) (men) or 0.86·e^(1.67·HRr) (women); HRr = (HR − rest) ÷ (max − rest), clamped 0-1; per heart-rate sample when they cover ≥ half the run (gaps > 30 s skipped), else from the average heart rate",
            source: "Banister TRIMP; max HR 208 − 0.7 × age when not set (Tanaka 2001); defaults rest 60, max 190 (documented)"),
        Formula(name: "Session load (fallback)", formula: "minutes of running", source: "external load, clinical.md 6.1"),
        Formula(name: "Daily and weekly load", formula: "sum of the day's / ISO week's (Monday-Sunday) session loads; rest days are 0", source: "R66"),
        Formula(
            name: "Single-session spike",
            formula: "(run distance ÷ longest single run of the previous 30 days − 1) × 100; bands ≤10 % (reference), >10-30 % (HR 1.64), >30-100 % (HR 1.52), >100 % (HR 2.28); no run in the previous 30 days → no spike",
            source: "Frandsen 2025 (R69)"),
        Formula(
            name: "Week-to-week change", formula: "(week distance ÷ previous week distance − 1) × 100; > 30 % is a weekly jump (HR 1.59, 0.96-2.66, p = 0.07: weak)",
            source: "Nielsen 2014 (R68)"),
        Formula(name: "Acute:chronic ratio, coupled", formula: RatioMethod.coupled.formula, source: "R60, R63"),
        Formula(name: "Acute:chronic ratio, uncoupled", formula: RatioMethod.uncoupled.formula, source: "R65"),
        Formula(name: "Acute:chronic ratio, EWMA", formula: RatioMethod.ewma.formula, source: "R61, R65"),
        Formula(
            name: "Ratio guards and meaning",
            formula: "shown only with ≥ 21 days of history and ≥ 6 runs in the 28-day window; information only, next to your own 10th-90th percentile range, never as 0.8-1.3 / 1.5 risk zones (no association in runners)",
            source: "R64, R69; clinical.md 8.9"),
        Formula(
            name: "Monotony and strain",
            formula: "monotony = mean ÷ SD (population) of the 7 daily loads, rest days 0, capped at 10 when SD = 0; strain = weekly load × monotony; > 2.0 = low variety (a note only)",
            source: "Foster 1998 (R66); clinical.md 8.10"),
        Formula(name: "Long-run share", formula: "longest run of the week ÷ week distance", source: "descriptive"),
        Formula(
            name: "Low-volume floor",
            formula: "chronic weekly distance < 10 km, or a previous 30-day longest run < 3 km: percentages are shown as information, not weighed",
            source: "documented default (clinical.md 8.9)"),
        Formula(
            name: "Findings",
            formula: "spikes and weekly jumps in the 14 days up to the onset (else the as-of date) weigh for strain (LR = Frandsen HR; weekly jump LR 1.3); neither, with enough history → steady load, LR 0.8 against strain",
            source: "clinical.md 6.3, 8.1, 8.9"),
    ]
}
