import Foundation
import Hummingbird
import HummingbirdTesting
import LumbarCore
import LumbarStorePostgres
import Testing
@testable import LumbarWeb

/// Server mode: two dashboards (two app instances, two connection pools) over one PostgreSQL
/// database behave as one. Needs `LUMBAR_TEST_DATABASE_URL`; skipped with a message otherwise.
@Suite(
    "Two dashboards over one PostgreSQL database",
    .enabled(
        if: ProcessInfo.processInfo.environment["LUMBAR_TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false,
        "LUMBAR_TEST_DATABASE_URL is unset: PostgreSQL tests skipped (set it to postgres://USER@HOST:PORT/DB, as .ci/run does)"))
struct PostgresDashboardTests {
    /// The test server with a schema of this test's own.
    static func freshURL() -> String {
        let base = ProcessInfo.processInfo.environment["LUMBAR_TEST_DATABASE_URL"]!
        let schema = "lumbar_web_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return base + (base.contains("?") ? "&" : "?") + "schema=" + schema
    }

    static let gpx = """
        <?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>
        <trkpt lat="52.0" lon="4.0"><time>2026-11-20T07:00:00Z</time></trkpt>
        <trkpt lat="52.001" lon="4.0"><time>2026-11-20T07:00:40Z</time></trkpt>
        <trkpt lat="52.002" lon="4.0"><time>2026-11-20T07:01:20Z</time></trkpt>
        </trkseg></trk></gpx>
        """

    @Test("an import through one instance shows at once on the other, caches included; a diary entry goes the other way")
    func writeThroughOneReadThroughTheOther() async throws {
        let url = Self.freshURL()
        let storeA = try await PostgresStore.open(url: url, machineTimeZone: .gmt, maximumConnections: 2)
        let storeB = try await PostgresStore.open(url: url, machineTimeZone: .gmt, maximumConnections: 2)
        let a = buildApplication(store: storeA, configuration: WebFixtures.configuration())
        let b = buildApplication(store: storeB, configuration: WebFixtures.configuration())
        try await a.test(.router) { clientA in
            try await b.test(.router) { clientB in
                // B renders (and caches) its pages over the empty database.
                try await clientB.execute(uri: "/api/v1/summary", method: .get) { #expect($0.text.contains("\"runs\":0")) }
                try await clientB.execute(uri: "/", method: .get) { #expect($0.status == .ok) }
                try await clientB.execute(uri: "/load", method: .get) { #expect($0.status == .ok) }
                try await clientB.execute(uri: "/api/v1/activities", method: .get) { #expect(!$0.text.contains("2026-11-20")) }
                try await clientA.execute(uri: "/api/v1/imports?name=morning.gpx", method: .post, body: ByteBuffer(string: Self.gpx)) {
                    #expect($0.status == .created, "\($0.text)")
                    #expect($0.text.contains("\"imported\":1"))
                }
                try await clientB.execute(uri: "/api/v1/summary", method: .get) { #expect($0.text.contains("\"runs\":1"), "\($0.text)") }
                try await clientB.execute(uri: "/", method: .get) { #expect($0.text.contains("<strong>1</strong>")) }
                try await clientB.execute(uri: "/api/v1/activities", method: .get) { #expect($0.text.contains("2026-11-20")) }
                // The same file through B is a duplicate of A's import.
                try await clientB.execute(uri: "/api/v1/imports?name=again.gpx", method: .post, body: ByteBuffer(string: Self.gpx)) {
                    #expect($0.text.contains("\"imported\":0"), "\($0.text)")
                }
                try await clientB.execute(
                    uri: "/api/v1/pain", method: .post, body: ByteBuffer(string: #"{"date":"2026-11-21","afterRun":3}"#)
                ) { #expect($0.status == .created, "\($0.text)") }
                try await clientA.execute(uri: "/api/v1/pain", method: .get) { #expect($0.text.contains("2026-11-21"), "\($0.text)") }
            }
        }
        await storeA.close()
        await storeB.close()
    }
}
