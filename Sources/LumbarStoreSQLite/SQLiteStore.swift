import Foundation
import GRDB
import LumbarCore
import LumbarStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The embedded default store: one SQLite database file (WAL mode), readable only by its owner.
///
/// Opening it creates the file with mode 0600 before anything is read or written, refuses a
/// file written by a newer lumbar (`SQLiteStoreError.newerSchema`), and upgrades an older file
/// safely: a byte-for-byte copy goes to `<path>.bak-v<old version>` first, the migrations run on
/// a second copy (`<path>.migrating`), and only a fully migrated copy replaces the file (an
/// atomic rename). A failed migration (`SQLiteStoreError.migrationFailed`) leaves the file
/// byte-identical.
///
/// Runs whose file recorded no UTC offset get their local date from the configured time zone
/// (`RunnerSettings.timeZone`, else `machineTimeZone`), at the instant of the run.
public final class SQLiteStore: Store, Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    let machineTimeZone: TimeZone

    /// Opens (creating if needed) the database at `path`, migrating it to the current schema.
    public convenience init(path: String, machineTimeZone: TimeZone = .current) throws {
        try self.init(
            path: path, machineTimeZone: machineTimeZone, migrator: SQLiteSchema.migrator,
            identifiers: SQLiteSchema.identifiers)
    }

    /// Opens `path` with these migrations (`identifiers` in order, as registered in `migrator`):
    /// tests inject a failing one here.
    init(path: String, machineTimeZone: TimeZone, migrator: DatabaseMigrator, identifiers: [String]) throws {
        self.path = path
        self.machineTimeZone = machineTimeZone
        let existed = try Self.createPrivateFile(path)
        if existed {
            let version = try Self.checkVersion(path, supported: identifiers.count)
            if version > 0, version < identifiers.count {
                try Self.migrateSafely(path, from: version, migrator: migrator, identifiers: identifiers)
            }
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.label = "lumbar"
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try migrator.migrate(pool)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw SQLiteStoreError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw SQLiteStoreError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// The schema version stored in an existing file (0 for an empty file).
    public static func schemaVersion(at path: String) throws -> Int {
        try inspect(path).version
    }

    /// The schema version, and whether the file holds tables although lumbar never wrote it.
    static func inspect(_ path: String) throws -> (version: Int, foreignTables: Bool) {
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let tables = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") ?? 0
                return (version, version == 0 && tables > 0)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw SQLiteStoreError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw SQLiteStoreError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Creates `path` with mode 0600 when missing. Returns whether it existed already (non-empty).
    static func createPrivateFile(_ path: String) throws -> Bool {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd >= 0 {
            close(fd)
            return false
        }
        let code = errno
        guard code == EEXIST else {
            throw SQLiteStoreError.cannotOpen(path: path, reason: String(cString: strerror(code)))
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw SQLiteStoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        return info.st_size > 0
    }

    /// Refuses a newer schema and another program's database; returns the file's version.
    static func checkVersion(_ path: String, supported: Int) throws -> Int {
        let (version, foreign) = try inspect(path)
        if foreign { throw SQLiteStoreError.notADatabase(path: path) }
        if version > supported {
            throw SQLiteStoreError.newerSchema(path: path, found: version, supported: supported)
        }
        return version
    }

    /// The time zone giving local dates to runs without their own offset.
    func fallbackZone(_ db: Database) throws -> TimeZone {
        if let name = try Self.loadSettings(db).timeZone, let zone = TimeZone(identifier: name) { return zone }
        return machineTimeZone
    }
}
