import Testing
import LumbarCore
@testable import LumbarReport

@Suite("Form chart SVG")
struct FormChartTests {
    /// A 12-minute run with simple linear values (no random numbers, no transcendental maths),
    /// and a walking break in the middle that the chart must leave out.
    static func smallRun(dynamics: Bool = true) -> Activity {
        let samples = (0..<720).map { i -> Sample in
            let walking = (300..<360).contains(i)
            var s = Sample(time: Double(i), speedMetersPerSecond: walking ? 1.3 : 3, cadence: walking ? 110 : 172 - Double(i) / 120)
            if dynamics {
                s.groundContactTimeMilliseconds = 240 + Double(i) / 60
                s.verticalOscillationMillimeters = 80 + Double(i % 60) / 30
            }
            return s
        }
        return Activity(sport: .running, start: 0, elapsedSeconds: 720, samples: samples)
    }

    @Test("three panels, the thirds marked in each, one line per recorded metric")
    func structure() {
        let svg = FormChart.svg(FormSeries(Self.smallRun(), buckets: 22), title: "Run <test> & co")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.components(separatedBy: "<g class=\"panel\"").count - 1 == 3)
        #expect(svg.components(separatedBy: "class=\"third first\"").count - 1 == 3)
        #expect(svg.components(separatedBy: "class=\"third last\"").count - 1 == 3)
        #expect(svg.components(separatedBy: ">first third<").count - 1 == 3)
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 3)
        #expect(svg.contains("data-metric=\"cadence\"") && svg.contains("data-metric=\"groundContactTime\""))
        #expect(svg.contains("Run &lt;test&gt; &amp; co"))
        #expect(svg.contains("running time (min)"))
        #expect(!svg.contains("fill=\"red\"") && !svg.contains("not recorded"))
    }

    @Test("walking break left out: 11 minutes of running, thirds at its thirds")
    func thirdsOnRunningTime() {
        let series = FormSeries(Self.smallRun(), buckets: 22)
        #expect(abs(series.runningSeconds - 659) < 1.5)
        #expect(abs(series.firstThirdEndsSeconds - series.runningSeconds / 3) < 1e-9)
        let cadence = series.lines.first { $0.metric == .cadence }!.points
        #expect(cadence.allSatisfy { $0.value > 160 }, "walking cadence must not be charted")
    }

    @Test("a run without running dynamics says so in the contact and oscillation panels")
    func missingMetrics() {
        let svg = FormChart.svg(FormSeries(Self.smallRun(dynamics: false), buckets: 22), title: "Cadence only")
        #expect(svg.components(separatedBy: "not recorded in this run").count - 1 == 2)
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1)
    }

    @Test("byte-stable: the same run gives the same bytes, matching the golden file")
    func golden() {
        let a = FormChart.svg(FormSeries(Self.smallRun(), buckets: 22), title: "Golden run")
        let b = FormChart.svg(FormSeries(Self.smallRun(), buckets: 22), title: "Golden run")
        #expect(a == b)
        #expect(a == FormChartGolden.svg)
    }

    @Test("an empty run still gives a valid document")
    func empty() {
        let svg = FormChart.svg(FormSeries(Activity(sport: .running, start: 0, elapsedSeconds: 0)), title: "Empty")
        #expect(svg.contains("not recorded in this run"))
        #expect(svg.hasSuffix("</svg>\n"))
    }
}
