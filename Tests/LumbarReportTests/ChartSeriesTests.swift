import LumbarCore
import Testing
@testable import LumbarReport

@Suite struct ChartSeriesTests {
    @Test func weeklySeriesFillsEmptyWeeksWithZero() {
        let asOf = LocalDate(year: 2026, month: 11, day: 27) // a Friday; week starts 23 Nov
        func run(_ y: Int, _ m: Int, _ d: Int, km: Double) -> Activity {
            Activity(sport: .running, start: Double(LocalDate(year: y, month: m, day: d).daysSinceEpoch) * 86_400 + 3600,
                     elapsedSeconds: 3000, distanceMeters: km * 1000)
        }
        let series = WeeklyDistance.series(activities: [run(2026, 11, 23, km: 10), run(2026, 11, 26, km: 5),
                                                        run(2026, 11, 10, km: 8), run(2026, 1, 1, km: 99)],
                                           asOf: asOf, weeks: 3)
        #expect(series.map(\.weekStart.description) == ["2026-11-09", "2026-11-16", "2026-11-23"])
        #expect(series.map(\.km) == [8, 0, 15])
    }

    @Test func niceAxisMaximum() {
        #expect(SVGCharts.niceMax(44) == 50)
        #expect(SVGCharts.niceMax(7) == 10)
        #expect(SVGCharts.niceMax(0.3) == 0.5)
        #expect(SVGCharts.niceMax(0) == 1)
        #expect(SVGCharts.niceMax(200) == 200)
    }
}
