import Foundation
import GRDB
import LumbarCore
import LumbarStore
import LumbarStoreSQLite
import Testing

/// The built `lumbar` binary killed with SIGKILL in the middle of a large import, twice, each time
/// inside the transaction of a run (its row written, its sources not, through the
/// `LUMBAR_CRASH_IN_INSERT` fault point): the database must stay sound (integrity check), hold
/// exactly the runs committed before the kill and no half-stored one, and a third run of the same
/// command must end with exactly the expected runs, none twice.
@Suite("Crash safety: SIGKILL during import", .serialized)
struct CrashSafetyTests {
    static let files = 240
    static let pointsPerRun = 1500

    @Test func killedImportLeavesNoPartialRunAndResumes() async throws {
        guard let binary = LumbarBinary.path() else {
            print("CrashSafetyTests: skipped, no built lumbar binary next to the tests or in .build/debug (run `swift build` first)")
            return
        }
        let root = try CLITemp.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/runs"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        for index in 0..<Self.files {
            try Data(Self.gpx(day: index).utf8).write(to: URL(fileURLWithPath: input + "/run-\(index).gpx"))
        }
        let database = root + "/db/lumbar.sqlite"
        let clock = ContinuousClock()
        let started = clock.now

        // Die early in the first run, then around the middle of the second: each run resumes what
        // the last one left, and only runs whose transaction committed are there.
        var committed = 0
        for dieIn in [Self.files / 10, Self.files * 2 / 5] {
            let killed = try Self.run(binary, ["import", input, "--database", database],
                                      environment: ["LUMBAR_CRASH_IN_INSERT": "\(dieIn)"])
            #expect(killed.signalled, "the import was not killed in insert \(dieIn): exit \(killed.status), \(killed.output)")
            committed += dieIn - 1
            #expect(try Self.storedRuns(database) == committed)
            try Self.expectSound(database)
        }

        let finished = try Self.run(binary, ["import", input, "--database", database])
        #expect(finished.status == 0, "the resumed import failed: \(finished.output)")
        #expect(finished.output.contains("(\(committed) already stored)"), "\(finished.output)")
        try Self.expectSound(database)
        let store = try SQLiteStore(path: database, machineTimeZone: .gmt)
        let runs = try await store.activities(from: nil, through: nil, withSamples: true)
        #expect(runs.count == Self.files)
        #expect(Set(runs.map(\.start)).count == Self.files, "a run was stored twice")
        #expect(runs.allSatisfy { $0.samples.count == Self.pointsPerRun })
        let sources = try await store.activitySummaries(since: nil).flatMap(\.sources)
        #expect(Set(sources.map(\.contentHash)).count == Self.files)
        #expect(sources.count == Self.files)

        // A fourth run finds everything stored and changes nothing.
        let again = try Self.run(binary, ["import", input, "--database", database])
        #expect(again.status == 0)
        #expect(again.output.contains("Imported 0 runs (\(Self.files) already stored)"), "\(again.output)")
        print("CrashSafetyTests: \(Self.files) files, 2 kills, \(clock.now - started)")
    }

    /// How many runs are stored.
    static func storedRuns(_ database: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: database) else { return 0 }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(1)
        let queue = try DatabaseQueue(path: database, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            guard try db.tableExists("activities") else { return 0 }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activities") ?? 0
        }
    }

    /// `PRAGMA integrity_check` is ok; every stored run has all its samples and its source.
    static func expectSound(_ database: String) throws {
        let queue = try DatabaseQueue(path: database)
        defer { try? queue.close() }
        try queue.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            let rows = try Row.fetchAll(db, sql: "SELECT id, sample_count, samples FROM activities")
            for row in rows {
                let id: String = row["id"]
                let samples = try SampleColumns.decode(Array(row["samples"] as Data))
                #expect(samples.count == Self.pointsPerRun, "activity \(id) is partial")
                #expect(row["sample_count"] == Self.pointsPerRun)
            }
            let orphans = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM activities a WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.activity_id = a.id)
                """)
            #expect(orphans == 0)
            let sources = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sources") ?? -1
            #expect(sources == rows.count)
        }
    }

    /// Runs the binary to the end with `environment` added to this process's; returns its exit
    /// status (or signal), whether a signal ended it, and its output.
    static func run(_ binary: String, _ arguments: [String], environment: [String: String] = [:]) throws
        -> (status: Int32, signalled: Bool, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal,
                String(decoding: data, as: UTF8.self))
    }

    /// One run on day `day` after 2024-01-01: `pointsPerRun` points a second apart with heart rate.
    static func gpx(day: Int) -> String {
        let start = 1_704_096_000 + day * 86_400 + 6 * 3600
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="lumbar crash test" xmlns="http://www.topografix.com/GPX/1/1" \
            xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
            <trk><name>Run \(day)</name><type>running</type><trkseg>

            """
        text.reserveCapacity(pointsPerRun * 190)
        for second in 0..<pointsPerRun {
            let time = Date(timeIntervalSince1970: Double(start + second)).ISO8601Format()
            let lat = 47.0 + Double(second) * 0.00003
            text += "<trkpt lat=\"\(lat)\" lon=\"8.5\"><ele>400</ele><time>\(time)</time>"
            text += "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>\(140 + second % 20)</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>\n"
        }
        return text + "</trkseg></trk>\n</gpx>\n"
    }
}

/// Where the `lumbar` executable built with these tests is.
enum LumbarBinary {
    /// Next to the test runner (any scratch path or sanitizer build), else `.build/debug/lumbar`.
    static func path() -> String? {
        var candidates: [String] = []
        if let runner = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("lumbar").path)
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/lumbar").path)
        return candidates.first { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: path)
        }
    }
}
