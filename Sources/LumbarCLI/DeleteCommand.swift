import ArgumentParser
import Foundation
import LumbarStorePostgres
import LumbarStoreSQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `lumbar delete --all [--yes]`: removes every trace of the runner's data.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete everything lumbar keeps: the database with its journal and backup copies, and unfinished questionnaires.",
        discussion: """
            Removes the database file and everything SQLite and lumbar keep beside it (-wal, -shm, \
            -journal, the .bak-v<N> copies taken before upgrades, an interrupted upgrade's \
            .migrating copy) and the saved progress of an unfinished `lumbar assess`. On a terminal \
            it asks first; otherwise pass --yes. Exports you wrote with `lumbar export` are yours \
            and are not touched. Exit status: 0 deleted (or nothing to delete), 1 not confirmed or \
            a file could not be removed, 2 usage (--all missing).
            """
    )

    @OptionGroup var store: StoreOptions

    @Flag(name: .long, help: "Delete all data (required: there is no partial delete).")
    var all = false

    @Flag(name: .long, help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        guard all else {
            throw Terminal.usage("delete needs --all (usage: lumbar delete --all [--yes] [--database PATH]). Nothing was deleted.")
        }
        let environment = ProcessInfo.processInfo.environment
        let database = store.resolvedPath(environment: environment)
        // A server database holds many runners' data: deleting one runner's account is part of
        // server mode's accounts (issue 11), never a blanket wipe from the command line.
        guard !PostgresURL.isPostgresURL(database) else {
            throw Terminal.usage("delete --all removes a local SQLite database; \(PostgresURL.redact(database)) is a PostgreSQL server, which lumbar does not wipe from the command line. Use `lumbar export` to keep a copy and drop the database with your PostgreSQL tools. Nothing was deleted.")
        }
        let files = Self.traces(database: database, progress: ProgressFile.defaultPath(database: store.database, environment: environment))
        guard !files.isEmpty else {
            Terminal.print("Nothing to delete: no lumbar data at \(database).\n")
            return
        }
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                throw Terminal.failure("delete --all asks for confirmation on a terminal; pass --yes to delete without asking. Nothing was deleted.")
            }
            Terminal.print("This deletes every run, answer, core test, pain entry and setting lumbar keeps:\n"
                + files.map { "  \($0)\n" }.joined() + "Type 'delete' to confirm: ")
            guard readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces) == "delete" else {
                throw Terminal.failure("not confirmed. Nothing was deleted.")
            }
        }
        var failed: [String] = []
        for file in files where unlink(file) != 0 && errno != ENOENT {
            failed.append("\(file) (\(String(cString: strerror(errno))))")
        }
        guard failed.isEmpty else {
            throw Terminal.failure("could not delete: \(failed.joined(separator: ", ")). Check the permissions and run again.")
        }
        // The default folder lumbar made is removed when nothing else is in it.
        let folder = (database as NSString).deletingLastPathComponent
        if store.database == nil, environment["LUMBAR_DATABASE"] == nil,
            (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true
        {
            rmdir(folder)
        }
        Terminal.print("Deleted \(files.count) \(files.count == 1 ? "file" : "files"): \(files.joined(separator: ", ")).\n")
    }

    /// Every file of lumbar's data that exists: the database and its companions, the backups
    /// (`<db>.bak-v<N>`, with unfinished `.partial` copies), the upgrade's staging copy, and the
    /// questionnaire progress file.
    static func traces(database: String, progress: String) -> [String] {
        let folder = (database as NSString).deletingLastPathComponent
        let name = (database as NSString).lastPathComponent
        var files = ["", "-wal", "-shm", "-journal"].map { database + $0 }
        let staging = database + ".migrating"
        files += ["", "-wal", "-shm", "-journal", ".partial"].map { staging + $0 }
        let listing = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        for entry in listing.sorted() where entry.hasPrefix(name + ".bak-v") {
            files.append(folder.isEmpty ? entry : folder + "/" + entry)
        }
        files.append(progress)
        return files.filter { FileManager.default.fileExists(atPath: $0) }
    }
}
