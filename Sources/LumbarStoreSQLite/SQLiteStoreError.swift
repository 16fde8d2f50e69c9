import LumbarStore

/// Why the SQLite store could not be opened or read. Messages name the file and say what to do.
public enum SQLiteStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database file (or its folder) cannot be created or opened.
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not a lumbar database (not SQLite, or another program's).
    case notADatabase(path: String)
    /// Written by a newer lumbar whose schema this version does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The copy taken before a migration could not be written: nothing was migrated.
    case backupFailed(path: String, backup: String, reason: String)
    /// A migration to the current schema failed (`migration` names the step): the file was
    /// left byte-identical; `backup` is the copy taken before.
    case migrationFailed(path: String, migration: String, backup: String, reason: String)
    /// A stored activity's samples or laps cannot be decoded.
    case damagedActivity(id: String, reason: String)

    /// The message, naming the file and what to do.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the lumbar database: \(reason). Check the folder exists and is writable, or pass --database PATH."
        case .notADatabase(let path):
            "\(path): not a lumbar database. Pass --database with another path; this file was left untouched."
        case .newerSchema(let path, let found, let supported):
            "\(path): written by a newer lumbar (schema version \(found); this lumbar reads up to \(supported)). Update lumbar; the file was left untouched."
        case .backupFailed(let path, let backup, let reason):
            "\(path): could not copy the database to \(backup) before upgrading it (\(reason)); nothing was changed. Free some disk space or check permissions."
        case .migrationFailed(let path, let migration, let backup, let reason):
            "\(path): upgrading the database to this lumbar's schema failed at step \(migration) (\(reason)). The file was left exactly as it was (a copy is also at \(backup)); keep using the previous lumbar with it and report this message."
        case .damagedActivity(let id, let reason):
            "activity \(id): \(reason)"
        }
    }
}
