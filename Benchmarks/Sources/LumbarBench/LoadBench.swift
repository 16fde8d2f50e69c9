import Foundation
import LumbarCore

/// `LumbarBench load`: the whole load analysis recomputed over ten years of daily running
/// (about 4,000 runs, heart-rate samples every 5 s), as the cause engine does on every analysis.
/// Target: under 50 ms in release.
enum LoadBench {
    static func run() throws -> [BenchResult] {
        let (activities, sampleCount) = history()
        let asOf = activities.last!.localDate(fallbackOffsetSeconds: 0)
        let settings = RunnerSettings(restingHeartRate: 52, maxHeartRate: 186, birthYear: 1980, sex: "female")
        var report: LoadReport?
        let full = measure(repeats: 7) {
            report = LoadReport.make(
                activities: activities, settings: settings, asOf: asOf, onset: asOf.adding(days: -3), weeks: 12)
        }
        guard let report, report.series.runs.count == activities.count else {
            throw LoadBenchError.unexpected("expected \(activities.count) runs in the report")
        }
        let summaries = activities.map { a -> Activity in
            var copy = a
            copy.samples = []
            return copy
        }
        let summaryOnly = measure(repeats: 7) {
            _ = LoadReport.make(activities: summaries, settings: settings, asOf: asOf, weeks: 12)
        }
        // The floor: reading time and heart rate of every sample, nothing else.
        var sink = 0.0
        let scan = measure(repeats: 7) {
            for a in activities { for s in a.samples { sink += (s.heartRate ?? 0) + (s.time ?? 0) } }
        }
        let runs = Double(activities.count)
        return [
            BenchResult(
                name: "full report, \(activities.count) runs, \(sampleCount) HR samples", value: full.wall * 1000,
                unit: "ms", note: "cpu \(String(format: "%.1f", full.cpu * 1000)) ms; target < 50 ms"),
            BenchResult(name: "per run", value: full.wall / runs * 1e6, unit: "µs"),
            BenchResult(
                name: "HR samples integrated", value: Double(sampleCount) / full.wall / 1e6, unit: "M samples/s"),
            BenchResult(
                name: "summaries only (average HR TRIMP)", value: summaryOnly.wall * 1000, unit: "ms",
                note: "\(report.spikes.count) spikes in the shown weeks, \(report.findings.count) findings"),
            BenchResult(
                name: "floor: read time + HR of every sample", value: scan.wall * 1000, unit: "ms",
                note: "cpu \(String(format: "%.1f", scan.cpu * 1000)) ms, \(MemoryLayout<Sample>.stride) B per sample (checksum \(sink > 0))"),
        ]
    }

    /// Ten years from 2016-01-04: a run most days (40-75 min), a second short run about one day
    /// in ten, a long run on Sundays, every fifth run with an RPE. Heart-rate samples come from
    /// 256 distinct 5-s streams shared copy-on-write (about 40 MB instead of 575 MB; the analysis
    /// still integrates every sample of every run).
    static func history() -> (activities: [Activity], samples: Int) {
        var rng = SplitMix(seed: 20_260_104)
        let streams: [[Sample]] = (0..<256).map { k in
            let minutes = 40 + Int(rng.next() % 36)
            var hr = 120.0 + Double(k % 30)
            return (0..<(minutes * 12)).map { i in
                hr = min(185, max(95, hr + Double(Int(rng.next() % 7) - 3)))
                return Sample(time: Double(i) * 5, heartRate: hr.rounded())
            }
        }
        let first = LocalDate(year: 2016, month: 1, day: 4)
        var out: [Activity] = []
        var samples = 0
        for day in 0..<3650 {
            let date = first.adding(days: day)
            let r = rng.next()
            if r % 10 == 0 && date.isoWeekday != 7 { continue }  // a rest day now and then
            let count = r % 9 == 0 ? 2 : 1
            for n in 0..<count {
                let stream = streams[Int(rng.next() % 256)]
                let seconds = Double(stream.count * 5)
                let long = date.isoWeekday == 7 && n == 0
                let km = long ? 16 + Double(rng.next() % 80) / 10 : seconds / 60 / 5.6
                out.append(
                    Activity(
                        id: ActivityID("b\(day)-\(n)"), sport: .running,
                        start: Double(date.daysSinceEpoch) * 86_400 + 25_200 + Double(n) * 36_000,
                        utcOffsetSeconds: 3600, elapsedSeconds: seconds + 60, movingSeconds: seconds,
                        distanceMeters: km * 1000, ascentMeters: 40, descentMeters: 40, averageHeartRate: 140,
                        perceivedExertion: out.count % 5 == 0 ? 5 : nil, samples: stream))
                samples += stream.count
            }
        }
        return (out, samples)
    }
}

enum LoadBenchError: Error {
    case unexpected(String)
}

/// A small deterministic generator (SplitMix64) so every run benchmarks the same history.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
