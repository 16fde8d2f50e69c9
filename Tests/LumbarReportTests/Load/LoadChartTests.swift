import Foundation
import LumbarCore
import Testing

@testable import LumbarReport

@Suite("Load chart (SVG)")
struct LoadChartTests {
    static let monday = LocalDate(year: 2026, month: 11, day: 2)

    static func report(weeks: Int = 6) -> LoadReport {
        var runs: [Activity] = []
        let first = monday.adding(days: -49)
        for w in 0..<7 {
            for d in [0, 2, 4] {
                let date = first.adding(days: 7 * w + d)
                runs.append(Activity(
                    id: ActivityID("w\(w)d\(d)"), sport: .running, start: Double(date.daysSinceEpoch) * 86_400 + 43_200,
                    utcOffsetSeconds: 0, elapsedSeconds: 2700, distanceMeters: 8000 + Double(w * 300 + d * 100), perceivedExertion: 4))
            }
        }
        let spikeDay = monday.adding(days: 6)
        runs.append(Activity(
            id: "spike", sport: .running, start: Double(spikeDay.daysSinceEpoch) * 86_400 + 43_200, utcOffsetSeconds: 0,
            elapsedSeconds: 6000, distanceMeters: 17_000, perceivedExertion: 7))
        return LoadReport.make(
            activities: runs, settings: RunnerSettings(restingHeartRate: 55, maxHeartRate: 185), asOf: spikeDay, weeks: weeks)
    }

    @Test("structure: one hatched bar per week, week labels, a marked spike, the ratio line, text instead of colour")
    func structure() {
        let svg = LoadChart.svg(Self.report())
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.components(separatedBy: "class=\"week\"").count - 1 == 6)
        #expect(svg.components(separatedBy: "fill=\"url(#hatch)\"").count - 1 == 6)
        #expect(svg.components(separatedBy: "class=\"spike\"").count - 1 >= 1)
        #expect(svg.contains("spike 8 Nov: +"))
        #expect(svg.contains(">W45</text>"))
        #expect(svg.contains("class=\"ratio\""))
        #expect(svg.contains("stroke-dasharray=\"6 3\""))
        #expect(svg.contains("information only"))
        #expect(!svg.contains("danger"))
        #expect(svg.contains("<title>"))
        #expect(svg.contains("<desc>"))
    }

    @Test("the usual-range band is drawn and labelled as not a risk zone when there is enough history")
    func usualRange() throws {
        let r = Self.report()
        let u = try #require(r.usualRange)
        let svg = LoadChart.svg(r)
        #expect(svg.contains("class=\"usual-range\""))
        #expect(svg.contains("your usual range \(LoadText.fixed(u.low, 2))-\(LoadText.fixed(u.high, 2)) (10th-90th percentile of your own history), not a risk zone."))
        let empty = LoadChart.svg(LoadReport.make(activities: [], settings: RunnerSettings(), asOf: Self.monday, weeks: 2))
        #expect(!empty.contains("class=\"usual-range\""))
        #expect(empty.contains("not enough history for your usual range yet"))
    }

    @Test("byte-stable: the same report gives the same bytes, equal to the golden file")
    func golden() {
        let svg = LoadChart.svg(Self.report(weeks: 3))
        #expect(svg == LoadChart.svg(Self.report(weeks: 3)))
        #expect(svg == LoadChartGolden.threeWeeks)
    }

    @Test("text is XML-escaped")
    func escaping() {
        #expect(SVGWriter.escape("a < b & \"c\" > d") == "a &lt; b &amp; &quot;c&quot; &gt; d")
    }
}
