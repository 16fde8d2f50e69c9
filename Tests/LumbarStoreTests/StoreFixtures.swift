import Foundation
import LumbarCore
import LumbarStore
import LumbarStoreSQLite

/// The stores the conformance suite runs against.
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case memory, sqlite
    var description: String { rawValue }

    /// A fresh, empty store (SQLite in its own temporary folder, UTC as the machine's zone).
    func make() throws -> any Store {
        switch self {
        case .memory: return MemoryStore()
        case .sqlite: return try SQLiteStore(path: TempDir.make().appending("/lumbar.sqlite"), machineTimeZone: .gmt)
        }
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
