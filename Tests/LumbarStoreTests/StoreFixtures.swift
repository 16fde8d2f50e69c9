import Foundation
import LumbarCore
import LumbarStore
import LumbarStorePostgres
import LumbarStoreSQLite

/// The stores the conformance suite runs against.
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case memory, sqlite, postgres
    var description: String { rawValue }

    /// The stores this run can test: PostgreSQL only when `LUMBAR_TEST_DATABASE_URL` is set
    /// (`PostgresSkipTests` says so when it is not).
    static var testable: [StoreKind] { TestDatabase.url == nil ? [.memory, .sqlite] : allCases }

    /// A fresh, empty store (SQLite in its own temporary folder, PostgreSQL in a schema of its
    /// own, UTC as the machine's zone).
    func make() async throws -> any Store {
        switch self {
        case .memory: return MemoryStore()
        case .sqlite: return try SQLiteStore(path: TempDir.make().appending("/lumbar.sqlite"), machineTimeZone: .gmt)
        case .postgres: return try await PostgresStore.open(url: try TestDatabase.freshURL(), machineTimeZone: .gmt, maximumConnections: 4)
        }
    }
}

struct TestDatabaseUnset: Error, CustomStringConvertible {
    var description: String { TestDatabase.skipMessage }
}

/// The PostgreSQL server tests may use: `LUMBAR_TEST_DATABASE_URL` (`.ci/run` starts one).
enum TestDatabase {
    static let url: String? = ProcessInfo.processInfo.environment["LUMBAR_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }

    static let skipMessage =
        "LUMBAR_TEST_DATABASE_URL is unset: PostgreSQL tests skipped (set it to postgres://USER@HOST:PORT/DB, as .ci/run does)"

    /// The test server's URL with a new, unique `?schema=`: a database state of the test's own.
    static func freshURL() throws -> String {
        guard let base = url else { throw TestDatabaseUnset() }
        let schema = "lumbar_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return base + (base.contains("?") ? "&" : "?") + "schema=" + schema
    }
}

enum TempDir {
    /// A new empty folder under the system temporary folder.
    static func make() throws -> String {
        let path = NSTemporaryDirectory() + "lumbar-store-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

enum Fixture {
    /// 2026-03-02T07:00:00Z.
    static let monday7am = 1_772_434_800.0

    /// A run with `count` samples; `heartRate` adds a heart-rate column.
    static func run(
        start: Double = monday7am, distance: Double? = 10_000, count: Int = 60, heartRate: Bool = true,
        hash: String = "aaaa", session: Int = 0, sport: Sport = .running, offset: Int? = nil,
        format: String = "fit"
    ) -> Activity {
        let samples = (0..<count).map { i -> Sample in
            var s = Sample(
                time: start + Double(i), latitude: 52.5 + Double(i) * 1e-5, longitude: 13.4 - Double(i) * 1e-5,
                distanceMeters: Double(i) * 2.8)
            if heartRate { s.heartRate = 140 + Double(i % 7) }
            if i % 3 == 0 { s.cadence = 172.5 }
            return s
        }
        return Activity(
            sport: sport, name: "Morning run", start: start, utcOffsetSeconds: offset, elapsedSeconds: 3000,
            movingSeconds: 2950, distanceMeters: distance, ascentMeters: 42, averageHeartRate: 150,
            device: "Forerunner 265",
            laps: [Lap(start: start, elapsedSeconds: 1500, distanceMeters: 5000), Lap(start: start + 1500, averageCadence: 171)],
            sources: [ActivitySource(path: "/runs/\(hash).\(format)", contentHash: hash, format: format, sessionIndex: session)],
            samples: samples)
    }
}
