import Foundation
import LumbarCore
import Testing

@testable import LumbarFormats

/// No real Garmin Connect export was available: the fixture follows the layout documented in
/// formats.md (nested UploadedFiles zip, summarized-activities JSON wrapped in an outer array).
@Suite("Garmin Connect export")
struct GarminExportTests {
    static func makeExport() throws -> String {
        let folder = try TestFiles.folder()
        let nested = folder + "/nested.zip"
        try ExportFixtures.zip(nested, [
            ("jane@example.com_1001.gpx", ExportFixtures.gpx(start: TestFiles.start, type: nil)),
            ("jane@example.com_1002.gpx", ExportFixtures.gpx(start: TestFiles.start + 86_400, type: nil)),
            ("jane@example.com_1003.gpx", ExportFixtures.gpx(start: TestFiles.start + 2 * 86_400, type: nil)),
        ])
        let json = """
            [{"summarizedActivitiesExport": [
              {"activityId": 1001, "name": "Easy trail", "activityType": "trail_running", "beginTimestamp": \(TestFiles.start)000},
              {"activityId": 1002, "name": "Commute", "activityType": "cycling", "beginTimestamp": \(TestFiles.start + 86_400)000}
            ]}]
            """
        let path = folder + "/garmin.zip"
        try ExportFixtures.zip(path, [
            ("DI_CONNECT/DI-Connect-Fitness/jane@example.com_0_summarizedActivities.json", Array(json.utf8)),
            ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", [UInt8](try Data(contentsOf: URL(fileURLWithPath: nested)))),
            ("DI_CONNECT/DI-Connect-Wellness/sleep.json", Array("[]".utf8)),
        ])
        return path
    }

    @Test func nestedUploadsAreImportedWithNamesAndTypesFromTheSummaries() async throws {
        let path = try Self.makeExport()
        let inputs = try ImportInputs.resolve([path])
        #expect(inputs.exports.map(\.kind) == [.garminConnect])
        let (summary, saved) = try await ExportFixtures.importing([path])
        #expect(summary.failed.isEmpty, "\(summary.failed)")
        #expect(summary.imported == 2)
        #expect(summary.skipped == [.cycling: 1])
        let trail = try #require(saved.first { $0.name == "Easy trail" })
        #expect(trail.sport == .trailRunning)
        #expect(trail.sources[0].path == path + "!DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!jane@example.com_1001.gpx")
        // 1003 is not in the summaries: read as the file says (no type: running assumed).
        #expect(saved.contains { $0.name == nil || $0.name != "Easy trail" })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("lumbar-nested-") }
        #expect(leftovers.isEmpty)
    }

    @Test func summariesJoinByActivityIdInTheFileName() {
        var summaries = GarminSummaries()
        let added = summaries.add(json: Array(#"[{"summarizedActivitiesExport":[{"activityId":42,"name":"Tempo","activityType":"running","beginTimestamp":1000}]}]"#.utf8))
        #expect(added)
        #expect(summaries.summary(forFileNamed: "user_42.fit")?.name == "Tempo")
        #expect(summaries.summary(startingAt: 1)?.name == "Tempo")
        #expect(summaries.summary(forFileNamed: "user_43.fit") == nil)
        #expect(GarminSummaries.sport("treadmill_running") == .treadmillRunning)
        let empty = summaries.add(json: Array("{}".utf8))
        #expect(!empty)
    }
}
