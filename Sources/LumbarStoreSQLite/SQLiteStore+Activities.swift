import Foundation
import GRDB
import LumbarCore
import LumbarStore

extension SQLiteStore {
    /// See `Store.save`.
    public func save(_ activity: Activity) async throws -> SaveOutcome {
        try await pool.write { db in try Self.save(activity, in: db) }
    }

    /// One transaction: duplicate check, same-run merge or insert.
    static func save(_ activity: Activity, in db: Database) throws -> SaveOutcome {
        for source in activity.sources {
            if let id = try String.fetchOne(
                db, sql: "SELECT activity_id FROM sources WHERE content_hash = ? AND session_index = ?",
                arguments: [source.contentHash, source.sessionIndex])
            {
                return .duplicate(ActivityID(id))
            }
        }
        let tolerance = ActivityMatching.startToleranceSeconds
        let candidates = try Row.fetchAll(
            db,
            sql: """
                SELECT id, sport, start, elapsed, distance, sample_count, field_count
                FROM activities WHERE start BETWEEN ? AND ?
                """,
            arguments: [activity.start - tolerance, activity.start + tolerance]
        ).map { row -> (String, ActivityMatching.Fingerprint) in
            (row["id"], ActivityMatching.Fingerprint(
                sport: Sport(rawValue: row["sport"]) ?? .other, start: row["start"],
                elapsedSeconds: row["elapsed"], distanceMeters: row["distance"],
                sampleCount: row["sample_count"], fieldCount: row["field_count"]))
        }
        let incoming = ActivityMatching.Fingerprint(activity)
        if let id = ActivityMatching.bestMatch(for: incoming, among: candidates) {
            let kept = candidates.first { $0.0 == id }!.1
            let richer = ActivityMatching.isRicher(incoming, than: kept)
            let existing = try loadActivity(ActivityID(id), withSamples: false, in: db)!
            let merged = ActivityMatching.merge(existing: existing, incoming: activity, incomingIsRicher: richer)
            if richer {
                // The new copy replaces the stored one; every source is kept, stored ones first.
                try db.execute(sql: "DELETE FROM activities WHERE id = ?", arguments: [id])
                try insert(merged, id: id, fieldCount: incoming.fieldCount, in: db)
            } else {
                // The stored samples stay; the summary gains what only the new copy knew.
                try updateSummary(merged, id: id, in: db)
                try insertSources(Array(merged.sources.dropFirst(existing.sources.count)),
                                  startingAt: existing.sources.count, id: id, in: db)
            }
            return .merged(ActivityID(id))
        }
        var attempt = 0
        var id = ActivityMatching.activityID(for: activity)
        while try Bool.fetchOne(db, sql: "SELECT 1 FROM activities WHERE id = ?", arguments: [id.rawValue]) == true {
            attempt += 1
            id = ActivityMatching.activityID(for: activity, attempt: attempt)
        }
        try insert(activity, id: id.rawValue, fieldCount: incoming.fieldCount, in: db)
        return .inserted(id)
    }

