/// Foster's training monotony and strain of seven daily loads (Foster 1998/2001, R66 [s]).
///
/// - monotony = mean(daily load) ÷ SD(daily load) over the 7 days, rest days counted as 0;
///   SD is the population SD (÷ 7; a sample SD, ÷ 6, gives values 7 % lower). When SD is 0
///   (every day the same, non-zero load) or the quotient is above 10, it is capped at 10
///   (clinical.md 6.1 "cap it, e.g. 10") and `capped` says so.
/// - strain = weekly load × monotony.
/// - above 2.0: a "low variety" note only; no effect on the cause estimate (clinical.md 8.10).
public struct Monotony: Sendable, Hashable {
    /// Mean ÷ SD, at most 10.
    public var value: Double
    /// Weekly load × monotony (AU).
    public var strain: Double
    /// Sum of the 7 daily loads (AU).
    public var weeklyLoad: Double
    /// True when SD was 0 or the quotient exceeded the cap.
    public var capped: Bool

    /// Nil when the seven days hold no load at all (monotony is undefined with no running).
    /// Days beyond seven are ignored; fewer than seven are padded with rest days.
    public init?(dailyLoads: [Double]) {
        var days = Array(dailyLoads.prefix(7)).map { $0.isFinite ? max(0, $0) : 0 }
        while days.count < 7 { days.append(0) }
        let total = days.reduce(0, +)
        guard total > 0 else { return nil }
        let mean = total / 7
        let variance = days.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 7
        let sd = variance.squareRoot()
        let raw = sd > 0 ? mean / sd : .infinity
        capped = !(raw <= LoadThresholds.monotonyCap)
        value = min(raw, LoadThresholds.monotonyCap)
        weeklyLoad = total
        strain = total * value
    }

    /// Above Foster's 2.0: a week with little variety (a note, never a cause weight).
    public var isLowVariety: Bool { value > LoadThresholds.highMonotony }
}
