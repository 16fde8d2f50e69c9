import Foundation

/// The runner's resting and maximum heart rate and the TRIMP coefficients, with where each came
/// from (the runner's settings, or an estimate the output names).
public struct HeartRateProfile: Sendable, Hashable {
    /// Beats per minute.
    public var restingHeartRate: Double
    /// Beats per minute.
    public var maxHeartRate: Double
    /// Banister's weighting `a · e^(b · HRr)`: a = 0.64, b = 1.92 for men; a = 0.86, b = 1.67
    /// for women (Banister 1991, as used with TRIMP; clinical.md 6.1 session load).
    public var coefficientA: Double
    /// See `coefficientA`.
    public var coefficientB: Double
    /// One sentence per value that was estimated rather than taken from the settings.
    public var estimates: [String]
    /// `trimpPerMinute` of every whole heart rate 0...255 bpm, computed once: watches record
    /// whole beats, so sample integration needs no `exp` per sample (same values exactly).
    private(set) var perMinuteByBeat: [Double] = []

    /// Builds the profile from the settings, estimating what is missing:
    /// - resting HR: 60 bpm (documented default);
    /// - max HR: the settings' value; else Tanaka 2001, 208 − 0.7 × age (age = the as-of year
    ///   minus the birth year); else 190 bpm (documented default);
    /// - coefficients: women's for `sex == "female"`, otherwise men's (Banister's original
    ///   cohort; said when sex is not given).
    public init(settings: RunnerSettings, asOf: LocalDate) {
        var notes: [String] = []
        if let rest = settings.restingHeartRate, rest > 20, rest < 150 {
            restingHeartRate = rest
        } else {
            restingHeartRate = LoadThresholds.defaultRestingHeartRate
            notes.append("Resting heart rate not set: assumed 60 bpm (set it with `lumbar settings`).")
        }
        if let max = settings.maxHeartRate, max > restingHeartRate + 20, max < 260 {
            maxHeartRate = max
        } else if let born = settings.birthYear, born > 1900, born < asOf.year {
            let age = Double(asOf.year - born)
            maxHeartRate = max(208 - 0.7 * age, restingHeartRate + 40)
            notes.append(
                "Maximum heart rate not set: estimated \(Int(maxHeartRate.rounded())) bpm as 208 − 0.7 × age (Tanaka 2001).")
        } else {
            maxHeartRate = LoadThresholds.defaultMaxHeartRate
            notes.append("Maximum heart rate and birth year not set: assumed 190 bpm.")
        }
        switch settings.sex?.lowercased() {
        case "female":
            (coefficientA, coefficientB) = (0.86, 1.67)
        case "male":
            (coefficientA, coefficientB) = (0.64, 1.92)
        default:
            (coefficientA, coefficientB) = (0.64, 1.92)
            notes.append("Sex not given: TRIMP uses Banister's coefficients for men (0.64 e^1.92x).")
        }
        estimates = notes
        let profile = self
        perMinuteByBeat = (0..<256).map { profile.computeTRIMPPerMinute(Double($0)) }
    }

    /// Heart-rate reserve fraction, HRr = (HR − rest) / (max − rest), clamped to 0...1.
    @inline(__always)
    public func reserveFraction(_ heartRate: Double) -> Double {
        let x = (heartRate - restingHeartRate) / (maxHeartRate - restingHeartRate)
        return x < 0 ? 0 : (x > 1 ? 1 : x)
    }

    /// Banister TRIMP rate per minute at a heart rate: HRr × a × e^(b × HRr).
    @inline(__always)
    public func trimpPerMinute(_ heartRate: Double) -> Double {
        if heartRate >= 0 && heartRate < 256, perMinuteByBeat.count == 256 {
            let beat = Int(heartRate)
            if Double(beat) == heartRate { return perMinuteByBeat[beat] }
        }
        return computeTRIMPPerMinute(heartRate)
    }

    func computeTRIMPPerMinute(_ heartRate: Double) -> Double {
        let x = reserveFraction(heartRate)
        return x * coefficientA * exp(coefficientB * x)
    }
}
