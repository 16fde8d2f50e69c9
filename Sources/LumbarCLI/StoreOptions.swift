import ArgumentParser
import Foundation
import LumbarStore
import LumbarStorePostgres
import LumbarStoreSQLite

/// `--database PATH_OR_URL` (or `LUMBAR_DATABASE`), shared by every command that uses the store:
/// a SQLite file, or `postgres://USER@HOST:PORT/DB` for server mode.
public struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database: a SQLite file (default: $XDG_DATA_HOME/lumbar/lumbar.sqlite, or $LUMBAR_DATABASE) or postgres://USER@HOST:PORT/DB[?sslmode=require].",
            valueName: "path-or-url"))
    /// The database file given with `--database`, if any.
    public var database: String?

    /// Options with nothing given (for tests and `parse`).
    public init() {}

    /// The default database file: `$XDG_DATA_HOME/lumbar/lumbar.sqlite` when `XDG_DATA_HOME` is
    /// an absolute path (the XDG Base Directory spec ignores relative ones), otherwise
    /// `$HOME/.local/share/lumbar/lumbar.sqlite`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("lumbar/lumbar.sqlite")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/lumbar/lumbar.sqlite")
    }

    /// The file these options name: `--database`, then `LUMBAR_DATABASE`, then the default.
    public func resolvedPath(environment: [String: String]) -> String {
        if let database, !database.isEmpty { return database }
        if let env = environment["LUMBAR_DATABASE"], !env.isEmpty { return env }
        return Self.defaultPath(environment: environment)
    }

    /// Opens (creating the file and its folders if needed) the SQLite store the options name.
    public func openSQLiteStore(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> SQLiteStore {
        try Self.openSQLite(path: resolvedPath(environment: environment))
    }

    /// Opens (creating the file and its folders if needed) the SQLite store at `path`.
    static func openSQLite(path: String) throws -> SQLiteStore {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try Self.createFolders(folder) }
        return try SQLiteStore(path: path)
    }

    /// `mkdir -p` with mode 0700 for the folders it creates; the error names the system's reason.
    static func createFolders(_ folder: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw StoreOptionsError.cannotCreateFolder(path: folder, reason: "a file of that name exists") }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try createFolders(parent) }
        if mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw StoreOptionsError.cannotCreateFolder(path: folder, reason: String(cString: strerror(errno)))
        }
    }

    /// Opens (creating if needed) the store the options name: PostgreSQL for a postgres:// URL
    /// (migrated at start-up), else the SQLite file.
    public func openStore(environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> any Store {
        try await Self.open(location: resolvedPath(environment: environment))
    }

    /// Opens the store at `location`: a postgres:// URL or a SQLite file path.
    public static func open(location: String) async throws -> any Store {
        if PostgresURL.isPostgresURL(location) { return try await PostgresStore.open(url: location) }
        return try openSQLite(path: location)
    }
}

/// The database location cannot be used.
public enum StoreOptionsError: Error, Sendable, Hashable, CustomStringConvertible {
    case cannotCreateFolder(path: String, reason: String)

    /// The message shown to the runner.
    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason):
            "cannot create the folder \(path) for the lumbar database (\(reason)). Pass --database PATH (or set LUMBAR_DATABASE) to put it elsewhere."
        }
    }
}

extension StoreOptions {
    /// Opens the store for a command: an error is printed as `lumbar: <message>` (exit code 1).
    func openForCommand() async throws -> any Store {
        do {
            return try await openStore()
        } catch {
            throw Terminal.failure("\(error)")
        }
    }
}
