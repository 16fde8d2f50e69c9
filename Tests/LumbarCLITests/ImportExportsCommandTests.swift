import Foundation
import LumbarCore
import LumbarFormats
import LumbarStore
import Testing

@testable import LumbarCLI

@Suite("lumbar import of exports")
struct ImportExportsCommandTests {
    @Test func summaryTextHasExportNotesReasonsRestingHeartRateAndInterruption() {
        var s = ImportSummary()
        s.files = 1
        s.bytes = 1_000_000
        s.imported = 2
        s.exportNotes = ["Strava export /x/export.zip: 2 runs stored."]
        s.skippedForReason = ["manual Strava activity (no recorded file)": 3]
        s.latestRestingHeartRate = 51.6
        s.interrupted = true
        #expect(ImportCommand.summaryText(s) == """
            Read 1 file (1.0 MB).
            Imported 2 runs.
            Strava export /x/export.zip: 2 runs stored.
            Skipped 3 entries: manual Strava activity (no recorded file).
            Resting heart rate in the Apple Health export: 52 bpm (used when none is set).
            Interrupted: stopped between two runs; everything above is stored. Run the same command again to continue.

            """)
    }

    @Test func sizesForMaxUncompressed() {
        #expect(ImportCommand.parseSize("64G") == 64 << 30)
        #expect(ImportCommand.parseSize("500M") == 500 << 20)
        #expect(ImportCommand.parseSize("1.5GiB") == Int64(1.5 * Double(1 << 30)))
        #expect(ImportCommand.parseSize("12345") == 12345)
        #expect(ImportCommand.parseSize("lots") == nil)
        #expect(ImportCommand.parseSize("-5M") == nil)
    }

    @Test func appleHealthRestingHeartRateFillsAnUnsetSetting() async throws {
        let folder = NSTemporaryDirectory() + "lumbar-cli-ah-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let xml = """
            <?xml version="1.0"?>
            <HealthData locale="en_GB">
             <Record type="HKQuantityTypeIdentifierRestingHeartRate" sourceName="Watch" unit="count/min" startDate="2026-03-01 00:00:00 +0100" endDate="2026-03-01 23:00:00 +0100" value="49"/>
             <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" sourceName="Watch" startDate="2026-03-01 08:00:00 +0100" endDate="2026-03-01 08:30:00 +0100"/>
            </HealthData>
            """
        try Data(xml.utf8).write(to: URL(fileURLWithPath: folder + "/export.xml"))
        let store = MemoryStore()
        let inputs = try ImportInputs.resolve([folder + "/export.xml"])
        let summary = try await ImportCommand.importInputs(inputs, sport: nil, into: store, readers: DefaultReaders.all)
        #expect(summary.imported == 1)
        #expect(try await store.settings().restingHeartRate == 49)
        let again = try await ImportCommand.importInputs(inputs, sport: nil, into: store, readers: DefaultReaders.all)
        #expect(again.imported == 0)
        #expect(again.duplicates == 1)
    }
}
