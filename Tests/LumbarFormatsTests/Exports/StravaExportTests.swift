import Foundation
import LumbarCore
import Testing

@testable import LumbarFormats

@Suite("Strava export")
struct StravaExportTests {
    @Test func csvKeepsQuotedCommasNewlinesQuotesAndDropsTheBOM() {
        let text = "\u{FEFF}a,b,c\r\n1,\"x, y\",\"line1\nline2 \"\"q\"\"\"\n2,,last\n"
        let table = CSVTable(Array(text.utf8))
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows == [["1", "x, y", "line1\nline2 \"q\""], ["2", "", "last"]])
    }

    @Test func duplicateColumnsAreAddressedByOccurrenceInEnglishAndGerman() {
        let english = ["Activity ID", "Distance", "Activity Type", "Filename", "Distance"]
        #expect(StravaColumn.locate(in: english)[.distanceMeters] == 4)
        let german = ["Aktivitäts-ID", "Aktivitätsart", "Distanz", "Dateiname", "Distanz", "Gefühlte Anstrengung"]
        let columns = StravaColumn.locate(in: german)
        #expect(columns[.type] == 1)
        #expect(columns[.filename] == 3)
        #expect(columns[.distanceMeters] == 4)
        #expect(columns[.perceivedExertion] == 5)
    }

    @Test func activityDateIsReadAsUTC() {
        #expect(StravaDate.parse("May 29, 2022, 3:53:35 PM") == 1_653_839_615)
        #expect(StravaDate.parse("Jan 1, 2024, 12:05:00 AM") == 1_704_067_500)
        #expect(StravaDate.parse("29.05.2022, 15:53:35") == 1_653_839_615)
        #expect(StravaDate.parse("Foo 1, 2024, 1:00:00 AM") == nil)
    }

    /// A German-language export: two runs (one GPX with leading white space, one .gpx.gz), a
    /// ride, a manual run, a row naming a missing file.
    static func makeGermanExport(zipped: Bool) throws -> String {
        let folder = try TestFiles.folder()
        let header = "Aktivitäts-ID,Aktivitätsdatum,Name der Aktivität,Aktivitätsart,Verstrichene Zeit,Distanz,Dateiname,Distanz,Gefühlte Anstrengung\n"
        let rows = [
            "1,\"Mar 2, 2026, 7:00:00 AM\",\"Lauf, mit Komma\",Lauf,60,0.2,activities/1.gpx,200.0,7",
            "2,\"Mar 3, 2026, 7:00:00 AM\",\"Zweiter\nLauf\",Traillauf,60,0.2,activities/2.gpx.gz,200.0,",
            "3,\"Mar 4, 2026, 7:00:00 AM\",Radfahrt,Radfahrt,60,1,activities/3.gpx,1000,",
            "4,\"Mar 5, 2026, 7:00:00 AM\",Manuell,Lauf,600,2,,2000,",
            "5,\"Mar 6, 2026, 7:00:00 AM\",Fehlt,Lauf,60,1,activities/9.gpx,1000,",
        ]
        let files: [(String, [UInt8])] = [
            ("activities.csv", Array((header + rows.joined(separator: "\n") + "\n").utf8)),
            ("activities/1.gpx", ExportFixtures.gpx(start: TestFiles.start, indent: true)),
            ("activities/2.gpx.gz", TestFiles.gzip(ExportFixtures.gpx(start: TestFiles.start + 86_400))),
            ("activities/3.gpx", ExportFixtures.gpx(start: TestFiles.start + 2 * 86_400, type: "cycling")),
            ("profile.csv", Array("a,b\n".utf8)),
        ]
        if zipped {
            let path = folder + "/export_123.zip"
            try ExportFixtures.zip(path, files)
            return path
        }
        for (name, bytes) in files { try TestFiles.write(bytes, to: folder + "/export_123/" + name) }
        return folder + "/export_123"
    }

    @Test(arguments: [false, true])
    func germanExportImportsRunsWithNamesAndRPEAndCountsTheRest(zipped: Bool) async throws {
        let path = try Self.makeGermanExport(zipped: zipped)
        let (summary, saved) = try await ExportFixtures.importing([path])
        #expect(summary.imported == 2)
        #expect(summary.skipped == [.cycling: 1])
        #expect(summary.skippedForReason == ["manual Strava activity (no recorded file)": 1])
        #expect(summary.failed.count == 1)
        #expect(summary.failed.first?.message.contains("activities/9.gpx") == true)
        let first = try #require(saved.first { $0.name == "Lauf, mit Komma" })
        #expect(first.perceivedExertion == 7)
        #expect(first.sport == .running)
        #expect(first.sources[0].path == path + "!activities/1.gpx")
        let second = try #require(saved.first { $0.name == "Zweiter\nLauf" })
        #expect(second.sport == .trailRunning)
        #expect(second.perceivedExertion == nil)
    }

    @Test func gearDescriptionAndCommuteAreKeptWithTheRun() async throws {
        let folder = try TestFiles.folder()
        let header = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Commute,Activity Gear,Filename,Distance\n"
        let rows = [
            "1,\"Mar 2, 2026, 7:00:00 AM\",Easy,Run,\"Back stiff, \"\"left\"\" side\",60,0.2,true,Kinvara 14,activities/1.gpx,200.0",
            "2,\"Mar 3, 2026, 7:00:00 AM\",Long,Run,,60,0.2,false,,activities/2.gpx,200.0",
            "3,\"Mar 4, 2026, 7:00:00 AM\",Odd,Run,,60,0.2,maybe,,activities/3.gpx,200.0",
        ]
        let files: [(String, [UInt8])] = [
            ("activities.csv", Array((header + rows.joined(separator: "\n") + "\n").utf8)),
            ("activities/1.gpx", ExportFixtures.gpx(start: TestFiles.start)),
            ("activities/2.gpx", ExportFixtures.gpx(start: TestFiles.start + 86_400)),
            ("activities/3.gpx", ExportFixtures.gpx(start: TestFiles.start + 2 * 86_400)),
        ]
        for (name, bytes) in files { try TestFiles.write(bytes, to: folder + "/strava/" + name) }
        let (summary, saved) = try await ExportFixtures.importing([folder + "/strava"])
        #expect(summary.imported == 3)
        let easy = try #require(saved.first { $0.name == "Easy" })
        #expect(easy.gear == "Kinvara 14")
        #expect(easy.notes == "Back stiff, \"left\" side")
        #expect(easy.commute == true)
        let long = try #require(saved.first { $0.name == "Long" })
        #expect(long.gear == nil && long.notes == nil && long.commute == false)
        // A value that is neither yes nor no is unknown, not false.
        #expect(saved.first { $0.name == "Odd" }?.commute == nil)
    }

    @Test func aRerunStoresNothingTwice() async throws {
        let path = try Self.makeGermanExport(zipped: true)
        let destination = RecordingDestination()
        _ = try await ExportFixtures.importing([path], into: destination)
        let (again, saved) = try await ExportFixtures.importing([path], into: destination)
        #expect(again.imported == 0)
        #expect(again.duplicates == 2)
        #expect(saved.count == 2)
    }

    @Test(.enabled(if: SharedTestData.folder != nil, "needs ../shared/testdata (not in the repository)"))
    func realStravaExportFolderImportsItsOneRun() async throws {
        let path = try #require(SharedTestData.folder) + "/geo-activity-playground/Strava Export"
        let (summary, saved) = try await ExportFixtures.importing([path])
        #expect(summary.imported == 1)
        #expect(summary.failed.isEmpty)
        let run = try #require(saved.first)
        #expect(run.name == "Laufen Landal Park")
        #expect(run.sport == .running)
        // activities.csv: "May 29, 2022, 3:53:35 PM" UTC, 1428 s, second Distance 3322.949951171875 m.
        #expect(abs(run.start - 1_653_839_615) < 2)
        #expect(abs((run.distanceMeters ?? 0) - 3322.95) < 1)
        // The first of its two `Commute` columns says "false"; gear and description are empty.
        #expect(run.commute == false)
        #expect(run.gear == nil && run.notes == nil)
    }
}

