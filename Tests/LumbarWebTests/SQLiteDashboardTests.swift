import Foundation
import Hummingbird
import HummingbirdTesting
import LumbarCore
import LumbarStoreSQLite
import Testing
@testable import LumbarWeb

@Suite("Dashboard over a temp SQLite store")
struct SQLiteDashboardTests {
    @Test("the file version changes with every commit, so a run imported elsewhere shows on the next request")
    func fileVersion() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("lumbar.sqlite").path
        let store = try SQLiteStore(path: path)
        let version = WebConfiguration.fileVersion(of: path)
        var configuration = WebFixtures.configuration()
        configuration.dataVersion = version
        let app = buildApplication(store: store, configuration: configuration)
        let other = try SQLiteStore(path: path)  // another process's `lumbar import`
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/summary", method: .get) { #expect($0.text.contains("\"runs\":0")) }
            let before = version()
            _ = try await other.save(WebFixtures.run(WebFixtures.today, km: 5, hash: "elsewhere"))
            #expect(version() != before)
            try await client.execute(uri: "/api/v1/summary", method: .get) { #expect($0.text.contains("\"runs\":1")) }
            try await client.execute(uri: "/", method: .get) { #expect($0.text.contains("<strong>1</strong>")) }
        }
    }
}
