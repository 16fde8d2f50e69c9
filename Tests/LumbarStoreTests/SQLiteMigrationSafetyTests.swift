import Foundation
import GRDB
import LumbarCore
import LumbarStore
import Testing

@testable import LumbarStoreSQLite

/// A migration that fails must leave the file byte-identical; one that succeeds keeps a byte copy
/// of the file as it was. The migrations are injected: the shipped list plus a fourth step.
@Suite("SQLite store file: migration safety")
struct SQLiteMigrationSafetyTests {
    struct Broken: Error, CustomStringConvertible {
        var description: String { "step four is broken on purpose" }
    }

    /// The shipped migrations plus `v4-test`, which adds a column and then fails when `fails`.
    static func migrations(fourthFails fails: Bool) -> (DatabaseMigrator, [String]) {
        var migrator = SQLiteSchema.migrator
        migrator.registerMigration("v4-test") { db in
            try db.execute(sql: "ALTER TABLE activities ADD COLUMN shoe TEXT; PRAGMA user_version = 4;")
            if fails { throw Broken() }
        }
        return (migrator, SQLiteSchema.identifiers + ["v4-test"])
    }

    /// A file at schema version 1 holding one run, written the way the first lumbar wrote it.
    static func versionOneFile(_ path: String) async throws {
        let old = try DatabaseQueue(path: path)
        try SQLiteSchema.migrator.migrate(old, upTo: SQLiteSchema.identifiers[0])
        let run = Fixture.run()
        try await old.write { db in
            try db.execute(
                sql: """
                    INSERT INTO activities (id, sport, start, elapsed, distance, sample_count, field_count, laps, samples)
                    VALUES ('0badc0de', 'running', ?, 3000, 10000, ?, 5, ?, ?)
                    """,
                arguments: [run.start, run.samples.count, Data(SampleColumns.encodeLaps(run.laps)),
                            Data(SampleColumns.encode(run.samples))])
            try db.execute(sql: "INSERT INTO sources VALUES ('aaaa', 0, '0badc0de', 0, '/runs/a.fit', 'fit')")
        }
        try old.close()
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func failedMigrationLeavesTheFileByteIdentical() async throws {
        let folder = try TempDir.make()
        let path = folder + "/lumbar.sqlite"
        try await Self.versionOneFile(path)
        let before = try Self.bytes(path)
        let (migrator, identifiers) = Self.migrations(fourthFails: true)

        do {
            _ = try SQLiteStore(path: path, machineTimeZone: .gmt, migrator: migrator, identifiers: identifiers)
            Issue.record("a failing migration was reported as done")
        } catch let error as SQLiteStoreError {
            // v2 and v3 succeeded on the staging copy; v4 failed, so nothing of them counts.
            #expect(error == .migrationFailed(
                path: path, migration: "v4-test", backup: path + ".bak-v1", reason: "step four is broken on purpose"))
            #expect(error.description.contains("left exactly as it was"))
            #expect(error.description.contains("v4-test"))
        }
        #expect(try Self.bytes(path) == before)
        #expect(try SQLiteStore.schemaVersion(at: path) == 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == ["lumbar.sqlite", "lumbar.sqlite.bak-v1"], "staging copies were left behind")
        #expect(try Self.bytes(path + ".bak-v1") == before)

        // The shipped lumbar still opens and upgrades it, the run intact.
        let store = try SQLiteStore(path: path, machineTimeZone: .gmt)
        #expect(try await store.activity(id: "0badc0de")?.samples == Fixture.run().samples)
    }

    @Test func successfulMigrationKeepsAByteCopyOfTheOldFile() async throws {
        let folder = try TempDir.make()
        let path = folder + "/lumbar.sqlite"
        // A current (v3) file with a run in it, closed cleanly.
        do {
            let store = try SQLiteStore(path: path, machineTimeZone: .gmt)
            _ = try await store.save(Fixture.run())
        }
        let before = try Self.bytes(path)
        let (migrator, identifiers) = Self.migrations(fourthFails: false)
        let store = try SQLiteStore(path: path, machineTimeZone: .gmt, migrator: migrator, identifiers: identifiers)
        #expect(try SQLiteStore.schemaVersion(at: path) == 4)
        #expect(try Self.bytes(path + ".bak-v3") == before)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
        #expect(try await store.activitySummaries(since: nil).count == 1)
        #expect(!FileManager.default.fileExists(atPath: path + ".migrating"))
    }

    @Test func committedDataLeftInTheWALIsInTheBackup() async throws {
        let folder = try TempDir.make()
        let path = folder + "/lumbar.sqlite"
        try await Self.versionOneFile(path)
        // A process that wrote in WAL mode and died before closing: its commit is only in -wal.
        let writer = try DatabasePool(path: path)
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO sources VALUES ('bbbb', 0, '0badc0de', 1, '/runs/b.gpx', 'gpx')")
        }
        let walCopy = try Self.bytes(path + "-wal")
        let mainCopy = try Self.bytes(path)
        try writer.close()
        try mainCopy.write(to: URL(fileURLWithPath: path))
        try walCopy.write(to: URL(fileURLWithPath: path + "-wal"))

        let store = try SQLiteStore(path: path, machineTimeZone: .gmt)
        #expect(try await store.activity(id: "0badc0de")?.sources.count == 2)
        let backup = try DatabaseQueue(path: path + ".bak-v1")
        let backedUp = try await backup.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sources") }
        #expect(backedUp == 2)
        try backup.close()
    }
}
