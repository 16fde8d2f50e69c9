import ArgumentParser
import Foundation
import LumbarStore
import LumbarStorePostgres

/// `lumbar copy --from A --to B`: moves a runner's data between stores, e.g. a laptop's SQLite
/// file into the club's PostgreSQL server, and back.
struct CopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy everything from one database into another (SQLite file or postgres:// URL).",
        discussion: """
            Copies activities with their samples, settings, answers, core tests, the pain diary and \
            posture recordings. The destination must be empty (a new file, a new database, or \
            postgres://…?schema=NAME); it is created and migrated when needed. Nothing in the \
            source is changed (an older source is migrated first, as every command does).
            """)

    @Option(help: ArgumentHelp("The database to read: a SQLite file or postgres://USER@HOST:PORT/DB.", valueName: "path-or-url"))
    var from: String

    @Option(help: ArgumentHelp("The empty database to write: a SQLite file or postgres://USER@HOST:PORT/DB.", valueName: "path-or-url"))
    var to: String

    func validate() throws {
        guard !from.isEmpty, !to.isEmpty else { throw ValidationError("--from and --to must not be empty.") }
        guard from != to else { throw ValidationError("--from and --to name the same database.") }
        // Reading a file that does not exist would create an empty database and copy nothing.
        if !PostgresURL.isPostgresURL(from), !FileManager.default.fileExists(atPath: from) {
            throw ValidationError("--from \(from): no such file.")
        }
    }

    func run() async throws {
        do {
            let counts = try await Self.copy(from: from, to: to) { done, total in
                if Terminal.stderrIsTTY { Terminal.error("\rcopying activities: \(done)/\(total)") }
            }
            if Terminal.stderrIsTTY { Terminal.error("\n") }
            Terminal.print("copied \(counts) from \(Self.shown(from)) to \(Self.shown(to))\n")
        } catch let error as ExitCode {
            throw error
        } catch {
            throw Terminal.failure("\(error)")
        }
    }

    /// Opens both stores and copies; the source is opened first, so a bad --from changes nothing.
    static func copy(
        from: String, to: String, progress: @Sendable @escaping (Int, Int) -> Void = { _, _ in }
    ) async throws -> StoreCopy.Counts {
        let source = try await StoreOptions.open(location: from)
        let destination: any Store
        do {
            destination = try await StoreOptions.open(location: to)
        } catch {
            await close(source)
            throw error
        }
        do {
            let counts = try await StoreCopy.copy(from: source, to: destination, progress: progress)
            await close(source)
            await close(destination)
            return counts
        } catch {
            await close(source)
            await close(destination)
            throw error
        }
    }

    /// Closes a server store's pool (a file store closes itself).
    static func close(_ store: any Store) async {
        await (store as? PostgresStore)?.close()
    }

    /// A location as printed (a URL without its password).
    static func shown(_ location: String) -> String { PostgresURL.redact(location) }
}