    static func insert(_ a: Activity, id: String, fieldCount: Int, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO activities (id, sport, name, start, utc_offset, elapsed, moving, distance,
                    ascent, descent, average_heart_rate, max_heart_rate, perceived_exertion, device,
                    sample_count, field_count, laps, samples, gear, notes, commute)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, a.sport.rawValue, a.name, a.start, a.utcOffsetSeconds, a.elapsedSeconds,
                a.movingSeconds, a.distanceMeters, a.ascentMeters, a.descentMeters, a.averageHeartRate,
                a.maxHeartRate, a.perceivedExertion, a.device, a.samples.count,
                fieldCount, Data(SampleColumns.encodeLaps(a.laps)),
                Data(SampleColumns.encode(a.samples)), a.gear, a.notes, a.commute,
            ])
        CrashPoint.afterRunRow()
        try insertSources(a.sources, startingAt: 0, id: id, in: db)
    }

    static func updateSummary(_ a: Activity, id: String, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE activities SET name = ?, utc_offset = ?, moving = ?, distance = ?, ascent = ?,
                    descent = ?, average_heart_rate = ?, max_heart_rate = ?, perceived_exertion = ?,
                    device = ?, laps = ?, gear = ?, notes = ?, commute = ?
                WHERE id = ?
                """,
            arguments: [
                a.name, a.utcOffsetSeconds, a.movingSeconds, a.distanceMeters, a.ascentMeters, a.descentMeters,
                a.averageHeartRate, a.maxHeartRate, a.perceivedExertion, a.device,
                Data(SampleColumns.encodeLaps(a.laps)), a.gear, a.notes, a.commute, id,
            ])
    }

    static func insertSources(_ sources: [ActivitySource], startingAt first: Int, id: String, in db: Database) throws {
        for (offset, s) in sources.enumerated() {
            let position = first + offset
            try db.execute(
                sql: """
                    INSERT INTO sources (content_hash, session_index, activity_id, position, path, format)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [s.contentHash, s.sessionIndex, id, position, s.path, s.format])
        }
    }

    /// See `Store.hasSource`.
    public func hasSource(contentHash: String) async throws -> Bool {
        try await pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM sources WHERE content_hash = ? LIMIT 1", arguments: [contentHash])
                ?? false
        }
    }

    /// See `Store.activitySummaries`.
    public func activitySummaries(since: LocalDate?) async throws -> [ActivitySummary] {
        try await pool.read { db in
            let zone = try self.fallbackZone(db)
            let lower = LocalDateWindow(from: since, through: nil).utcLowerBound
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, sport, name, start, utc_offset, elapsed, moving, distance, device, sample_count
                    FROM activities WHERE start >= ? ORDER BY start DESC, id ASC
                    """,
                arguments: [lower])
            let sources = try Self.loadSources(db, since: lower)
            return rows.compactMap { row -> ActivitySummary? in
                let start: Double = row["start"]
                let offset: Int? = row["utc_offset"]
                let date = LocalDate(utcSeconds: start, offsetSeconds: offset ?? LocalDateWindow.fallbackOffset(zone, atUTC: start))
                if let since, date < since { return nil }
                let id: String = row["id"]
                return ActivitySummary(
                    id: ActivityID(id), sport: Sport(rawValue: row["sport"]) ?? .other, name: row["name"],
                    start: start, utcOffsetSeconds: offset, localDate: date, elapsedSeconds: row["elapsed"],
                    movingSeconds: row["moving"], distanceMeters: row["distance"], device: row["device"],
                    sources: sources[id] ?? [], sampleCount: row["sample_count"])
            }
        }
    }

    /// See `Store.activity`.
    public func activity(id: ActivityID) async throws -> Activity? {
        try await pool.read { db in try Self.loadActivity(id, withSamples: true, in: db) }
    }

    /// See `Store.activities`.
    public func activities(from: LocalDate?, through: LocalDate?, withSamples: Bool) async throws -> [Activity] {
        try await pool.read { db in
            let zone = try self.fallbackZone(db)
            let window = LocalDateWindow(from: from, through: through)
            let ids = try String.fetchAll(
                db, sql: "SELECT id FROM activities WHERE start >= ? AND start <= ? ORDER BY start ASC, id ASC",
                arguments: [window.utcLowerBound, window.utcUpperBound])
            return try ids.compactMap { id -> Activity? in
                guard var a = try Self.loadActivity(ActivityID(id), withSamples: withSamples, in: db) else { return nil }
                let date = a.localDate(fallbackOffsetSeconds: LocalDateWindow.fallbackOffset(zone, atUTC: a.start))
                guard window.contains(date) else { return nil }
                if !withSamples { a.samples = [] }
                return a
            }
        }
    }

    static func loadSources(_ db: Database, since lower: Double) throws -> [String: [ActivitySource]] {
        var result: [String: [ActivitySource]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT s.activity_id, s.path, s.content_hash, s.format, s.session_index FROM sources s
                JOIN activities a ON a.id = s.activity_id WHERE a.start >= ?
                ORDER BY s.activity_id, s.position
                """,
            arguments: [lower])
        while let row = try rows.next() {
            result[row[0], default: []].append(
                ActivitySource(path: row[1], contentHash: row[2], format: row[3], sessionIndex: row[4]))
        }
        return result
    }

    static func loadActivity(_ id: ActivityID, withSamples: Bool, in db: Database) throws -> Activity? {
        guard let row = try Row.fetchOne(
            db,
            sql: """
                SELECT sport, name, start, utc_offset, elapsed, moving, distance, ascent, descent,
                    average_heart_rate, max_heart_rate, perceived_exertion, device, laps, gear, notes, commute,
                    CASE WHEN ? THEN samples ELSE NULL END AS samples
                FROM activities WHERE id = ?
                """,
            arguments: [withSamples, id.rawValue])
        else { return nil }
        let sources = try Row.fetchAll(
            db, sql: "SELECT path, content_hash, format, session_index FROM sources WHERE activity_id = ? ORDER BY position",
            arguments: [id.rawValue]
        ).map { ActivitySource(path: $0[0], contentHash: $0[1], format: $0[2], sessionIndex: $0[3]) }
        let laps: [Lap]
        var samples: [Sample] = []
        do {
            laps = try SampleColumns.decodeLaps(Array(row["laps"] as Data))
            if withSamples, let blob = row["samples"] as Data? { samples = try SampleColumns.decode(Array(blob)) }
        } catch {
            throw SQLiteStoreError.damagedActivity(id: id.rawValue, reason: error.description)
        }
        return Activity(
            id: id, sport: Sport(rawValue: row["sport"]) ?? .other, name: row["name"], start: row["start"],
            utcOffsetSeconds: row["utc_offset"], elapsedSeconds: row["elapsed"], movingSeconds: row["moving"],
            distanceMeters: row["distance"], ascentMeters: row["ascent"], descentMeters: row["descent"],
            averageHeartRate: row["average_heart_rate"], maxHeartRate: row["max_heart_rate"],
            perceivedExertion: row["perceived_exertion"], device: row["device"], gear: row["gear"],
            notes: row["notes"], commute: row["commute"], laps: laps,
            sources: sources, samples: samples)
    }
}
