import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SQLiteStore {
    /// The copy taken before the file at `path` is upgraded from schema `version`.
    public static func backupPath(for path: String, version: Int) -> String { "\(path).bak-v\(version)" }

    /// Upgrades an older file without ever writing to it until the upgrade has succeeded:
    ///
    /// 1. committed data still in `<path>-wal` is checkpointed into the file (no logical change);
    /// 2. the file is copied byte for byte to `<path>.bak-v<version>` (kept afterwards);
    /// 3. the migrations run on another copy, `<path>.migrating`;
    /// 4. only then is that copy renamed over the file (atomic on one file system).
    ///
    /// A failure at 2 throws `backupFailed`, at 3 `migrationFailed`: in both cases the file is
    /// byte-identical to what it was and the staging copy is removed.
    static func migrateSafely(_ path: String, from version: Int, migrator: DatabaseMigrator, identifiers: [String]) throws {
        try checkpointLeftoverWAL(path)
        let backup = backupPath(for: path, version: version)
        do {
            try copyFile(path, to: backup)
        } catch {
            throw SQLiteStoreError.backupFailed(path: path, backup: backup, reason: error.description)
        }
        let staging = path + ".migrating"
        func removeStaging() { for suffix in ["", "-wal", "-shm", "-journal"] { unlink(staging + suffix) } }
        removeStaging()
        do {
            try copyFile(path, to: staging)
        } catch {
            throw SQLiteStoreError.backupFailed(path: path, backup: staging, reason: error.description)
        }
        var failedStep = identifiers[version]
        do {
            let queue = try DatabaseQueue(path: staging)
            do {
                try migrator.migrate(queue)
                // Everything into the file itself, none left in a -wal that the rename would orphan.
                try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            } catch {
                let applied = (try? queue.read { db in try migrator.appliedIdentifiers(db) }) ?? []
                failedStep = identifiers.first { !applied.contains($0) } ?? failedStep
                try? queue.close()
                throw error
            }
            try queue.close()
        } catch {
            removeStaging()
            let reason = (error as? DatabaseError)?.message ?? "\(error)"
            throw SQLiteStoreError.migrationFailed(path: path, migration: failedStep, backup: backup, reason: reason)
        }
        // The WAL files belong to the old file: none may survive next to the new one.
        unlink(path + "-wal")
        unlink(path + "-shm")
        guard rename(staging, path) == 0 else {
            let reason = String(cString: strerror(errno))
            removeStaging()
            throw SQLiteStoreError.migrationFailed(path: path, migration: failedStep, backup: backup, reason: "cannot replace the file: \(reason)")
        }
        syncFolder(of: path)
    }

    /// Moves committed transactions left in `<path>-wal` (a process killed before it closed the
    /// database) into the file, so a byte copy of the file holds everything.
    static func checkpointLeftoverWAL(_ path: String) throws {
        var info = stat()
        guard stat(path + "-wal", &info) == 0, info.st_size > 0 else { return }
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try queue.close()
        } catch let error as DatabaseError {
            throw SQLiteStoreError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Copies `source` to `destination` (mode 0600) through `<destination>.partial`, flushed to
    /// disk before the rename, so `destination` is either absent or complete.
    static func copyFile(_ source: String, to destination: String) throws(CopyError) {
        let partial = destination + ".partial"
        unlink(partial)
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw CopyError(reason: "cannot read \(source): \(String(cString: strerror(errno)))") }
        defer { close(input) }
        let output = open(partial, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw CopyError(reason: "cannot create \(partial): \(String(cString: strerror(errno)))") }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var failure: String?
        copying: while true {
            let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                failure = "cannot read \(source): \(String(cString: strerror(errno)))"
                break
            }
            var written = 0
            while written < n {
                let w = buffer.withUnsafeBytes { write(output, $0.baseAddress! + written, n - written) }
                if w < 0 {
                    if errno == EINTR { continue }
                    failure = "cannot write \(partial): \(String(cString: strerror(errno)))"
                    break copying
                }
                written += w
            }
        }
        if failure == nil, fsync(output) != 0 { failure = "cannot flush \(partial): \(String(cString: strerror(errno)))" }
        close(output)
        if failure == nil, rename(partial, destination) != 0 {
            failure = "cannot rename \(partial): \(String(cString: strerror(errno)))"
        }
        if let failure {
            unlink(partial)
            throw CopyError(reason: failure)
        }
        syncFolder(of: destination)
    }

    /// Flushes the folder entry of `path` (a rename is durable only then).
    static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Why a copy failed.
    struct CopyError: Error, CustomStringConvertible {
        let reason: String
        var description: String { reason }
    }
}
