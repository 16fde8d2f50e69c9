import Foundation
import LumbarCore

/// Form analysis + fatigue drift throughput: 4,000 runs of 3,001 samples (~12 M samples).
///
/// Generated runs (`SyntheticRun`, varied: steady, drifting, intervals, hills, walking breaks).
/// 12 M `Sample` values would need ~2.8 GB, so 100 distinct runs are generated once and each is
/// analysed 40 times; generation is outside the timing. Target: under 1 s in release.
/// Those 100 runs are 67 MB of samples, streamed from memory on every pass; the second figure
/// analyses 10 runs 400 times (6.7 MB), closer to a run analysed right after it was loaded.
enum FormBench {
    static func run() throws -> [BenchResult] {
        let distinct = 100
        let passes = 40
        let activities = (0..<distinct).map { i -> Activity in
            var r = SyntheticRun()
            r.seconds = 3000
            r.seed = UInt64(i + 1)
            r.easySpeed = 2.6 + Double(i % 7) * 0.15
            switch i % 5 {
            case 1: r.cadenceDriftPercent = -4; r.contactDriftPercent = 6
            case 2: r.pace = .intervals(fast: 4.2, slow: 2.8, earlyFastSeconds: 180, earlySlowSeconds: 60, lateFastSeconds: 60, lateSlowSeconds: 180)
            case 3: r.hillAmplitudePercent = 6
            case 4: r.walkEverySeconds = 600
            default: break
            }
            return r.activity()
        }
        let samples = activities.reduce(0) { $0 + $1.samples.count } * passes
        var degrading = 0
        let time = measure(repeats: 3) {
            degrading = 0
            for _ in 0..<passes {
                for a in activities where FormAnalysis.run(a).drift.verdict == .degrades { degrading += 1 }
            }
        }
        let warmRuns = Array(activities.prefix(10))
        let warm = measure(repeats: 3) {
            for _ in 0..<(passes * distinct / warmRuns.count) {
                for a in warmRuns { _ = FormAnalysis.run(a) }
            }
        }
        let history = measure(repeats: 3) {
            _ = FormAnalysis.history(activities, asOf: LocalDate(year: 2026, month: 1, day: 1))
        }
        return [
            BenchResult(name: "4000 runs form+drift wall", value: time.wall, unit: "s",
                        note: "\(samples) samples, \(degrading / passes) of \(distinct) distinct runs degrade, target < 1 s"),
            BenchResult(name: "4000 runs form+drift cpu", value: time.cpu, unit: "s"),
            BenchResult(name: "4000 runs form+drift, 10 distinct (warm) wall", value: warm.wall, unit: "s",
                        note: "\(warmRuns.reduce(0) { $0 + $1.samples.count } * passes * distinct / warmRuns.count) samples"),
            BenchResult(name: "4000 runs form+drift, 10 distinct (warm) cpu", value: warm.cpu, unit: "s"),
            BenchResult(name: "throughput", value: Double(samples) / time.wall / 1e6, unit: "M samples/s"),
            BenchResult(name: "history of 100 runs", value: history.wall * 1000, unit: "ms"),
            BenchResult(name: "peak memory", value: peakMemoryMB(), unit: "MB"),
        ]
    }
}
