import ArgumentParser
import Foundation
import Testing

@testable import LumbarCLI

/// Commands run in-process: exit codes 0 (ok), 1 (some inputs failed), 2 (usage errors).
@Suite("Exit codes")
struct ExitCodeTests {
    @Test func importOfAMissingPathIsAUsageErrorAndCreatesNoDatabase() async throws {
        let root = try CLITemp.folder()
        let command = try ImportCommand.parse(["--database", root + "/db.sqlite", root + "/missing"])
        await #expect(throws: ExitCode(2)) { try await command.run() }
        #expect(!FileManager.default.fileExists(atPath: root + "/db.sqlite"))
    }

    @Test func importWithAFailedFileExitsOneAfterCreatingAPrivateDatabase() async throws {
        let root = try CLITemp.folder()
        try FileManager.default.createDirectory(atPath: root + "/runs", withIntermediateDirectories: true)
        try CLITemp.write("not a FIT file", to: root + "/runs/bad.fit")
        try CLITemp.write("notes", to: root + "/runs/notes.txt")
        let command = try ImportCommand.parse(["--database", root + "/db/lumbar.sqlite", root + "/runs"])
        await #expect(throws: ExitCode(1)) { try await command.run() }
        let mode = try FileManager.default.attributesOfItem(atPath: root + "/db/lumbar.sqlite")[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o777 } == 0o600)
    }

    @Test func importOfOnlyIgnoredFilesSucceeds() async throws {
        let root = try CLITemp.folder()
        try CLITemp.write("notes", to: root + "/notes.txt")
        let command = try ImportCommand.parse(["--database", root + "/db.sqlite", root + "/notes.txt"])
        try await command.run()
    }

    @Test func invalidOptionValuesExitTwo() async throws {
        let db = try CLITemp.folder() + "/db.sqlite"
        let activities = try ActivitiesCommand.parse(["--database", db, "--since", "31.01.2026"])
        await #expect(throws: ExitCode(2)) { try await activities.run() }
        let settings = try SettingsCommand.parse(["--database", db, "--max-hr", "500"])
        await #expect(throws: ExitCode(2)) { try await settings.run() }
        let importing = try ImportCommand.parse(["--database", db, "--sport", "jogging", db])
        await #expect(throws: ExitCode(2)) { try await importing.run() }
        let inspect = try InspectCommand.parse([db + ".missing"])
        await #expect(throws: ExitCode(2)) { try await inspect.run() }
    }
}

/// The fast path for `inspect` must parse exactly what the full command tree parses, and hand
/// everything else (help, version, other commands, bad arguments) back to the tree.
@Suite("Direct parse of inspect")
struct DirectCommandTests {
    @Test func inspectWithAFileAndJSONIsParsedDirectly() throws {
        #expect(LumbarCommand.directInspect(["inspect", "run.fit", "--json"]) == InspectRequest(file: "run.fit", json: true))
        #expect(LumbarCommand.directInspect(["inspect", "run.gpx"]) == InspectRequest(file: "run.gpx", json: false))
        #expect(LumbarCommand.directInspect(["inspect", "--json", "my run.tcx"]) == InspectRequest(file: "my run.tcx", json: true))
        // What the short path does not read still parses as the full tree would.
        #expect(LumbarCommand.directInspect(["inspect", "--", "-odd.fit"]) == InspectRequest(file: "-odd.fit", json: false))
    }

    @Test(arguments: [
        ["inspect", "--help"], ["inspect", "-h"], ["help", "inspect"], ["--version"],
        ["inspect"], ["inspect", "a.fit", "--jsn"], ["import", "a.fit"], [], ["inspect", "a.fit", "b.fit"],
    ])
    func everythingElseGoesThroughTheFullTree(arguments: [String]) {
        #expect(LumbarCommand.directInspect(arguments) == nil)
    }
}

@Suite("delete --all on a server")
struct DeleteOnServerTests {
    @Test func aPostgresURLIsRefusedAsUsageWithoutConnecting() throws {
        let command = try DeleteCommand.parse(["--all", "--yes", "--database", "postgres://coach:secret@127.0.0.1:1/club"])
        #expect(throws: ExitCode(2)) { try command.run() }
    }
}
