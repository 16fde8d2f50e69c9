import Testing
@testable import LumbarCore

@Suite struct PlanInputsTests {
    static let asOf = LocalDate(year: 2026, month: 11, day: 27)

    func run(daysBefore: Int, km: Double, cadence: Double? = nil, sport: Sport = .running) -> Activity {
        let date = Self.asOf.adding(days: -daysBefore)
        let samples = cadence.map { c in (0..<3).map { Sample(time: Double($0), cadence: c + Double($0)) } } ?? []
        return Activity(sport: sport, start: Double(date.daysSinceEpoch) * 86_400 + 8 * 3600,
                        elapsedSeconds: km * 360, distanceMeters: km * 1000, samples: samples)
    }

    @Test func rollingWeeksLongestRunAndCadence() {
        let acts = [
            run(daysBefore: 0, km: 10, cadence: 170), run(daysBefore: 6, km: 5),
            run(daysBefore: 7, km: 12), run(daysBefore: 20, km: 8), run(daysBefore: 27, km: 6),
            run(daysBefore: 29, km: 25), run(daysBefore: 31, km: 40), run(daysBefore: 2, km: 30, sport: .cycling),
        ]
        let p = PlanInputs(activities: acts, asOf: Self.asOf)
        #expect(p.recentWeeklyKm == [6, 8, 12, 15])
        #expect(p.longestRunKm30Days == 25)
        #expect(p.cadenceStepsPerMinute == 171, "median of 170, 171, 172")
        #expect(p.fourWeekAverageKm == 10.25)
    }

    @Test func noRunsGiveNoNumbers() {
        let p = PlanInputs(activities: [], asOf: Self.asOf)
        #expect(p.recentWeeklyKm.isEmpty)
        #expect(p.longestRunKm30Days == nil)
        #expect(p.cadenceStepsPerMinute == nil)
        #expect(p.fourWeekAverageKm == nil)
    }
}
