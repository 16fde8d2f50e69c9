import Foundation
import GRDB
import LumbarCore
import LumbarStore
import LumbarStoreSQLite
import Testing

/// What only a file-backed store has: permissions, persistence, versions, migrations.
@Suite("SQLite store file")
struct SQLiteStoreFileTests {
    @Test func newDatabaseIsReadableOnlyByItsOwner() throws {
        let path = try TempDir.make() + "/lumbar.sqlite"
        _ = try SQLiteStore(path: path)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
    }

    @Test func dataSurvivesReopening() async throws {
        let path = try TempDir.make() + "/lumbar.sqlite"
        let outcome = try await SQLiteStore(path: path, machineTimeZone: .gmt).save(Fixture.run())
        guard case .inserted(let id) = outcome else { Issue.record("expected inserted"); return }
        let reopened = try SQLiteStore(path: path, machineTimeZone: .gmt)
        #expect(try await reopened.activity(id: id)?.samples == Fixture.run().samples)
        #expect(try await reopened.save(Fixture.run()) == .duplicate(id))
        #expect(try SQLiteStore.schemaVersion(at: path) == SQLiteSchema.currentVersion)
    }

    @Test func olderFileIsBackedUpThenMigrated() async throws {
        let folder = try TempDir.make()
        let path = folder + "/lumbar.sqlite"
        // A file as the first schema version left it, holding one run.
        try await SQLiteMigrationSafetyTests.versionOneFile(path)
        #expect(try SQLiteStore.schemaVersion(at: path) == 1)

        let store = try SQLiteStore(path: path, machineTimeZone: .gmt)
        #expect(try SQLiteStore.schemaVersion(at: path) == SQLiteSchema.currentVersion)
        let backup = path + ".bak-v1"
        #expect(FileManager.default.fileExists(atPath: backup))
        #expect(try SQLiteStore.schemaVersion(at: backup) == 1)
        let backupMode = try #require(try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int)
        #expect(backupMode & 0o777 == 0o600)
        // The old data is intact and the new tables work.
        let migrated = try #require(try await store.activity(id: "0badc0de"))
        #expect(migrated.samples == Fixture.run().samples)
        #expect(migrated.gear == nil && migrated.notes == nil && migrated.commute == nil)
        #expect(try await store.save(Fixture.run()) == .duplicate("0badc0de"))
        try await store.saveSettings(RunnerSettings(units: "km"))
        #expect(try await store.settings().units == "km")
    }

    @Test func currentFileIsNotBackedUpAgain() throws {
        let folder = try TempDir.make()
        let path = folder + "/lumbar.sqlite"
        _ = try SQLiteStore(path: path)
        _ = try SQLiteStore(path: path)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!files.contains { $0.contains(".bak-") })
    }

    @Test func newerFileIsRefusedAndLeftUntouched() throws {
        let path = try TempDir.make() + "/lumbar.sqlite"
        let newer = try DatabaseQueue(path: path)
        try newer.write { db in
            try db.execute(sql: "CREATE TABLE future (x); PRAGMA user_version = 99")
        }
        try newer.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteStore(path: path)
            Issue.record("a newer schema was opened")
        } catch let error as SQLiteStoreError {
            #expect(error == .newerSchema(path: path, found: 99, supported: SQLiteSchema.currentVersion))
            #expect(error.description.contains("newer lumbar"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func fileThatIsNotADatabaseIsRefused() throws {
        let path = try TempDir.make() + "/notes.txt"
        let text = Data(String(repeating: "my running notes\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(throws: SQLiteStoreError.notADatabase(path: path)) { try SQLiteStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
    }

    @Test func missingFolderIsAClearError() throws {
        let path = try TempDir.make() + "/no/such/folder/lumbar.sqlite"
        do {
            _ = try SQLiteStore(path: path)
            Issue.record("opened a database in a missing folder")
        } catch let error as SQLiteStoreError {
            guard case .cannotOpen(let p, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(p == path)
        }
    }
}

@Suite("SQLite store file: foreign databases")
struct SQLiteForeignDatabaseTests {
    @Test func anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws {
        let path = try TempDir.make() + "/photos.sqlite"
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: SQLiteStoreError.notADatabase(path: path)) { try SQLiteStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
