import ArgumentParser
import Foundation
import LumbarStorePostgres
import LumbarStoreSQLite

/// `lumbar migrate [--status]`: brings the database to this lumbar's schema, or only shows its
/// version. Every command migrates on opening anyway; this is for an operator who upgrades a
/// server before starting the new instances (and wants to see the version first).
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply the database migrations, or show the schema version (--status).",
        discussion: """
            Works on the SQLite file and on a PostgreSQL database (--database postgres://…). \
            Migrations are applied in one transaction on PostgreSQL, under a lock, so instances \
            starting at the same time do not race. A database written by a newer lumbar is refused.
            """)

    @OptionGroup var store: StoreOptions

    @Flag(help: "Only show the schema version; change nothing.")
    var status = false

    func run() async throws {
        let location = store.resolvedPath(environment: ProcessInfo.processInfo.environment)
        do {
            Terminal.print(try await Self.run(location: location, statusOnly: status) + "\n")
        } catch let error as PostgresStoreError {
            throw Terminal.failure(error.description)
        } catch let error as SQLiteStoreError {
            throw Terminal.failure(error.description)
        }
    }

    /// The line printed: where, the version found, and what was applied.
    static func run(location: String, statusOnly: Bool) async throws -> String {
        if PostgresURL.isPostgresURL(location) {
            let url = try PostgresURL(location)
            let current = PostgresSchema.currentVersion
            if statusOnly {
                let found = try await PostgresAdmin.schemaVersion(url)
                return "\(url): schema version \(found) (this lumbar: \(current))" + (found < current ? "; run lumbar migrate to upgrade" : "")
            }
            let result = try await PostgresAdmin.migrate(url)
            return "\(url): schema version \(result.to)" + (result.from == result.to ? " (up to date)" : " (migrated from \(result.from))")
        }
        let current = SQLiteSchema.currentVersion
        let exists = FileManager.default.fileExists(atPath: location)
        if statusOnly {
            let found = exists ? try SQLiteStore.schemaVersion(at: location) : 0
            return "\(location): schema version \(found) (this lumbar: \(current))" + (exists ? "" : "; no file yet")
        }
        let before = exists ? try SQLiteStore.schemaVersion(at: location) : 0
        _ = try StoreOptions.openSQLite(path: location)
        return "\(location): schema version \(current)" + (before == current ? " (up to date)" : " (migrated from \(before))")
    }
}
