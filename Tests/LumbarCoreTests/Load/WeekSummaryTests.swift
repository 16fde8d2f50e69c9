import Testing
@testable import LumbarCore

@Suite("Load: ISO weeks")
struct WeekSummaryTests {
    let monday = LoadFixtures.monday

    func report(_ acts: [Activity], asOf: LocalDate, weeks: Int = 3) -> LoadReport {
        LoadReport.make(activities: acts, settings: LoadFixtures.settings, asOf: asOf, weeks: weeks)
    }

    @Test("weeks run Monday to Sunday, newest last; the first week has no change; a gap week is zero")
    func weeksAndGaps() {
        let acts = [
            LoadFixtures.run(monday, km: 10), LoadFixtures.run(monday.adding(days: 6), km: 5),  // week 45: 15 km
            // week 46: nothing
            LoadFixtures.run(monday.adding(days: 14), km: 8), LoadFixtures.run(monday.adding(days: 16), km: 12),  // week 47: 20 km
        ]
        let r = report(acts, asOf: monday.adding(days: 20))
        #expect(r.weeks.map(\.weekStart) == [monday, monday.adding(days: 7), monday.adding(days: 14)])
        #expect(r.weeks.map(\.isoWeek) == [45, 46, 47])
        #expect(r.weeks.map(\.distanceMeters) == [15_000, 0, 20_000])
        #expect(r.weeks[0].changePercent == nil)
        #expect(r.weeks[1].changePercent == -100)
        #expect(r.weeks[2].changePercent == nil)  // nothing the week before
        #expect(r.weeks[0].longestRunMeters == 10_000)
        #expect(r.weeks[2].longRunShare == 0.6)
        #expect(r.weeks[1].longRunShare == nil)
        #expect(r.weeks[2].runs == 2)
        #expect(r.weeks[2].movingSeconds == 60 * 60)  // two runs of 30 min
        #expect(!r.weeks[2].isPartial)
    }

    @Test("week-to-week change and the >30 % jump (Nielsen 2014); under 10 km the week before is low volume")
    func jumps() {
        let acts = [
            LoadFixtures.run(monday, km: 20),  // 20 km
            LoadFixtures.run(monday.adding(days: 7), km: 27),  // +35 %
            LoadFixtures.run(monday.adding(days: 14), km: 35.1),  // +30 % exactly: not a jump
        ]
        let r = report(acts, asOf: monday.adding(days: 20))
        #expect(abs(r.weeks[1].changePercent! - 35) < 1e-9)
        #expect(r.weeks[1].isJump)
        #expect(!r.weeks[1].lowVolume)
        #expect(abs(r.weeks[2].changePercent! - 30) < 1e-9)
        #expect(!r.weeks[2].isJump)

        let small = report([LoadFixtures.run(monday, km: 4), LoadFixtures.run(monday.adding(days: 7), km: 8)], asOf: monday.adding(days: 13), weeks: 2)
        #expect(small.weeks[1].changePercent == 100)
        #expect(small.weeks[1].isJump)
        #expect(small.weeks[1].lowVolume)
    }

    @Test("the current week is partial: indicators are taken on the as-of date")
    func partialWeek() {
        let r = report([LoadFixtures.run(monday, km: 10), LoadFixtures.run(monday.adding(days: 9), km: 6)], asOf: monday.adding(days: 9), weeks: 2)
        #expect(r.weeks[1].isPartial)
        #expect(r.weeks[1].endDate == monday.adding(days: 9))
        #expect(r.weeks[1].distanceMeters == 6_000)
        #expect(abs(r.weeks[1].changePercent! - -40) < 1e-9)
    }

    @Test("ISO week numbering across a year end (Monday 29 Dec 2025 is 2026-W01)")
    func isoYearEnd() {
        let d = LocalDate(year: 2025, month: 12, day: 29)
        let r = report([LoadFixtures.run(d, km: 5)], asOf: LocalDate(year: 2026, month: 1, day: 2), weeks: 1)
        #expect(r.weeks[0].isoYear == 2026)
        #expect(r.weeks[0].isoWeek == 1)
        #expect(r.weeks[0].weekStart == d)
    }
}
