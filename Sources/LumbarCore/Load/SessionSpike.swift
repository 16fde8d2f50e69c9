/// Frandsen 2025's single-session spike bands (R69): how much longer a run was than the
/// longest run of the 30 days before it, with the hazard ratio of running-related injury.
public enum SpikeBand: String, Sendable, Hashable, Codable, CaseIterable {
    /// ≤ 10 %: the reference band (hazard ratio 1).
    case reference
    /// > 10-30 %: HR 1.64 (1.31-2.05).
    case small
    /// > 30-100 %: HR 1.52 (1.16-2.00).
    case moderate
    /// > 100 %: HR 2.28 (1.50-3.48).
    case large

    /// The band of a spike percentage.
    public init(percent: Double) {
        if !LoadThresholds.exceeds(percent, LoadThresholds.spikePercent) {
            self = .reference
        } else if !LoadThresholds.exceeds(percent, LoadThresholds.smallSpikeUpperPercent) {
            self = .small
        } else if !LoadThresholds.exceeds(percent, LoadThresholds.moderateSpikeUpperPercent) {
            self = .moderate
        } else {
            self = .large
        }
    }

    /// Frandsen 2025's hazard ratio for the band (R69 [v]).
    public var hazardRatio: Double {
        switch self {
        case .reference: 1
        case .small: 1.64
        case .moderate: 1.52
        case .large: 2.28
        }
    }

    /// Words for tables: "≤10 %", ">10-30 %", ...
    public var label: String {
        switch self {
        case .reference: "≤10 %"
        case .small: ">10-30 %"
        case .moderate: ">30-100 %"
        case .large: ">100 %"
        }
    }
}

/// One run compared with the longest run of the 30 days before it (Frandsen 2025, R69):
/// spike % = (distance ÷ longest previous run − 1) × 100.
public struct SessionSpike: Sendable, Hashable {
    /// The run compared.
    public var activityID: ActivityID?
    /// Its local date.
    public var date: LocalDate
    /// Its distance.
    public var distanceMeters: Double
    /// The longest single run whose local date is within the 30 days before `date` (earlier
    /// runs the same day count too).
    public var previousLongestMeters: Double
    /// Spike %, (distance ÷ previous longest − 1) × 100 (R69).
    public var percent: Double
    /// Frandsen's band of `percent`.
    public var band: SpikeBand
    /// The previous longest was under the low-volume floor (3 km): shown as information only.
    public var lowVolume: Bool

    /// Frandsen's hazard ratio of the band.
    public var hazardRatio: Double { band.hazardRatio }

    /// The comparison of every run that has a run in the 30 days before it (runs without one
    /// get no spike: "no run in the previous 30 days"). `runs` must be in start order.
    public static func compare(_ runs: [RunLoad]) -> [SessionSpike] {
        var out: [SessionSpike] = []
        out.reserveCapacity(runs.count)
        var windowStart = 0
        for (i, run) in runs.enumerated() where run.distanceMeters > 0 {
            let earliest = run.date.daysSinceEpoch - LoadThresholds.spikeLookbackDays
            while windowStart < i && runs[windowStart].date.daysSinceEpoch < earliest { windowStart += 1 }
            var longest = 0.0
            var k = windowStart
            while k < i {
                longest = max(longest, runs[k].distanceMeters)
                k += 1
            }
            guard longest > 0 else { continue }
            let percent = (run.distanceMeters / longest - 1) * 100
            out.append(
                SessionSpike(
                    activityID: run.activityID, date: run.date, distanceMeters: run.distanceMeters,
                    previousLongestMeters: longest, percent: percent, band: SpikeBand(percent: percent),
                    lowVolume: longest < LoadThresholds.lowVolumeLongestMeters))
        }
        return out
    }

    /// Runs with a distance but no run in the 30 days before them (the first run, a return after
    /// a break): no spike can be computed for them (R69 compares with the previous 30 days).
    public static func withoutPreviousRun(_ runs: [RunLoad]) -> [RunLoad] {
        var out: [RunLoad] = []
        var previousDay = Int.min
        for run in runs {
            let day = run.date.daysSinceEpoch
            if run.distanceMeters > 0 && (previousDay == Int.min || day - previousDay > LoadThresholds.spikeLookbackDays) {
                out.append(run)
            }
            if run.distanceMeters > 0 { previousDay = max(previousDay, day) }
        }
        return out
    }

    /// Whether the run is a spike (more than 10 % over its 30-day longest).
    public var isSpike: Bool { band != .reference }
}
