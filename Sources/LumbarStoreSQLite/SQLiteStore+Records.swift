import Foundation
import GRDB
import LumbarCore
import LumbarStore

extension SQLiteStore {
    /// See `Store.settings`.
    public func settings() async throws -> RunnerSettings {
        try await pool.read { db in try Self.loadSettings(db) }
    }

    /// See `Store.saveSettings`.
    public func saveSettings(_ settings: RunnerSettings) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(settings), as: UTF8.self)
        try await pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO settings (id, json) VALUES (1, ?)", arguments: [json])
        }
    }

    static func loadSettings(_ db: Database) throws -> RunnerSettings {
        guard let json = try String.fetchOne(db, sql: "SELECT json FROM settings WHERE id = 1") else {
            return RunnerSettings()
        }
        return try JSONDecoder().decode(RunnerSettings.self, from: Data(json.utf8))
    }

    /// See `Store.saveAnswers`.
    public func saveAnswers(json: String, recordedAt: Double) async throws -> Int64 {
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO answers (recorded_at, json) VALUES (?, ?)", arguments: [recordedAt, json])
            return db.lastInsertedRowID
        }
    }

    /// See `Store.answersHistory`.
    public func answersHistory() async throws -> [StoredAnswers] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, recorded_at, json FROM answers ORDER BY id")
                .map { StoredAnswers(id: $0[0], recordedAt: $0[1], json: $0[2]) }
        }
    }

    /// See `Store.saveCoreTest`.
    public func saveCoreTest(_ result: CoreTestResult) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO core_tests (date, flexor, extensor, side_bridge_right, side_bridge_left)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    result.date.description, result.flexorSeconds, result.extensorSeconds,
                    result.sideBridgeRightSeconds, result.sideBridgeLeftSeconds,
                ])
        }
    }

    /// See `Store.coreTests`.
    public func coreTests() async throws -> [CoreTestResult] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT date, flexor, extensor, side_bridge_right, side_bridge_left
                    FROM core_tests ORDER BY date, id
                    """
            ).map { row in
                CoreTestResult(
                    date: try Self.date(row[0], table: "core_tests"), flexorSeconds: row[1],
                    extensorSeconds: row[2], sideBridgeRightSeconds: row[3], sideBridgeLeftSeconds: row[4])
            }
        }
    }

    /// See `Store.savePainEntry`.
    public func savePainEntry(_ entry: PainEntry) async throws -> PainEntry {
        let peg = try entry.peg.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        return try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO pain_entries (date, activity_id, during_run, after_run, next_morning,
                        perceived_exertion, peg, roland_morris, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    entry.date.description, entry.activityID?.rawValue, entry.duringRun, entry.afterRun,
                    entry.nextMorning, entry.perceivedExertion, peg, entry.rolandMorris, entry.note,
                ])
            var stored = entry
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// See `Store.painEntries`.
    public func painEntries() async throws -> [PainEntry] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, date, activity_id, during_run, after_run, next_morning, perceived_exertion,
                        peg, roland_morris, note
                    FROM pain_entries ORDER BY date, id
                    """
            ).map { row in
                let peg: String? = row[7]
                let activity: String? = row[2]
                return PainEntry(
                    id: row[0], date: try Self.date(row[1], table: "pain_entries"),
                    activityID: activity.map(ActivityID.init(rawValue:)), duringRun: row[3],
                    afterRun: row[4], nextMorning: row[5], perceivedExertion: row[6],
                    peg: try peg.map { try JSONDecoder().decode([Double].self, from: Data($0.utf8)) },
                    rolandMorris: row[8], note: row[9])
            }
        }
    }

    /// See `Store.savePosture`.
    public func savePosture(json: String, date: LocalDate) async throws -> Int64 {
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO postures (date, json) VALUES (?, ?)", arguments: [date.description, json])
            return db.lastInsertedRowID
        }
    }

    /// See `Store.postures`.
    public func postures() async throws -> [(id: Int64, date: LocalDate, json: String)] {
        let rows = try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, date, json FROM postures ORDER BY date, id")
                .map { row -> PostureRow in
                    PostureRow(id: row[0], date: try Self.date(row[1], table: "postures"), json: row[2])
                }
        }
        return rows.map { ($0.id, $0.date, $0.json) }
    }

    static func date(_ text: String, table: String) throws -> LocalDate {
        guard let date = LocalDate(text) else {
            throw SQLiteStoreError.damagedActivity(id: table, reason: "stored date \"\(text)\" is not YYYY-MM-DD")
        }
        return date
    }
}

/// A posture row crossing the database queue (tuples are not `Sendable`).
struct PostureRow: Sendable {
    var id: Int64
    var date: LocalDate
    var json: String
}
