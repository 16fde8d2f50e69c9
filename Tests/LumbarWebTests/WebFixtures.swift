import Foundation
import Hummingbird
import HummingbirdTesting
import LumbarCore
import LumbarStore
import Testing
@testable import LumbarWeb

/// A store with a few runs (one with GPS, heart rate and cadence samples) and the app over it.
enum WebFixtures {
    static let today = LocalDate(year: 2026, month: 12, day: 3)

    static func configuration(uploadLimit: Int64 = WebConfiguration.defaultUploadLimitBytes) -> WebConfiguration {
        WebConfiguration(
            uploadLimitBytes: uploadLimit, uploadDirectory: NSTemporaryDirectory(),
            today: { today }, offsetAt: { _ in 0 }, now: { 1_780_000_000 })
    }

    static func run(_ date: LocalDate, km: Double, hash: String, samples: [Sample] = []) -> Activity {
        Activity(
            sport: .running, name: "Run <\(hash)>", start: Double(date.daysSinceEpoch) * 86_400 + 7 * 3600, utcOffsetSeconds: 0,
            elapsedSeconds: km * 360, movingSeconds: km * 360, distanceMeters: km * 1000, averageHeartRate: 150,
            sources: [ActivitySource(path: "/home/someone/\(hash).fit", contentHash: hash, format: "fit")], samples: samples)
    }

    static func samples() -> [Sample] {
        (0..<120).map { i in
            var s = Sample()
            s.time = Double(i) * 10
            s.latitude = 52.0 + Double(i) * 0.0003
            s.longitude = 4.0 + sin(Double(i) / 10) * 0.002
            s.speedMetersPerSecond = 2.8 + Double(i % 7) * 0.05
            s.heartRate = 140 + Double(i % 20)
            s.cadence = 168 + Double(i % 5)
            s.groundContactTimeMilliseconds = 250 + Double(i % 9)
            return s
        }
    }

    /// A store with 12 runs over 6 weeks, the last one with samples; returns the store and that run's id.
    static func store() async throws -> (MemoryStore, ActivityID) {
        let store = MemoryStore()
        var last: ActivityID?
        for i in 0..<12 {
            let date = today.adding(days: -42 + i * 3 + 3)
            var activity = run(date, km: 5 + Double(i % 4), hash: "h\(i)", samples: i == 11 ? samples() : [])
            if i == 11 {
                activity.gear = "Trail <shoes>"
                activity.notes = "Stiff after the hills"
                activity.perceivedExertion = 7
            }
            let outcome = try await store.save(activity)
            if case .inserted(let id) = outcome { last = id }
        }
        return (store, try #require(last))
    }

    static let answers = """
        {"schema": "lumbar.answers/1", "age": 35, "sex": "male",
         "episode": {"durationDays": 3, "onset": "sudden", "linkedToRun": "afterRun", "linkedRunDate": "2026-11-30"},
         "symptoms": {"location": ["oneSideMuscle"], "localTenderness": true, "painOnContraction": true,
                      "legPain": "none", "numbness": "none"},
         "redFlags": {"bladderChange": false, "bowelChange": false, "saddleNumbness": false}}
        """

    static func form(_ pairs: [(String, String)]) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let text = pairs.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
        return ByteBuffer(string: text)
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    static let jsonHeaders: HTTPFields = [.contentType: "application/json"]
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
