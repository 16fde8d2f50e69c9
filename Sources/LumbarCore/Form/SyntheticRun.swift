import Foundation

/// A generated run with known form, drift, pace pattern, hills and walking breaks: the fixture
/// builder for the form tests, the chart's golden file and `FormBench` (one generator, not three
/// copies). Deterministic for a given `seed`; no clock, no globals.
///
/// Form depends on pace the way it does in runners (cadence rises and contact time falls with
/// speed, clinical.md 5.2), so a comparison that ignores pace would see "fatigue" in a run that
/// merely slows down; the drift parameters are the change between the first and last third.
public struct SyntheticRun: Sendable, Hashable {
    /// How speed varies over the run.
    public enum Pace: Sendable, Hashable {
        /// One pace with small noise.
        case steady
        /// Reps at `fast` and recoveries at `slow`; the first half uses the `early` durations,
        /// the second half the `late` ones (so the thirds differ in their mix of paces).
        case intervals(fast: Double, slow: Double, earlyFastSeconds: Int, earlySlowSeconds: Int,
                       lateFastSeconds: Int, lateSlowSeconds: Int)
        /// Speed falls linearly from the easy speed to `endSpeed` (a positive split).
        case slowingDown(endSpeed: Double)
    }

    /// Running time in seconds (one sample a second).
    public var seconds = 3600
    /// UTC start (default 2025-11-03T08:00:00Z).
    public var start = 1_762_156_800.0
    /// Easy running speed, m/s (3.0 m/s = 5:33 min/km).
    public var easySpeed = 3.0
    /// Pace pattern.
    public var pace = Pace.steady
    /// Walking breaks: every `walkEverySeconds`, walk `walkSeconds` at 1.4 m/s and 112 spm (0 = none).
    public var walkEverySeconds = 0
    /// Length of each walking break.
    public var walkSeconds = 60
    /// Rolling hills (sinusoidal grade of this amplitude in percent, 800 m period) from this
    /// share of the run onwards; amplitude 0 = flat.
    public var hillAmplitudePercent = 0.0
    /// Where the hills start, as a share of the run's time.
    public var hillsFromShare = 0.0
    /// Form at easy speed and the start of the run.
    public var cadence = 170.0
    /// Ground contact time at easy speed, ms.
    public var groundContact = 250.0
    /// Vertical oscillation at easy speed, mm.
    public var oscillation = 85.0
    /// Left share of ground contact, %.
    public var balanceLeft = 50.0
    /// Change of cadence from the first to the last third at the same pace, % (fatigue: negative).
    public var cadenceDriftPercent = 0.0
    /// Change of contact time between the thirds at the same pace, %.
    public var contactDriftPercent = 0.0
    /// Change of oscillation between the thirds at the same pace, %.
    public var oscillationDriftPercent = 0.0
    /// Change of the left share between the thirds, percentage points.
    public var balanceDriftPoints = 0.0
    /// Whether contact time, oscillation, ratio, step length and balance are recorded.
    public var runningDynamics = true
    /// Whether altitude is recorded.
    public var altitude = true
    /// Scales the measurement noise (1 = typical watch noise).
    public var noise = 1.0
    /// Random seed.
    public var seed: UInt64 = 1

    /// Creates the defaults: a flat, steady hour at 3.0 m/s with no drift.
    public init() {}

    /// The generated activity.
    public func activity(id: ActivityID? = nil) -> Activity {
        var rng = SplitMix(seed: seed)
        var samples: [Sample] = []
        samples.reserveCapacity(seconds + 1)
        let total = Double(seconds)
        var distance = 0.0
        var height = 100.0
        var walkLeft = 0
        for step in 0...seconds {
            let t = Double(step)
            let share = t / total
            if walkEverySeconds > 0, step > 0, step % walkEverySeconds == 0 { walkLeft = walkSeconds }
            let walking = walkLeft > 0
            if walking { walkLeft -= 1 }
            let grade = hillAmplitudePercent > 0 && share >= hillsFromShare
                ? hillAmplitudePercent * sin(distance / 800 * 2 * Double.pi) : 0
            var v = walking ? 1.4 : paceSpeed(step: step, share: share) * (1 - 0.04 * grade)
            v = max(0.5, v + rng.normal() * 0.04 * noise)
            // Linear fatigue ramp that is 0 at the middle of the first third and 1 at the middle of the last.
            let ramp = (share - 1.0 / 6) * 1.5
            let ratio = v / easySpeed
            var s = Sample(time: start + t, distanceMeters: distance, speedMetersPerSecond: v)
            if altitude { s.altitudeMeters = height + rng.normal() * 0.1 * noise }
            let cad = walking ? 112 : cadence * pow(ratio, 0.35) * (1 + cadenceDriftPercent / 100 * ramp)
            s.cadence = cad + rng.normal() * 1.5 * noise
            if runningDynamics {
                let gct = walking ? 420 : groundContact * pow(ratio, -0.8) * (1 + 0.015 * grade)
                    * (1 + contactDriftPercent / 100 * ramp)
                let vo = walking ? 45 : oscillation * pow(ratio, 0.1) * (1 + oscillationDriftPercent / 100 * ramp)
                let stepLength = v / (cad / 60) * 1000
                s.groundContactTimeMilliseconds = gct + rng.normal() * 6 * noise
                s.verticalOscillationMillimeters = vo + rng.normal() * 3 * noise
                s.stepLengthMillimeters = stepLength + rng.normal() * 15 * noise
                s.verticalRatioPercent = vo / stepLength * 100 + rng.normal() * 0.2 * noise
                s.groundContactBalancePercent = balanceLeft + balanceDriftPoints * ramp + rng.normal() * 0.5 * noise
            }
            samples.append(s)
            distance += v
            height += v * grade / 100
        }
        return Activity(
            id: id, sport: .running, name: "Generated run", start: start, utcOffsetSeconds: 0,
            elapsedSeconds: total, distanceMeters: distance, samples: samples)
    }

    private func paceSpeed(step: Int, share: Double) -> Double {
        switch pace {
        case .steady:
            return easySpeed
        case .slowingDown(let endSpeed):
            return easySpeed + (endSpeed - easySpeed) * share
        case .intervals(let fast, let slow, let ef, let es, let lf, let ls):
            let (f, s) = share < 0.5 ? (ef, es) : (lf, ls)
            return step % max(1, f + s) < f ? fast : slow
        }
    }
}

/// SplitMix64: a tiny deterministic generator, so fixtures do not depend on the platform.
struct SplitMix: Sendable {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in (0, 1).
    mutating func uniform() -> Double { (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992 }

    /// Standard normal (Box-Muller).
    mutating func normal() -> Double { (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform()) }
}
