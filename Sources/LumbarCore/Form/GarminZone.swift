/// Garmin's running-dynamics colour gauges (clinical.md 5.3, R56 [v]).
///
/// The zones are **percentiles of Garmin users**, not injury or pain thresholds (clinical.md,
/// "Corrections to common claims"): they say where a runner sits among other Garmin runners,
/// nothing more. Every text that shows a zone says so.
public enum GarminZone: String, Sendable, Hashable, CaseIterable, Codable {
    /// Above the 95th percentile of Garmin users.
    case purple
    /// 70th to 95th percentile.
    case blue
    /// 30th to 69th percentile (for balance: the middle 40 %, within 50.7 % either side).
    case green
    /// 5th to 29th percentile (for balance: the 25 % on one side).
    case orange
    /// Below the 5th percentile (for balance: the outer 5 % on one side).
    case red

    /// The percentile range in short: ">95th", "70th-95th", "30th-69th", "5th-29th", "<5th".
    public var percentileRange: String {
        switch self {
        case .purple: ">95th"
        case .blue: "70th-95th"
        case .green: "30th-69th"
        case .orange: "5th-29th"
        case .red: "<5th"
        }
    }

    /// Where the zone sits among Garmin users, in words.
    public var percentiles: String {
        switch self {
        case .purple: "above the 95th percentile of Garmin users"
        case .blue: "70th-95th percentile of Garmin users"
        case .green: "30th-69th percentile of Garmin users"
        case .orange: "5th-29th percentile of Garmin users"
        case .red: "below the 5th percentile of Garmin users"
        }
    }
}

/// Which sensor measured vertical oscillation and ratio: Garmin publishes separate bands for a
/// chest-strap heart-rate monitor (HRM) and the Running Dynamics Pod (RDP) worn at the waist.
public enum DynamicsSensor: String, Sendable, Hashable, Codable {
    /// Chest-strap heart-rate monitor (HRM-Run, HRM-Pro) or a watch using the same algorithm.
    case heartRateMonitor
    /// Running Dynamics Pod clipped to the waistband.
    case runningDynamicsPod
}

extension GarminZone {
    /// The Garmin zone of a run's mean value, or nil for metrics without published bands
    /// (step length).
    ///
    /// Band edges: Garmin's table gives whole spm and ms, and tenths of cm and %. The mean is
    /// rounded to that precision first, then read off the table exactly, so 183 spm is blue and
    /// 184 purple; 248 ms is blue, 249 green; a 52.2 % balance is orange, 52.3 % red.
    public static func zone(
        of metric: FormMetric, mean: Double, sensor: DynamicsSensor = .heartRateMonitor
    ) -> GarminZone? {
        // Values far outside any band (corrupt data) are clamped so the integer conversion is safe.
        guard mean.isFinite else { return nil }
        let mean = min(max(mean, -1e6), 1e6)
        let pod = sensor == .runningDynamicsPod
        switch metric {
        case .cadence:
            // purple >183, blue 174-183, green 164-173, orange 153-163, red <153 (spm).
            return higherIsBetter(Int(mean.rounded()), purpleAbove: 183, blueFrom: 174, greenFrom: 164, orangeFrom: 153)
        case .groundContactTime:
            // purple <218, blue 218-248, green 249-277, orange 278-308, red >308 (ms).
            return lowerIsBetter(Int(mean.rounded()), purpleBelow: 218, blueTo: 248, greenTo: 277, orangeTo: 308)
        case .verticalOscillation:
            // HRM cm: <6.4, 6.4-8.1, 8.2-9.7, 9.8-11.5, >11.5; RDP: <6.8, 6.8-8.9, 9.0-10.9, 11.0-13.0, >13.0.
            // Millimetres are tenths of a centimetre, so the rounded mm value is exact.
            let mm = Int(mean.rounded())
            return pod
                ? lowerIsBetter(mm, purpleBelow: 68, blueTo: 89, greenTo: 109, orangeTo: 130)
                : lowerIsBetter(mm, purpleBelow: 64, blueTo: 81, greenTo: 97, orangeTo: 115)
        case .verticalRatio:
            // HRM %: <6.1, 6.1-7.4, 7.5-8.6, 8.7-10.1, >10.1; RDP: <6.5, 6.5-8.3, 8.4-10.0, 10.1-11.9, >11.9.
            let tenths = Int((mean * 10).rounded())
            return pod
                ? lowerIsBetter(tenths, purpleBelow: 65, blueTo: 83, greenTo: 100, orangeTo: 119)
                : lowerIsBetter(tenths, purpleBelow: 61, blueTo: 74, greenTo: 86, orangeTo: 101)
        case .groundContactBalance:
            // Green <=50.7 % either side, orange 50.8-52.2 %, red >52.2 % (R56, Enduro 3 manual).
            // Garmin has no purple or blue band for balance.
            let larger = Int((max(mean, 100 - mean) * 10).rounded())
            return larger <= 507 ? .green : larger <= 522 ? .orange : .red
        case .stepLength:
            return nil
        }
    }

    private static func higherIsBetter(_ v: Int, purpleAbove: Int, blueFrom: Int, greenFrom: Int, orangeFrom: Int) -> GarminZone {
        v > purpleAbove ? .purple : v >= blueFrom ? .blue : v >= greenFrom ? .green : v >= orangeFrom ? .orange : .red
    }

    private static func lowerIsBetter(_ v: Int, purpleBelow: Int, blueTo: Int, greenTo: Int, orangeTo: Int) -> GarminZone {
        v < purpleBelow ? .purple : v <= blueTo ? .blue : v <= greenTo ? .green : v <= orangeTo ? .orange : .red
    }
}
