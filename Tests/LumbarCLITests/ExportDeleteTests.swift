import Foundation
import LumbarCore
import LumbarStore
import LumbarStoreSQLite
import Testing

@testable import LumbarCLI

/// `lumbar export`, `lumbar delete --all` and `lumbar import` of an export, run as the built
/// binary: the round trip must reproduce the same analysis and the same records.
@Suite("lumbar export, delete and import of an export", .serialized)
struct ExportDeleteTests {
    static let asOf = "2024-01-20"

    /// A database with runs (from generated GPX), answers, a core test, a linked pain entry,
    /// a posture recording and settings.
    static func populate(_ binary: String, root: String, database: String) async throws {
        let input = root + "/gpx"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        for day in [3, 5, 8, 10, 12, 15, 17] {
            try Data(CrashSafetyTests.gpx(day: day).utf8).write(to: URL(fileURLWithPath: "\(input)/run-\(day).gpx"))
        }
        let imported = try CrashSafetyTests.run(binary, ["import", input, "--database", database])
        #expect(imported.status == 0, "\(imported.output)")
        let store = try SQLiteStore(path: database, machineTimeZone: .gmt)
        let runs = try await store.activitySummaries(since: nil)
        #expect(runs.count == 7)
        try await store.saveSettings(RunnerSettings(restingHeartRate: 52, maxHeartRate: 188, birthYear: 1988, sex: "female", units: "km", timeZone: "Europe/Zurich"))
        _ = try await store.saveAnswers(json: AnalyzeTests.strainAnswers, recordedAt: 1_705_000_000.25)
        _ = try await store.saveAnswers(json: AnalyzeTests.strainAnswers.replacingOccurrences(of: "35", with: "36"), recordedAt: 1_705_100_000)
        try await store.saveCoreTest(CoreTestResult(date: LocalDate(year: 2024, month: 1, day: 9), flexorSeconds: 95.5,
                                                    extensorSeconds: 120, sideBridgeRightSeconds: 60.1, sideBridgeLeftSeconds: 48))
        _ = try await store.savePainEntry(PainEntry(date: LocalDate(year: 2024, month: 1, day: 16), activityID: runs[0].id, duringRun: 2,
                                                    afterRun: 5, nextMorning: 3.5, perceivedExertion: 7, peg: [4, 3, 5],
                                                    rolandMorris: 6, note: "tight, \"left\" side\nafter hills"))
        _ = try await store.savePosture(json: #"{"view":"side","note":"no findings"}"#, date: LocalDate(year: 2024, month: 1, day: 14))
    }

    /// Everything a store holds, ids aside from the pain entries' (a fresh database numbers them again).
    static func contents(_ database: String) async throws -> String {
        let store = try SQLiteStore(path: database, machineTimeZone: .gmt)
        var lines: [String] = []
        for run in try await store.activities(from: nil, through: nil, withSamples: true) { lines.append("\(run)") }
        lines += try await store.answersHistory().map { "\($0.recordedAt) \($0.json)" }
        lines += try await store.coreTests().map { "\($0)" }
        lines += try await store.painEntries().map { "\($0)" }
        lines += try await store.postures().map { "\($0.date) \($0.json)" }
        lines.append("\(try await store.settings())")
        return lines.joined(separator: "\n")
    }

    @Test func exportDeleteImportReproducesTheAnalysis() async throws {
        guard let binary = LumbarBinary.path() else {
            print("ExportDeleteTests: skipped, no built lumbar binary (run `swift build` first)")
            return
        }
        let root = try CLITemp.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let database = root + "/data/lumbar.sqlite"
        try await Self.populate(binary, root: root, database: database)
        // A backup from an earlier upgrade, which delete must remove too.
        try Data("old copy".utf8).write(to: URL(fileURLWithPath: database + ".bak-v1"))
        let analysisBefore = try CrashSafetyTests.run(binary, ["analyze", "--json", "--as-of", Self.asOf, "--database", database])
        #expect(analysisBefore.status == 0)
        let contentsBefore = try await Self.contents(database)

        let out = root + "/export"
        let exported = try CrashSafetyTests.run(binary, ["export", "--out", out, "--as-of", Self.asOf, "--database", database])
        #expect(exported.status == 0, "\(exported.output)")
        #expect(exported.output.contains("Exported 7 runs, 2 answer sets, 1 core tests, 1 pain entries and 1 posture recordings"))
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/manifest.json"))) as? [String: Any]
        #expect(manifest?["format"] as? String == "lumbar.export/1")
        for file in ["runs.csv", "answers.json", "answers.csv", "core-tests.csv", "pain-diary.csv", "postures.json", "settings.json",
                     "settings.csv", "results/analysis.json"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(file) missing")
        }
        let painCSV = try String(contentsOfFile: out + "/pain-diary.csv", encoding: .utf8)
        #expect(painCSV.contains("\"tight, \"\"left\"\" side\nafter hills\""))
        let exportedResult = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/results/analysis.json")))
        let printedResult = try JSONSerialization.jsonObject(with: Data(analysisBefore.output.utf8))
        #expect((exportedResult as? NSDictionary) == (printedResult as? NSDictionary))

        let deleted = try CrashSafetyTests.run(binary, ["delete", "--all", "--yes", "--database", database])
        #expect(deleted.status == 0, "\(deleted.output)")
        let left = try FileManager.default.contentsOfDirectory(atPath: root + "/data")
        #expect(left.isEmpty, "left behind: \(left)")

        let restored = try CrashSafetyTests.run(binary, ["import", out, "--database", database])
        #expect(restored.status == 0, "\(restored.output)")
        #expect(restored.output.contains("7 runs added"))
        let analysisAfter = try CrashSafetyTests.run(binary, ["analyze", "--json", "--as-of", Self.asOf, "--database", database])
        #expect(analysisAfter.output == analysisBefore.output)
        #expect(try await Self.contents(database) == contentsBefore)

        // Importing the same export again adds nothing.
        let again = try CrashSafetyTests.run(binary, ["import", out, "--database", database])
        #expect(again.output.contains("0 runs added (7 already stored), 0 answer sets, 0 core tests, 0 pain entries, 0 posture recordings added"), "\(again.output)")
        #expect(try await Self.contents(database) == contentsBefore)
    }

    @Test func deleteWithoutAllIsAUsageErrorAndDeletesNothing() throws {
        guard let binary = LumbarBinary.path() else { return }
        let root = try CLITemp.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let database = root + "/lumbar.sqlite"
        _ = try SQLiteStore(path: database)
        let bare = try CrashSafetyTests.run(binary, ["delete", "--database", database])
        #expect(bare.status == 2)
        #expect(bare.output.contains("delete needs --all"))
        // Not a terminal and no --yes: refused.
        let unconfirmed = try CrashSafetyTests.run(binary, ["delete", "--all", "--database", database])
        #expect(unconfirmed.status == 1)
        #expect(unconfirmed.output.contains("pass --yes"))
        #expect(FileManager.default.fileExists(atPath: database))
    }

    @Test func tracesListEveryCompanionFile() throws {
        let root = try CLITemp.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let database = root + "/lumbar.sqlite"
        let names = ["lumbar.sqlite", "lumbar.sqlite-wal", "lumbar.sqlite-shm", "lumbar.sqlite.bak-v1", "lumbar.sqlite.bak-v2.partial",
                     "lumbar.sqlite.migrating", "assess-progress.json", "other.sqlite", "notes.txt"]
        for name in names { try Data().write(to: URL(fileURLWithPath: root + "/" + name)) }
        let traces = DeleteCommand.traces(database: database, progress: root + "/assess-progress.json")
        #expect(Set(traces.map { ($0 as NSString).lastPathComponent }) == Set(names.dropLast(2)))
    }

    @Test(.timeLimit(.minutes(1))) func damagedExportIsRefusedBeforeAnythingIsStored() async throws {
        let root = try CLITemp.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let source = MemoryStore()
        _ = try await source.save(AnalyzeTests.run(LocalDate(year: 2024, month: 1, day: 2), km: 8, hash: "a"))
        _ = try await source.saveAnswers(json: AnalyzeTests.strainAnswers, recordedAt: 1)
        let manifest = try await StoreArchive.export(source, to: root + "/out")
        #expect(manifest.runs == 1)
        try Data("[{\"recordedAt\": \"yesterday\"}]".utf8).write(to: URL(fileURLWithPath: root + "/out/answers.json"))
        let target = MemoryStore()
        await #expect(throws: StoreArchiveError.self) { try await StoreArchive.restore(from: root + "/out", into: target) }
        #expect(try await target.activitySummaries(since: nil).isEmpty)
        // A newer format is named, not guessed at.
        try Data(#"{"format": "lumbar.export/9"}"#.utf8).write(to: URL(fileURLWithPath: root + "/out/manifest.json"))
        await #expect(throws: StoreArchiveError.unsupportedFormat(path: root + "/out/manifest.json", found: "lumbar.export/9")) {
            try await StoreArchive.restore(from: root + "/out", into: target)
        }
        // A run file that is a FIFO is a missing file, named; it is never waited on.
        let runFile = try #require(manifest.files.first { $0.hasPrefix("runs/") && $0.hasSuffix(".json") })
        try await StoreArchive.export(source, to: root + "/fresh")
        try FileManager.default.removeItem(atPath: root + "/fresh/" + runFile)
        #expect(mkfifo(root + "/fresh/" + runFile, 0o600) == 0)
        await #expect(throws: StoreArchiveError.damaged(
            path: root + "/fresh/" + runFile, reason: "the file is missing although the manifest lists it")) {
            try await StoreArchive.restore(from: root + "/fresh", into: target)
        }
        // A manifest that is a FIFO: not an export (and `import` does not hang on it).
        try FileManager.default.removeItem(atPath: root + "/fresh/manifest.json")
        #expect(mkfifo(root + "/fresh/manifest.json", 0o600) == 0)
        #expect(!StoreArchive.isExport(root + "/fresh"))
        #expect(try await target.activitySummaries(since: nil).isEmpty)
        // An export never goes into a folder holding other files.
        await #expect(throws: StoreArchiveError.folderNotEmpty(path: root + "/out")) {
            try await StoreArchive.export(source, to: root + "/out")
        }
    }
}
