import Foundation
import LumbarCore
import Testing

@testable import LumbarReport

@Suite("Load JSON")
struct LoadJSONTests {
    /// Four runs: 10 km, 6 km, a 16 km spike, 5 km; onset two days after the spike.
    static func report() -> LoadReport {
        let d0 = LocalDate(year: 2026, month: 11, day: 2)
        let runs = [(0, 10.0), (2, 6.0), (5, 16.0), (8, 5.0)].map { day, km in
            Activity(
                id: ActivityID("r\(day)"), sport: .running, start: Double(d0.adding(days: day).daysSinceEpoch) * 86_400 + 43_200,
                utcOffsetSeconds: 0, elapsedSeconds: km * 330, movingSeconds: km * 320, distanceMeters: km * 1000,
                averageHeartRate: 150)
        }
        return LoadReport.make(
            activities: runs, settings: RunnerSettings(restingHeartRate: 50, maxHeartRate: 190, sex: "male"),
            asOf: d0.adding(days: 9), onset: d0.adding(days: 7), weeks: 2)
    }

    @Test("golden: the whole document, byte for byte")
    func golden() {
        #expect(LoadJSON.render(Self.report()) == LoadJSONGolden.twoWeeks)
    }

    @Test("valid JSON with the documented spike fields; formulas only when asked")
    func structure() throws {
        let text = LoadJSON.render(Self.report(), formulas: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let spikes = try #require(object["spikes"] as? [[String: Any]])
        #expect(spikes.count == 1)
        #expect(spikes[0]["spikePercent"] as? Double == 60)
        #expect(spikes[0]["band"] as? String == "moderate")
        #expect((object["formulas"] as? [Any])?.count == LoadFormulas.all.count)
        #expect(!LoadJSON.render(Self.report()).contains("\"formulas\""))
    }
}
