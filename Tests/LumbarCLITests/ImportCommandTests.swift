import Foundation
import LumbarCore
import LumbarFormats
import LumbarStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@testable import LumbarCLI

@Suite("lumbar import")
struct ImportCommandTests {
    @Test func summaryTextNamesEveryOutcome() {
        var s = ImportSummary()
        s.files = 7
        s.bytes = 2_500_000
        s.imported = 3
        s.duplicates = 1
        s.merged = 1
        s.skipped = [.walking: 1, .cycling: 2]
        s.ignored = ["/x/notes.txt"]
        s.assumedSport = ["/x/a.gpx"]
        s.warnings = [DecodeWarning(file: "/x/b.fit", offset: 812, message: "the file ends inside a record")]
        s.failed = [ImportFailure(file: "/x/c.fit", offset: 14, message: "/x/c.fit: damaged at byte 14: bad header.")]
        #expect(ImportCommand.summaryText(s) == """
            Read 7 files (2.5 MB).
            Imported 3 runs (1 already stored, 1 run merged with another copy of the same run).
            Skipped 3 activities that are not a run: 2 cycling, 1 walking.
            Ignored 1 file lumbar does not read (notes.txt).
            1 file names no sport; running was assumed (set another with --sport):
              /x/a.gpx
            1 warning (the data before each problem was kept):
              /x/b.fit: at byte 812: the file ends inside a record
            Failed: 1 file could not be read; nothing of them was stored:
              /x/c.fit: damaged at byte 14: bad header.

            """)
    }

    @Test func importsIntoTheStoreMergingTheSameRun() async throws {
        let root = try CLITemp.folder()
        try CLITemp.write("RUN 1772434800 10000 20", to: root + "/phone.gpx")
        try CLITemp.write("RUN 1772434830 10100 40 hr", to: root + "/watch.fit")
        try CLITemp.write("RUN broken", to: root + "/broken.tcx")
        let store = MemoryStore()
        let files = try FileWalker.files(in: [root])
        let summary = try await ImportCommand.importFiles(files, sport: nil, into: store, readers: [LineReader()])
        #expect(summary.imported == 1)
        #expect(summary.merged == 1)
        #expect(summary.failed.map(\.message) == ["\(root)/broken.tcx: damaged at byte 4: expected START DISTANCE SAMPLES."])
        let runs = try await store.activitySummaries(since: nil)
        #expect(runs.count == 1)
        #expect(runs[0].sampleCount == 40)
        #expect(runs[0].device == "Watch")
        #expect(runs[0].sources.map { ($0.path as NSString).lastPathComponent } == ["phone.gpx", "watch.fit"])
        let again = try await ImportCommand.importFiles(files, sport: nil, into: store, readers: [LineReader()])
        #expect(again.imported == 0 && again.merged == 0 && again.duplicates == 2)
    }

    /// A FIFO waits for a writer forever when opened for reading: one in an imported folder must
    /// be a named failure (or ignored when its name is not an activity's), never a hang.
    @Test(.timeLimit(.minutes(1))) func specialFilesFailInsteadOfHanging() async throws {
        let root = try CLITemp.folder()
        try CLITemp.write("RUN 1772434800 10000 20", to: root + "/monday.gpx")
        #expect(mkfifo(root + "/stuck.gpx", 0o600) == 0)
        #expect(mkfifo(root + "/pipe", 0o600) == 0)
        let inputs = try ImportInputs.resolve([root])
        #expect(inputs.exports.isEmpty)
        let store = MemoryStore()
        let summary = try await ImportCommand.importFiles(inputs.files, sport: nil, into: store, readers: [LineReader()])
        #expect(summary.imported == 1)
        #expect(summary.ignored == [root + "/pipe"])
        #expect(summary.failed.map(\.message) == [
            "\(root)/stuck.gpx: cannot be read: not a regular file (a FIFO, socket or device); lumbar reads files only."
        ])
        // Named on the command line it is no zip and no export either, just the same failure.
        let given = try ImportInputs.resolve([root + "/stuck.gpx"])
        #expect(given.exports.isEmpty && given.failures.isEmpty)
        #expect(given.files.map(\.path) == [root + "/stuck.gpx"])
    }
}

@Suite("Progress bar")
struct ProgressBarTests {
    @Test func lineShowsFilesBytesAndRate() {
        let p = ImportProgress(filesDone: 3, filesTotal: 12, bytesDone: 5_000_000, bytesTotal: 20_000_000, elapsedSeconds: 2)
        #expect(ProgressBar.line(p, width: 8) == "[##------] 3/12 files  5.0/20.0 MB  2.5 MB/s")
    }
}

@Suite("Import into SQLite")
struct ImportIntoSQLiteTests {
    @Test func importThenListFromTheDatabaseFile() async throws {
        let root = try CLITemp.folder()
        try FileManager.default.createDirectory(atPath: root + "/runs", withIntermediateDirectories: true)
        try CLITemp.write("RUN 1772434800 10000 20", to: root + "/runs/phone.gpx")
        try CLITemp.write("RUN 1772434830 10100 40 hr", to: root + "/runs/watch.fit")
        try CLITemp.write("RUN 1772521200 5000 10 hr", to: root + "/runs/tuesday.fit")
        let options = try StoreOptions.parse(["--database", root + "/db/lumbar.sqlite"])
        let store = try options.openSQLiteStore(environment: [:])
        let summary = try await ImportCommand.importFiles(
            try FileWalker.files(in: [root + "/runs"]), sport: nil, into: store, readers: [LineReader()])
        #expect((summary.imported, summary.merged, summary.failed.count) == (2, 1, 0))
        // A second process sees the same runs.
        let reopened = try options.openSQLiteStore(environment: [:])
        try await reopened.saveSettings(RunnerSettings(timeZone: "UTC"))  // local dates independent of the machine
        let json = try await ActivitiesCommand.render(store: reopened, since: nil, json: true)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [[String: Any]]]
        let runs = try #require(object?["activities"])
        #expect(runs.map { $0["localDate"] as? String } == ["2026-03-03", "2026-03-02"])
        #expect((runs[1]["sources"] as? [[String: Any]])?.count == 2)
        #expect(runs[1]["device"] as? String == "Watch")
    }
}
