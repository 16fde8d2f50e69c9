import Foundation
import LumbarCore
import LumbarStore
import Testing

@testable import LumbarCLI

@Suite("lumbar activities")
struct ActivitiesCommandTests {
    func store() async throws -> MemoryStore {
        let store = MemoryStore()
        _ = try await store.save(Activity(
            sport: .running, start: 1_772_434_800, utcOffsetSeconds: 3600, elapsedSeconds: 3005, movingSeconds: 2950,
            distanceMeters: 10_012.5, device: "Forerunner 265",
            sources: [ActivitySource(path: "/runs/a.fit", contentHash: "h1", format: "fit")]))
        _ = try await store.save(Activity(
            sport: .trailRunning, start: 1_772_607_600.5, elapsedSeconds: 1800,
            sources: [ActivitySource(path: "/runs/b.gpx", contentHash: "h2", format: "gpx", sessionIndex: 1)]))
        return store
    }

    @Test func jsonHasTheDocumentedShapeNewestFirst() async throws {
        let text = try await ActivitiesCommand.render(store: try await store(), since: nil, json: true)
        let first = ActivityMatching.activityID(for: Activity(sport: .running, start: 0, elapsedSeconds: 0,
            sources: [ActivitySource(path: "", contentHash: "h1", format: "fit")]))
        let second = ActivityMatching.activityID(for: Activity(sport: .running, start: 0, elapsedSeconds: 0,
            sources: [ActivitySource(path: "", contentHash: "h2", format: "gpx", sessionIndex: 1)]))
        #expect(text == """
            {"activities":[{"id":"\(second)","start":"2026-03-04T07:00:00.5Z","localDate":"2026-03-04","sport":"trailRunning",\
            "elapsedSeconds":1800,"sources":[{"path":"/runs/b.gpx","contentHash":"h2","format":"gpx","sessionIndex":1}]},\
            {"id":"\(first)","start":"2026-03-02T07:00:00Z","localDate":"2026-03-02","sport":"running","distanceMeters":10012.5,\
            "elapsedSeconds":3005,"movingSeconds":2950,"device":"Forerunner 265",\
            "sources":[{"path":"/runs/a.fit","contentHash":"h1","format":"fit","sessionIndex":0}]}]}

            """)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect((parsed?["activities"] as? [Any])?.count == 2)
    }

    @Test func sinceFiltersByLocalDate() async throws {
        let text = try await ActivitiesCommand.render(store: try await store(), since: LocalDate("2026-03-03"), json: true)
        #expect(text.contains("trailRunning"))
        #expect(!text.contains("Forerunner"))
        let none = try await ActivitiesCommand.render(store: try await store(), since: LocalDate("2026-03-05"), json: false)
        #expect(none == "No runs stored on or after 2026-03-05.\n")
    }

    @Test func tableShowsDistanceTimePaceDeviceAndID() async throws {
        let s = try await store()
        let text = try await ActivitiesCommand.render(store: s, since: nil, json: false)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("Date"))
        #expect(lines[0].contains("Distance (km)") && lines[0].contains("Pace (/km)"))
        #expect(lines[1].hasPrefix("2026-03-04") && lines[1].contains("0:30:00"))
        // 2950 s over 10.0125 km = 4:55 per km.
        #expect(lines[2].hasPrefix("2026-03-02") && lines[2].contains("10.01") && lines[2].contains("0:50:05")
                && lines[2].contains("4:55") && lines[2].contains("Forerunner 265"))
        #expect(lines[3] == "2 runs, 10.0 km.")
        try await s.saveSettings(RunnerSettings(units: "mi"))
        let miles = try await ActivitiesCommand.render(store: s, since: nil, json: false)
        #expect(miles.contains("Distance (mi)") && miles.contains("6.22") && miles.contains("7:54"))
    }
}
