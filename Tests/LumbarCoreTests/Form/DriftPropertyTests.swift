import PropertyBased
import Testing
@testable import LumbarCore

@Suite("Form: drift properties over random runs")
struct DriftPropertyTests {
    @Test("pace alone never reads as fatigue: random easy speed, interval mix and hills, no drift")
    func paceIsNotFatigue() async {
        await propertyCheck(count: 25, input: Gen.int(in: 1...1_000_000), Gen.double(in: 2.4...4.0), Gen.int(in: 0...2)) { seed, speed, kind in
            var run = SyntheticRun()
            run.seconds = 1800
            run.seed = UInt64(seed)
            run.easySpeed = speed
            switch kind {
            case 1: run.pace = .intervals(fast: speed * 1.4, slow: speed * 0.9, earlyFastSeconds: 150, earlySlowSeconds: 60,
                                          lateFastSeconds: 60, lateSlowSeconds: 150)
            case 2: run.hillAmplitudePercent = 6; run.hillsFromShare = 0.5
            default: break
            }
            #expect(FormAnalysis.run(run.activity()).drift.verdict != .degrades, "seed \(seed) speed \(speed) kind \(kind)")
        }
    }

    /// Sizes from 6.5 %: clear of the 5 % contact threshold by more than the noise of a 40-minute run.
    @Test("a clear fatigue signature is always found, with the right sign")
    func fatigueIsFound() async {
        await propertyCheck(count: 25, input: Gen.int(in: 1...1_000_000), Gen.double(in: 6.5...10), Gen.double(in: 2.4...4.0)) { seed, size, speed in
            var run = SyntheticRun()
            run.seconds = 2400
            run.seed = UInt64(seed)
            run.easySpeed = speed
            run.cadenceDriftPercent = -size
            run.contactDriftPercent = size
            let drift = FormAnalysis.run(run.activity()).drift
            #expect(drift.verdict == .degrades, "seed \(seed) size \(size)")
            #expect((drift.drift(.cadence)?.change ?? 0) < 0)
            #expect((drift.drift(.groundContactTime)?.change ?? 0) > 0)
        }
    }

    @Test("columns keep exactly what FormMetric.value(of:) accepts")
    func columnsMatchValues() {
        let samples = [
            Sample(cadence: 170, groundContactTimeMilliseconds: 0, groundContactBalancePercent: 100),
            Sample(cadence: -2, verticalOscillationMillimeters: .nan, stepLengthMillimeters: 1100, verticalRatioPercent: 7.5),
            Sample(groundContactBalancePercent: 49.5),
        ]
        let columns = FormColumns(samples)
        for (k, metric) in FormMetric.allCases.enumerated() {
            for i in samples.indices {
                let expected = metric.value(of: samples[i])
                let got = columns.metrics[k * samples.count + i]
                #expect(expected == nil ? got.isNaN : got == expected, "\(metric) sample \(i)")
            }
        }
    }
}
