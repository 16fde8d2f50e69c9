import Foundation
import Testing
@testable import LumbarCore

@Suite("Load: session load and heart-rate profile")
struct SessionLoadTests {
    let profile = HeartRateProfile(settings: LoadFixtures.settings, asOf: LoadFixtures.monday)
    let day = LoadFixtures.monday

    @Test("session RPE = CR-10 × minutes (Foster 2001)")
    func sessionRPE() {
        let run = RunLoad(activity: LoadFixtures.run(day, km: 8, minutes: 40, rpe: 5, heartRate: 151), date: day, heartRate: profile)
        #expect(run.method == .sessionRPE)
        #expect(run.load == 200)
    }

    @Test("TRIMP from average HR, men: 40 × 0.7 × 0.64 e^(1.92·0.7) = 68.71")
    func trimpAverageMen() {
        let run = RunLoad(activity: LoadFixtures.run(day, km: 8, minutes: 40, heartRate: 151), date: day, heartRate: profile)
        #expect(run.method == .trimpAverage)
        #expect(abs(run.load - 68.7116) < 0.001)
    }

    @Test("TRIMP women's coefficients: 40 × 0.7 × 0.86 e^(1.67·0.7) = 77.51")
    func trimpAverageWomen() {
        let women = HeartRateProfile(
            settings: RunnerSettings(restingHeartRate: 60, maxHeartRate: 190, sex: "female"), asOf: day)
        let run = RunLoad(activity: LoadFixtures.run(day, km: 8, minutes: 40, heartRate: 151), date: day, heartRate: women)
        #expect(abs(run.load - 77.508) < 0.001)
        #expect(women.estimates.isEmpty)
    }

    @Test("TRIMP from samples every 5 s at a constant HR equals the average-HR TRIMP")
    func trimpSamples() {
        let start = LoadFixtures.noon(day)
        let samples = (0...480).map { Sample(time: start + Double($0) * 5, heartRate: 151) }  // 40 min
        let run = RunLoad(activity: LoadFixtures.run(day, km: 8, minutes: 40, heartRate: 120, samples: samples), date: day, heartRate: profile)
        #expect(run.method == .trimpSamples)
        #expect(abs(run.load - 68.7116) < 0.001)
    }

    @Test("samples: gaps over 30 s are pauses; coverage under half the run falls back to the average")
    func trimpSampleGapsAndCoverage() {
        let start = LoadFixtures.noon(day)
        // 20 min at 151, a 10-minute pause, 20 min at 151: 40 integrated minutes.
        var samples = (0...240).map { Sample(time: start + Double($0) * 5, heartRate: 151) }
        samples += (0...240).map { Sample(time: start + 1800 + Double($0) * 5, heartRate: 151) }
        let paused = RunLoad(activity: LoadFixtures.run(day, km: 8, minutes: 50, samples: samples), date: day, heartRate: profile)
        #expect(paused.method == .trimpSamples)
        #expect(abs(paused.load - 68.7116) < 0.001)

        let few = (0...60).map { Sample(time: start + Double($0) * 5, heartRate: 151) }  // 5 of 40 min
        let sparse = RunLoad(activity: LoadFixtures.run(day, km: 8, minutes: 40, heartRate: 151, samples: few), date: day, heartRate: profile)
        #expect(sparse.method == .trimpAverage)
    }

    @Test("no RPE and no heart rate: load = minutes")
    func durationFallback() {
        let run = RunLoad(activity: LoadFixtures.run(day, km: 8, minutes: 42), date: day, heartRate: profile)
        #expect(run.method == .duration)
        #expect(run.load == 42)
    }

    @Test("HRr is clamped to 0...1")
    func clamp() {
        #expect(profile.reserveFraction(40) == 0)
        #expect(profile.reserveFraction(230) == 1)
        #expect(profile.trimpPerMinute(50) == 0)
    }

    @Test("estimates: Tanaka 208 − 0.7 × age from the birth year, else 190; resting 60; and they are said")
    func estimates() {
        let born1980 = HeartRateProfile(settings: RunnerSettings(birthYear: 1980), asOf: LocalDate(year: 2026, month: 1, day: 1))
        #expect(abs(born1980.maxHeartRate - 175.8) < 1e-9)
        #expect(born1980.restingHeartRate == 60)
        #expect(born1980.estimates.count == 3)
        #expect(born1980.estimates.contains { $0.contains("Tanaka") })
        let unknown = HeartRateProfile(settings: RunnerSettings(), asOf: day)
        #expect(unknown.maxHeartRate == 190)
        #expect(unknown.estimates.contains { $0.contains("190 bpm") })
        #expect(unknown.coefficientA == 0.64)
    }
}
