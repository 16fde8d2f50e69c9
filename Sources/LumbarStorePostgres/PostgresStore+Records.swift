import Foundation
import LumbarCore
import LumbarStore
import PostgresNIO

extension PostgresStore {
    /// See `Store.settings`.
    public func settings() async throws -> RunnerSettings {
        try await read { db, logger in try await Self.loadSettings(db, logger: logger) }
    }

    /// See `Store.saveSettings`.
    public func saveSettings(_ settings: RunnerSettings) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(settings), as: UTF8.self)
        try await write { db, logger in
            try await db.query(
                "INSERT INTO settings (id, json) VALUES (1, \(json)) ON CONFLICT (id) DO UPDATE SET json = EXCLUDED.json",
                logger: logger)
        }
    }

    static func loadSettings(_ db: PostgresConnection, logger: Logger) async throws -> RunnerSettings {
        let rows = try await db.query("SELECT json FROM settings WHERE id = 1", logger: logger)
        for try await json in rows.decode(String.self) {
            return try JSONDecoder().decode(RunnerSettings.self, from: Data(json.utf8))
        }
        return RunnerSettings()
    }

    /// The time zone giving local dates to runs without their own offset.
    func fallbackZone(_ db: PostgresConnection, logger: Logger) async throws -> TimeZone {
        if let name = try await Self.loadSettings(db, logger: logger).timeZone, let zone = TimeZone(identifier: name) { return zone }
        return machineTimeZone
    }

    /// An INSERT … RETURNING id inside a write transaction.
    func insertReturningID(_ query: PostgresQuery) async throws -> Int64 {
        try await write { db, logger in
            let rows = try await db.query(query, logger: logger)
            for try await id in rows.decode(Int64.self) { return id }
            throw PostgresStoreError.server(sqlState: "", message: "INSERT returned no id")
        }
    }

    /// See `Store.saveAnswers`.
    public func saveAnswers(json: String, recordedAt: Double) async throws -> Int64 {
        try await insertReturningID("INSERT INTO answers (recorded_at, json) VALUES (\(recordedAt), \(json)) RETURNING id")
    }

    /// See `Store.answersHistory`.
    public func answersHistory() async throws -> [StoredAnswers] {
        try await read { db, logger in
            var result: [StoredAnswers] = []
            let rows = try await db.query("SELECT id, recorded_at, json FROM answers ORDER BY id", logger: logger)
            for try await (id, at, json) in rows.decode((Int64, Double, String).self) {
                result.append(StoredAnswers(id: id, recordedAt: at, json: json))
            }
            return result
        }
    }

    /// See `Store.saveCoreTest`.
    public func saveCoreTest(_ result: CoreTestResult) async throws {
        try await write { db, logger in
            try await db.query(
                """
                INSERT INTO core_tests (date, flexor, extensor, side_bridge_right, side_bridge_left)
                VALUES (\(result.date.description), \(result.flexorSeconds), \(result.extensorSeconds),
                    \(result.sideBridgeRightSeconds), \(result.sideBridgeLeftSeconds))
                """, logger: logger)
        }
    }

    /// See `Store.coreTests`.
    public func coreTests() async throws -> [CoreTestResult] {
        try await read { db, logger in
            var result: [CoreTestResult] = []
            let rows = try await db.query(
                "SELECT date, flexor, extensor, side_bridge_right, side_bridge_left FROM core_tests ORDER BY date, id",
                logger: logger)
            for try await (date, flexor, extensor, right, left) in rows.decode((String, Double?, Double?, Double?, Double?).self) {
                result.append(CoreTestResult(
                    date: try Self.date(date, table: "core_tests"), flexorSeconds: flexor, extensorSeconds: extensor,
                    sideBridgeRightSeconds: right, sideBridgeLeftSeconds: left))
            }
            return result
        }
    }

    /// See `Store.savePainEntry`.
    public func savePainEntry(_ entry: PainEntry) async throws -> PainEntry {
        let peg = try entry.peg.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        var stored = entry
        stored.id = try await insertReturningID(
            """
            INSERT INTO pain_entries (date, activity_id, during_run, after_run, next_morning,
                perceived_exertion, peg, roland_morris, note)
            VALUES (\(entry.date.description), \(entry.activityID?.rawValue), \(entry.duringRun), \(entry.afterRun),
                \(entry.nextMorning), \(entry.perceivedExertion), \(peg), \(entry.rolandMorris), \(entry.note))
            RETURNING id
            """)
        return stored
    }

    /// See `Store.painEntries`.
    public func painEntries() async throws -> [PainEntry] {
        try await read { db, logger in
            var result: [PainEntry] = []
            let rows = try await db.query(
                """
                SELECT id, date, activity_id, during_run, after_run, next_morning, perceived_exertion,
                    peg, roland_morris, note
                FROM pain_entries ORDER BY date, id
                """, logger: logger)
            for try await (id, date, activity, during, after, morning, rpe, peg, rolandMorris, note) in rows.decode(
                (Int64, String, String?, Double?, Double?, Double?, Double?, String?, Int?, String?).self)
            {
                result.append(PainEntry(
                    id: id, date: try Self.date(date, table: "pain_entries"),
                    activityID: activity.map(ActivityID.init(rawValue:)), duringRun: during, afterRun: after,
                    nextMorning: morning, perceivedExertion: rpe,
                    peg: try peg.map { try JSONDecoder().decode([Double].self, from: Data($0.utf8)) },
                    rolandMorris: rolandMorris, note: note))
            }
            return result
        }
    }

    /// See `Store.savePosture`.
    public func savePosture(json: String, date: LocalDate) async throws -> Int64 {
        try await insertReturningID("INSERT INTO postures (date, json) VALUES (\(date.description), \(json)) RETURNING id")
    }

    /// See `Store.postures`.
    public func postures() async throws -> [(id: Int64, date: LocalDate, json: String)] {
        let rows = try await read { db, logger in
            var result: [PostureRecord] = []
            let rows = try await db.query("SELECT id, date, json FROM postures ORDER BY date, id", logger: logger)
            for try await (id, date, json) in rows.decode((Int64, String, String).self) {
                result.append(PostureRecord(id: id, date: try Self.date(date, table: "postures"), json: json))
            }
            return result
        }
        return rows.map { ($0.id, $0.date, $0.json) }
    }

    static func date(_ text: String, table: String) throws -> LocalDate {
        guard let date = LocalDate(text) else {
            throw PostgresStoreError.damagedActivity(id: table, reason: "stored date \"\(text)\" is not YYYY-MM-DD")
        }
        return date
    }
}

/// A posture row crossing task boundaries (tuples are not `Sendable`).
struct PostureRecord: Sendable {
    var id: Int64
    var date: LocalDate
    var json: String
}
