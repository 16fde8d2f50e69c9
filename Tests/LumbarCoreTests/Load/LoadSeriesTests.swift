import Testing
@testable import LumbarCore

@Suite("Load: daily series")
struct LoadSeriesTests {
    let monday = LoadFixtures.monday
    let profile = HeartRateProfile(settings: LoadFixtures.settings, asOf: LoadFixtures.monday)

    @Test("rest days are zero, two runs on one day add up, non-runs and later runs are left out")
    func restDaysAndTotals() {
        let acts = [
            LoadFixtures.run(monday, km: 5, minutes: 30),
            LoadFixtures.run(monday.adding(days: 3), km: 6, minutes: 36, id: "a"),
            LoadFixtures.run(monday.adding(days: 3), km: 10, minutes: 60, id: "b"),
            LoadFixtures.run(monday.adding(days: 4), km: 40, minutes: 90, sport: .cycling),
            LoadFixtures.run(monday.adding(days: 9), km: 8),
        ]
        let series = LoadSeries(activities: acts, heartRate: profile, asOf: monday.adding(days: 6), fallbackOffsetSeconds: 0)
        #expect(series.runs.count == 3)
        #expect(series.days.count == 7)
        #expect(series.days.map(\.runs) == [1, 0, 0, 2, 0, 0, 0])
        #expect(series.days.map(\.load) == [30, 0, 0, 96, 0, 0, 0])
        let thursday = series.days[3]
        #expect(thursday.distanceMeters == 16_000)
        #expect(thursday.longestRunMeters == 10_000)
        #expect(thursday.ascentMeters == 20)
        #expect(thursday.descentMeters == 24)
        #expect(thursday.methods == [.duration])
        #expect(series.day(monday.adding(days: 20)).runs == 0)
    }

    @Test("local date: the run's own offset first, else the fallback offset")
    func localDates() {
        // 23:30 UTC on Monday.
        var late = LoadFixtures.run(monday, km: 5)
        late.start = Double(monday.daysSinceEpoch) * 86_400 + 84_600
        late.utcOffsetSeconds = nil
        let east = LoadSeries(activities: [late], heartRate: profile, asOf: monday.adding(days: 7), fallbackOffsetSeconds: 3600)
        #expect(east.runs.first?.date == monday.adding(days: 1))
        let utc = LoadSeries(activities: [late], heartRate: profile, asOf: monday.adding(days: 7), fallbackOffsetSeconds: 0)
        #expect(utc.runs.first?.date == monday)
        late.utcOffsetSeconds = -3600
        let own = LoadSeries(activities: [late], heartRate: profile, asOf: monday.adding(days: 7), fallbackOffsetSeconds: 3600)
        #expect(own.runs.first?.date == monday)
    }

    @Test("no runs: an empty series, and a report that says so without crashing")
    func empty() {
        let report = LoadReport.make(activities: [], settings: RunnerSettings(), asOf: monday)
        #expect(report.series.days.isEmpty)
        #expect(report.findings.isEmpty)
        #expect(report.weeks.count == 12)
        #expect(report.notes.contains { $0.contains("No runs") })
    }

    @Test("bad numbers (NaN, negative) never produce NaN loads")
    func badNumbers() {
        var a = LoadFixtures.run(monday, km: 5, heartRate: .nan)
        a.distanceMeters = -3
        a.elapsedSeconds = .nan
        a.movingSeconds = nil
        let s = LoadSeries(activities: [a], heartRate: profile, asOf: monday, fallbackOffsetSeconds: 0)
        #expect(s.days[0].distanceMeters == 0)
        #expect(s.days[0].load == 0)
        #expect(s.runs[0].method == .duration)

        var absurd = LoadFixtures.run(monday, km: 5)
        absurd.start = 1e300
        var huge = LoadFixtures.run(monday.adding(days: 1), km: 5)
        huge.distanceMeters = 1e300
        let r = LoadReport.make(activities: [LoadFixtures.run(monday, km: 5), absurd, huge], settings: RunnerSettings(), asOf: monday.adding(days: 2))
        #expect(r.series.runs.count == 2)
        #expect(r.spikes.count == 1)
        #expect(r.findings.contains { $0.id == "sessionSpike" })
        #expect(LoadText.fixed(1e300, 1) == "1e+300")
    }
}
