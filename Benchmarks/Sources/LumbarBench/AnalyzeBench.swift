import Foundation
import LumbarAnalysis
import LumbarCore
import LumbarStore

/// `LumbarBench analyze`: the whole analysis `lumbar analyze` runs (load, answers, red flags,
/// core tests, pain diary n-of-1, running form and drift, posture, the cause engine, the plan)
/// over a year of runs with 1-s samples and running dynamics, plus answers and a pain diary,
/// read from a store. Target (issue 5): under 200 ms in release.
enum AnalyzeBench {
    static func run() throws -> [BenchResult] {
        let store = MemoryStore()
        let asOf = LocalDate(year: 2026, month: 12, day: 3)
        let first = asOf.adding(days: -364)
        let semaphore = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Task {
            do {
                var day = first
                var k: UInt64 = 0
                while day <= asOf {
                    // Four or five runs a week: 35-100 minutes, a long run on Sundays.
                    if day.isoWeekday != 1 && (day.isoWeekday != 5 || k % 2 == 0) {
                        k += 1
                        var r = SyntheticRun()
                        r.seed = k
                        r.start = Double(day.daysSinceEpoch) * 86_400 + 7 * 3600
                        r.seconds = day.isoWeekday == 7 ? 5400 + Int(k % 7) * 120 : 2100 + Int(k % 9) * 180
                        r.cadenceDriftPercent = day.isoWeekday == 7 ? -4 : 0
                        r.contactDriftPercent = day.isoWeekday == 7 ? 6 : 0
                        let activity = r.activity()
                        box.samples += activity.samples.count
                        _ = try await store.save(activity)
                        if k % 2 == 0 {
                            _ = try await store.savePainEntry(PainEntry(
                                date: day, afterRun: Double(r.seconds / 1200), nextMorning: Double(r.seconds / 1800)))
                        }
                        box.runs += 1
                    }
                    day = day.adding(days: 1)
                }
                _ = try await store.saveAnswers(json: answers, recordedAt: 0)
                let assembly = AnalysisAssembly(store: store, offsetAt: { _ in 3600 })
                _ = try await assembly.run(asOf: asOf, answersJSON: nil)  // warm up
                var best = (wall: Double.infinity, cpu: Double.infinity)
                for _ in 0..<5 {
                    let c0 = cpuSeconds()
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    let output = try await assembly.run(asOf: asOf, answersJSON: nil)
                    let wall = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
                    if wall < best.wall { best = (wall, cpuSeconds() - c0) }
                    box.top = output.result.causes.first.map { "\($0.cause.rawValue) \(Int($0.probability * 100)) %" } ?? "-"
                }
                box.best = best
            } catch {
                box.error = error
            }
            semaphore.signal()
        }
        semaphore.wait()
        if let error = box.error { throw error }
        return [
            BenchResult(
                name: "analyze, a year: \(box.runs) runs, \(box.samples) samples, answers, pain diary",
                value: box.best.wall * 1000, unit: "ms",
                note: "cpu \(String(format: "%.1f", box.best.cpu * 1000)) ms; top cause \(box.top); target < 200 ms"),
            BenchResult(name: "peak memory", value: peakMemoryMB(), unit: "MB"),
        ]
    }

    final class ResultBox: @unchecked Sendable {
        var best = (wall: 0.0, cpu: 0.0)
        var top = ""
        var runs = 0
        var samples = 0
        var error: (any Error)?
    }

    static let answers = """
        {"schema": "lumbar.answers/1", "age": 41, "sex": "female",
         "episode": {"durationDays": 5, "onset": "gradual", "linkedToRun": "none"},
         "symptoms": {"location": ["bothSidesMuscle"], "legPain": "none", "numbness": "none",
                      "timing": ["lateInLongRuns"], "worseWith": ["longRuns"]},
         "redFlags": {"bladderChange": false, "bowelChange": false, "saddleNumbness": false, "fever": false},
         "coreTests": {"flexorSeconds": 70, "extensorSeconds": 80, "sideBridgeRightSeconds": 40,
                       "sideBridgeLeftSeconds": 38, "testedOn": "2026-11-20"}}
        """
}
