import Foundation
import LumbarStoreSQLite
import Testing

@testable import LumbarCLI

@Suite("Store options")
struct StoreOptionsTests {
    @Test func defaultPathFollowsXDG() {
        #expect(StoreOptions.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/r"]) == "/data/lumbar/lumbar.sqlite")
        #expect(StoreOptions.defaultPath(environment: ["XDG_DATA_HOME": "relative/x", "HOME": "/home/r"])
                == "/home/r/.local/share/lumbar/lumbar.sqlite")
        #expect(StoreOptions.defaultPath(environment: ["XDG_DATA_HOME": "", "HOME": "/home/r"])
                == "/home/r/.local/share/lumbar/lumbar.sqlite")
    }

    @Test func optionBeatsEnvironmentBeatsDefault() throws {
        let env = ["LUMBAR_DATABASE": "/env/db.sqlite", "HOME": "/home/r"]
        #expect(try StoreOptions.parse(["--database", "/opt/x.sqlite"]).resolvedPath(environment: env) == "/opt/x.sqlite")
        #expect(try StoreOptions.parse([]).resolvedPath(environment: env) == "/env/db.sqlite")
        #expect(try StoreOptions.parse([]).resolvedPath(environment: ["HOME": "/home/r"]) == "/home/r/.local/share/lumbar/lumbar.sqlite")
    }

    @Test func opensTheDefaultCreatingFolders() async throws {
        let root = try CLITemp.folder()
        let store = try StoreOptions.parse([]).openSQLiteStore(environment: ["XDG_DATA_HOME": root + "/xdg"])
        #expect(store.path == root + "/xdg/lumbar/lumbar.sqlite")
        #expect(FileManager.default.fileExists(atPath: store.path))
        try await store.saveSettings(.init(units: "km"))
        #expect(try await store.settings().units == "km")
    }

    @Test func aFolderThatCannotBeCreatedIsAClearError() throws {
        let root = try CLITemp.folder()
        try CLITemp.write("a file, not a folder", to: root + "/blocker")
        do {
            _ = try StoreOptions.parse(["--database", root + "/blocker/sub/lumbar.sqlite"]).openSQLiteStore(environment: [:])
            Issue.record("opened a database under a file")
        } catch let error as StoreOptionsError {
            #expect(error.description.hasPrefix("cannot create the folder \(root)/blocker for the lumbar database (a file of that name exists)"))
            #expect(error.description.contains("--database PATH"))
        }
    }
}
