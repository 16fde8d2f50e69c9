import Foundation
import LumbarCore
import LumbarStore
import LumbarStorePostgres
import LumbarStoreSQLite
import Testing

@testable import LumbarCLI

/// `lumbar migrate` and `lumbar copy`, on SQLite files and (when `LUMBAR_TEST_DATABASE_URL` is
/// set) on PostgreSQL.
@Suite("migrate and copy")
struct MigrateCopyCommandTests {
    static let testDatabase = ProcessInfo.processInfo.environment["LUMBAR_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }

    static func freshURL() -> String {
        let base = testDatabase!
        return base + (base.contains("?") ? "&" : "?") + "schema=lumbar_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }

    @Test func migrateShowsAndAppliesTheSQLiteVersion() async throws {
        let path = try CLITemp.folder() + "/lumbar.sqlite"
        let current = SQLiteSchema.currentVersion
        #expect(try await MigrateCommand.run(location: path, statusOnly: true) == "\(path): schema version 0 (this lumbar: \(current)); no file yet")
        #expect(try await MigrateCommand.run(location: path, statusOnly: false) == "\(path): schema version \(current) (migrated from 0)")
        #expect(try await MigrateCommand.run(location: path, statusOnly: false) == "\(path): schema version \(current) (up to date)")
        #expect(try await MigrateCommand.run(location: path, statusOnly: true) == "\(path): schema version \(current) (this lumbar: \(current))")
    }

    @Test(.enabled(if: testDatabase != nil, "LUMBAR_TEST_DATABASE_URL is unset: PostgreSQL migrate skipped"))
    func migrateShowsAndAppliesThePostgresVersion() async throws {
        let location = Self.freshURL()
        let url = try PostgresURL(location)
        let current = PostgresSchema.currentVersion
        // A new schema: the status creates nothing (the schema itself is missing, so version 0).
        #expect(try await MigrateCommand.run(location: location, statusOnly: true)
                == "\(url): schema version 0 (this lumbar: \(current)); run lumbar migrate to upgrade")
        #expect(try await MigrateCommand.run(location: location, statusOnly: false) == "\(url): schema version \(current) (migrated from 0)")
        #expect(try await MigrateCommand.run(location: location, statusOnly: true) == "\(url): schema version \(current) (this lumbar: \(current))")
    }

    @Test func copyValidatesItsOptions() throws {
        let folder = try CLITemp.folder()
        #expect(throws: (any Error).self) { try CopyCommand.parse(["--from", folder + "/missing.sqlite", "--to", folder + "/b.sqlite"]) }
        #expect(throws: (any Error).self) { try CopyCommand.parse(["--from", "postgres://u@h/d", "--to", "postgres://u@h/d"]) }
        do {
            _ = try CopyCommand.parse(["--from", folder + "/missing.sqlite", "--to", folder + "/b.sqlite"])
        } catch {
            #expect(CopyCommand.message(for: error).contains("missing.sqlite: no such file"))
        }
    }

    @Test func aBadDatabaseURLNamesTheField() async throws {
        do {
            _ = try await StoreOptions.parse(["--database", "postgres://runner@db:port/lumbar"]).openStore(environment: [:])
            Issue.record("opened a bad URL")
        } catch {
            #expect("\(error)".contains("bad database URL (port)"), "\(error)")
        }
    }

    static func seed(_ path: String) async throws {
        let store = try SQLiteStore(path: path)
        for day in 0..<3 {
            let start = 1_772_434_800.0 + Double(day) * 86_400
            let samples = (0..<100).map { Sample(time: start + Double($0), distanceMeters: Double($0) * 3, heartRate: 140 + Double($0 % 9)) }
            _ = try await store.save(Activity(
                sport: .running, name: "Run \(day)", start: start, utcOffsetSeconds: 3600, elapsedSeconds: 100, distanceMeters: 300,
                sources: [ActivitySource(path: "/r/\(day).fit", contentHash: "h\(day)", format: "fit")], samples: samples))
        }
        try await store.saveSettings(RunnerSettings(restingHeartRate: 50))
        _ = try await store.savePainEntry(PainEntry(date: LocalDate(year: 2026, month: 3, day: 2), afterRun: 2))
    }

    @Test func copySQLiteToSQLite() async throws {
        let folder = try CLITemp.folder()
        try await Self.seed(folder + "/a.sqlite")
        let counts = try await CopyCommand.copy(from: folder + "/a.sqlite", to: folder + "/b.sqlite")
        #expect(counts.activities == 3 && counts.samples == 300 && counts.painEntries == 1 && counts.settings)
        let copy = try SQLiteStore(path: folder + "/b.sqlite")
        #expect(try await copy.activitySummaries(since: nil).map(\.name) == ["Run 2", "Run 1", "Run 0"])
        // Copying again into the now full file is refused and changes nothing.
        await #expect(throws: StoreCopyError.destinationNotEmpty) {
            _ = try await CopyCommand.copy(from: folder + "/a.sqlite", to: folder + "/b.sqlite")
        }
        #expect(try await copy.activitySummaries(since: nil).count == 3)
    }

    @Test(.enabled(if: testDatabase != nil, "LUMBAR_TEST_DATABASE_URL is unset: PostgreSQL copy skipped"))
    func copySQLiteToPostgresAndBackIsEqual() async throws {
        let folder = try CLITemp.folder()
        try await Self.seed(folder + "/a.sqlite")
        let server = Self.freshURL()
        _ = try await CopyCommand.copy(from: folder + "/a.sqlite", to: server)
        _ = try await CopyCommand.copy(from: server, to: folder + "/back.sqlite")
        let a = try SQLiteStore(path: folder + "/a.sqlite"), back = try SQLiteStore(path: folder + "/back.sqlite")
        #expect(try await back.activities(from: nil, through: nil, withSamples: true) == a.activities(from: nil, through: nil, withSamples: true))
        #expect(try await back.activitySummaries(since: nil) == a.activitySummaries(since: nil))
        #expect(try await back.settings() == a.settings())
        #expect(try await back.painEntries() == a.painEntries())
    }
}