@Suite("Export detection")
struct ExportDetectionTests {
    @Test func aFolderHoldingAnExportDeepDownIsWalkedAsLooseFiles() throws {
        let folder = try TestFiles.folder()
        try TestFiles.write(ExportFixtures.gpx(start: TestFiles.start), to: folder + "/a.gpx")
        try TestFiles.write("Activity Type,Filename\nRun,activities/1.gpx\n", to: folder + "/old/backups/strava/activities.csv")
        let inputs = try ImportInputs.resolve([folder])
        #expect(inputs.exports.isEmpty)
        #expect(inputs.files.count == 2)
    }

    @Test func anUnpackedExportOneFolderDownIsRecognised() throws {
        let folder = try TestFiles.folder()
        try TestFiles.write("Activity Type,Filename\nRun,activities/1.gpx\n", to: folder + "/export_1/activities.csv")
        try TestFiles.write(ExportFixtures.gpx(start: TestFiles.start), to: folder + "/export_1/activities/1.gpx")
        #expect(try ImportInputs.resolve([folder]).exports.map(\.kind) == [.strava])
    }
}

@Suite("Export interruption")
struct ExportInterruptionTests {
    @Test func cancellingStopsBetweenRunsAndTheSummarySaysSo() async throws {
        let path = try StravaExportTests.makeGermanExport(zipped: true)
        let destination = RecordingDestination()
        let inputs = try ImportInputs.resolve([path])
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await ExportFixtures.pipeline().run(inputs: inputs, into: destination)
        }
        let summary = try await task.value
        #expect(summary.interrupted)
        #expect(await destination.saved.isEmpty)
        // The re-run finishes the job.
        let (again, saved) = try await ExportFixtures.importing([path], into: destination)
        #expect(!again.interrupted)
        #expect(saved.count == 2)
    }
}
