import Testing
@testable import LumbarCore

@Suite("Load: acute:chronic ratios (information only)")
struct AcuteChronicTests {
    @Test("constant load: all three ratios are 1")
    func constant() {
        let loads = [Double](repeating: 50, count: 40)
        for method in RatioMethod.allCases {
            let r = AcuteChronic.ratios(loads, method: method)
            #expect(abs(r[39]! - 1) < 1e-9, "\(method)")
        }
    }

    @Test("coupled and uncoupled by hand: 21 days of 10 then 7 days of 20")
    func rollingByHand() {
        let loads = [Double](repeating: 10, count: 21) + [Double](repeating: 20, count: 7)
        // coupled: acute 140; chronic (210 + 140) / 4 = 87.5 -> 1.6
        #expect(abs(AcuteChronic.coupled(loads)[27]! - 1.6) < 1e-12)
        // uncoupled: mean 20 over 7 days / mean 10 over 21 days = 2
        #expect(abs(AcuteChronic.uncoupled(loads)[27]! - 2) < 1e-12)
    }

    @Test("EWMA by hand: [10, 0, 0] gives 1, 7.5/9.3103 = 0.8056, 5.625/8.6683 = 0.6489 (λ = 2/(N+1))")
    func ewmaByHand() {
        let r = AcuteChronic.ewma([10, 0, 0])
        #expect(r[0] == 1)
        #expect(abs(r[1]! - 0.805_555_555_6) < 1e-9)
        #expect(abs(r[2]! - 0.648_919_753_1) < 1e-9)
    }

    @Test("days before the series count as 0; zero chronic load gives no ratio")
    func edges() {
        #expect(AcuteChronic.coupled([0, 0, 0]).allSatisfy { $0 == nil })
        #expect(AcuteChronic.ewma([]).isEmpty)
        // A first week of 7 runs: coupled acute 70, chronic 70/4 -> 4.
        #expect(AcuteChronic.coupled([Double](repeating: 10, count: 7))[6]! == 4)
        // Uncoupled in the first week: chronic window is empty -> nil.
        #expect(AcuteChronic.uncoupled([Double](repeating: 10, count: 7))[6] == nil)
    }

    @Test("guards: fewer than 21 days or 6 runs in the 28-day window -> not enough history, with why")
    func guards() {
        let profile = HeartRateProfile(settings: LoadFixtures.settings, asOf: LoadFixtures.monday)
        let d0 = LoadFixtures.monday
        let short = LoadSeries(activities: LoadFixtures.daily(from: d0, days: 20, km: 12), heartRate: profile, asOf: d0.adding(days: 19), fallbackOffsetSeconds: 0)
        let r1 = RatioHistory(series: short, method: .ewma).readings.last!
        #expect(r1.value == nil)
        #expect(r1.unavailableReason!.contains("20 days"))

        let sparse = (0..<5).map { LoadFixtures.run(d0.adding(days: $0 * 6), km: 12) }
        let s2 = LoadSeries(activities: sparse, heartRate: profile, asOf: d0.adding(days: 27), fallbackOffsetSeconds: 0)
        let r2 = RatioHistory(series: s2, method: .uncoupled).readings.last!
        #expect(r2.value == nil)
        #expect(r2.unavailableReason!.contains("5 runs"))

        let enough = LoadSeries(activities: LoadFixtures.daily(from: d0, days: 21, km: 12), heartRate: profile, asOf: d0.adding(days: 20), fallbackOffsetSeconds: 0)
        let r3 = RatioHistory(series: enough, method: .coupled).readings.last!
        #expect(r3.value != nil)
        #expect(r3.chronicRuns == 21)
        #expect(abs(r3.chronicWeeklyMeters - 63_000) < 1e-6)
        #expect(!r3.lowVolume)
    }

    @Test("usual range: 10th-90th percentile of the runner's own ratios (type 7)")
    func usualRange() {
        #expect(Percentile.sorted([1, 2, 3, 4, 5], 10) == 1.4)
        #expect(Percentile.sorted([1, 2, 3, 4, 5], 90) == 4.6)
        #expect(Percentile.sorted([7], 50) == 7)
        #expect(Percentile.sorted([], 50).isNaN)
        let profile = HeartRateProfile(settings: LoadFixtures.settings, asOf: LoadFixtures.monday)
        let d0 = LoadFixtures.monday
        let steady = LoadSeries(activities: LoadFixtures.daily(from: d0, days: 60, km: 10), heartRate: profile, asOf: d0.adding(days: 59), fallbackOffsetSeconds: 0)
        let range = RatioHistory(series: steady, method: .uncoupled).usualRange(through: d0.adding(days: 59))!
        // Days 20-26 still see zeros before the first run in their chronic window: 21/14 ... 21/20;
        // the other 33 days are 1. 90th percentile: h = 39 × 0.9 = 35.1 -> 21/18 + 0.1 × (21/17 − 21/18).
        #expect(abs(range.low - 1) < 1e-9)
        #expect(abs(range.median - 1) < 1e-9)
        #expect(abs(range.high - (21.0 / 18 + 0.1 * (21.0 / 17 - 21.0 / 18))) < 1e-9)
        #expect(range.days == 60 - 20)
        #expect(RatioHistory(series: steady, method: .uncoupled).usualRange(through: d0.adding(days: 40)) == nil)
    }
}
