import Foundation
import LumbarCore
import LumbarStore
import PostgresNIO

extension PostgresStore {
    /// See `Store.save`: one transaction holding the data-version lock, so the duplicate and
    /// same-run checks see every earlier save, from any instance.
    public func save(_ activity: Activity) async throws -> SaveOutcome {
        try await write { connection, logger in try await Self.save(activity, on: connection, logger: logger) }
    }

    static func save(_ activity: Activity, on db: PostgresConnection, logger: Logger) async throws -> SaveOutcome {
        // One round trip for both checks: rows of kind 0 are files already stored (duplicates),
        // kind 1 the runs starting within the tolerance (same-run candidates).
        let tolerance = ActivityMatching.startToleranceSeconds
        let hashes = activity.sources.map(\.contentHash), sessions = activity.sources.map(\.sessionIndex)
        let rows = try await db.query(
            """
            SELECT 0, activity_id, '', 0::float8, 0::float8, NULL::float8, 0::bigint, 0::bigint FROM sources
            WHERE (content_hash, session_index) IN (SELECT * FROM unnest(\(hashes)::text[], \(sessions)::bigint[]))
            UNION ALL
            SELECT 1, id, sport, start, elapsed, distance, sample_count, field_count
            FROM activities WHERE start BETWEEN \(activity.start - tolerance) AND \(activity.start + tolerance)
            """, logger: logger)
        var duplicateOf: String?
        var candidates: [(String, ActivityMatching.Fingerprint)] = []
        for try await (kind, id, sport, start, elapsed, distance, samples, fields) in rows.decode(
            (Int, String, String, Double, Double, Double?, Int, Int).self)
        {
            if kind == 0 {
                duplicateOf = duplicateOf ?? id
                continue
            }
            candidates.append((id, ActivityMatching.Fingerprint(
                sport: Sport(rawValue: sport) ?? .other, start: start, elapsedSeconds: elapsed, distanceMeters: distance,
                sampleCount: samples, fieldCount: fields)))
        }
        if let duplicateOf { return .duplicate(ActivityID(duplicateOf)) }
        let incoming = ActivityMatching.Fingerprint(activity)
        if let id = ActivityMatching.bestMatch(for: incoming, among: candidates) {
            let kept = candidates.first { $0.0 == id }!.1
            let richer = ActivityMatching.isRicher(incoming, than: kept)
            guard let existing = try await loadActivity(ActivityID(id), withSamples: false, on: db, logger: logger) else {
                throw PostgresStoreError.damagedActivity(id: id, reason: "vanished during the merge")
            }
            let merged = ActivityMatching.merge(existing: existing, incoming: activity, incomingIsRicher: richer)
            if richer {
                // The new copy replaces the stored one; every source is kept, stored ones first.
                try await db.query("DELETE FROM activities WHERE id = \(id)", logger: logger)
                try await insert(merged, id: id, fieldCount: incoming.fieldCount, on: db, logger: logger)
            } else {
                // The stored samples stay; the summary gains what only the new copy knew.
                try await updateSummary(merged, id: id, on: db, logger: logger)
                try await insertSources(Array(merged.sources.dropFirst(existing.sources.count)),
                                        startingAt: existing.sources.count, id: id, on: db, logger: logger)
            }
            return .merged(ActivityID(id))
        }
        // The id derives from the first source; on the rare collision the next attempt's id is
        // tried (ON CONFLICT instead of a look-up first: one round trip less per run).
        var attempt = 0
        var id = ActivityMatching.activityID(for: activity)
        while try await !insert(activity, id: id.rawValue, fieldCount: incoming.fieldCount, on: db, logger: logger) {
            attempt += 1
            id = ActivityMatching.activityID(for: activity, attempt: attempt)
        }
        return .inserted(id)
    }

    /// One row with the samples and laps as bytea column blobs (bound in binary: no escaping),
    /// then its sources. Returns false, inserting nothing, when the id is taken.
    @discardableResult
    static func insert(_ a: Activity, id: String, fieldCount: Int, on db: PostgresConnection, logger: Logger) async throws -> Bool {
        let laps = ByteBuffer(bytes: SampleColumns.encodeLaps(a.laps))
        let samples = ByteBuffer(bytes: SampleColumns.encode(a.samples))
        let rows = try await db.query(
            """
            INSERT INTO activities (id, sport, name, start, utc_offset, elapsed, moving, distance,
                ascent, descent, average_heart_rate, max_heart_rate, perceived_exertion, device,
                sample_count, field_count, laps, samples, gear, notes, commute)
            VALUES (\(id), \(a.sport.rawValue), \(a.name), \(a.start), \(a.utcOffsetSeconds), \(a.elapsedSeconds),
                \(a.movingSeconds), \(a.distanceMeters), \(a.ascentMeters), \(a.descentMeters), \(a.averageHeartRate),
                \(a.maxHeartRate), \(a.perceivedExertion), \(a.device), \(a.samples.count), \(fieldCount),
                \(laps), \(samples), \(a.gear), \(a.notes), \(a.commute))
            ON CONFLICT (id) DO NOTHING
            RETURNING 1
            """, logger: logger)
        var inserted = false
        for try await _ in rows { inserted = true }
        guard inserted else { return false }
        try await insertSources(a.sources, startingAt: 0, id: id, on: db, logger: logger)
        return true
    }

    static func updateSummary(_ a: Activity, id: String, on db: PostgresConnection, logger: Logger) async throws {
        let laps = ByteBuffer(bytes: SampleColumns.encodeLaps(a.laps))
        try await db.query(
            """
            UPDATE activities SET name = \(a.name), utc_offset = \(a.utcOffsetSeconds), moving = \(a.movingSeconds),
                distance = \(a.distanceMeters), ascent = \(a.ascentMeters), descent = \(a.descentMeters),
                average_heart_rate = \(a.averageHeartRate), max_heart_rate = \(a.maxHeartRate),
                perceived_exertion = \(a.perceivedExertion), device = \(a.device), laps = \(laps),
                gear = \(a.gear), notes = \(a.notes), commute = \(a.commute)
            WHERE id = \(id)
            """, logger: logger)
    }

    static func insertSources(
        _ sources: [ActivitySource], startingAt first: Int, id: String, on db: PostgresConnection, logger: Logger
    ) async throws {
        for (offset, s) in sources.enumerated() {
            try await db.query(
                """
                INSERT INTO sources (content_hash, session_index, activity_id, position, path, format)
                VALUES (\(s.contentHash), \(s.sessionIndex), \(id), \(first + offset), \(s.path), \(s.format))
                """, logger: logger)
        }
    }

    /// See `Store.hasSource`.
    public func hasSource(contentHash: String) async throws -> Bool {
        try await read { db, logger in
            let rows = try await db.query("SELECT 1 FROM sources WHERE content_hash = \(contentHash) LIMIT 1", logger: logger)
            for try await _ in rows { return true }
            return false
        }
    }

    /// See `Store.activitySummaries`.
    public func activitySummaries(since: LocalDate?) async throws -> [ActivitySummary] {
        try await read { connection, logger in
            // One connection, one snapshot: the summaries and their sources agree.
            try await connection.withTransaction(logger: logger) { db in
                let zone = try await fallbackZone(db, logger: logger)
                let lower = LocalDateWindow(from: since, through: nil).utcLowerBound
                let sources = try await Self.loadSources(db, since: lower, logger: logger)
                let rows = try await db.query(
                    """
                    SELECT id, sport, name, start, utc_offset, elapsed, moving, distance, device, sample_count
                    FROM activities WHERE start >= \(lower) ORDER BY start DESC, id ASC
                    """, logger: logger)
                var result: [ActivitySummary] = []
                for try await (id, sport, name, start, offset, elapsed, moving, distance, device, count) in rows.decode(
                    (String, String, String?, Double, Int?, Double, Double?, Double?, String?, Int).self)
                {
                    let date = LocalDate(utcSeconds: start, offsetSeconds: offset ?? LocalDateWindow.fallbackOffset(zone, atUTC: start))
                    if let since, date < since { continue }
                    result.append(ActivitySummary(
                        id: ActivityID(id), sport: Sport(rawValue: sport) ?? .other, name: name, start: start,
                        utcOffsetSeconds: offset, localDate: date, elapsedSeconds: elapsed, movingSeconds: moving,
                        distanceMeters: distance, device: device, sources: sources[id] ?? [], sampleCount: count))
                }
                return result
            }
        }
    }

    /// See `Store.activity`.
    public func activity(id: ActivityID) async throws -> Activity? {
        try await read { db, logger in try await Self.loadActivity(id, withSamples: true, on: db, logger: logger) }
    }

    /// See `Store.activities`.
    public func activities(from: LocalDate?, through: LocalDate?, withSamples: Bool) async throws -> [Activity] {
        try await read { connection, logger in
            try await connection.withTransaction(logger: logger) { db in
                let zone = try await fallbackZone(db, logger: logger)
                let window = LocalDateWindow(from: from, through: through)
                let rows = try await db.query(
                    """
                    SELECT \(unescaped: Self.activityColumns), CASE WHEN \(withSamples) THEN samples ELSE NULL END AS samples
                    FROM activities WHERE start >= \(window.utcLowerBound) AND start <= \(window.utcUpperBound)
                    ORDER BY start ASC, id ASC
                    """, logger: logger)
                var loaded: [Activity] = []
                for try await row in rows {
                    loaded.append(try Self.activity(from: row.makeRandomAccess(), sources: []))
                }
                let sources = try await Self.loadSources(db, ids: loaded.compactMap { $0.id?.rawValue }, logger: logger)
                return loaded.compactMap { a -> Activity? in
                    var a = a
                    a.sources = sources[a.id!.rawValue] ?? []
                    let date = a.localDate(fallbackOffsetSeconds: LocalDateWindow.fallbackOffset(zone, atUTC: a.start))
                    guard window.contains(date) else { return nil }
                    return a
                }
            }
        }
    }

    static func loadSources(_ db: PostgresConnection, since lower: Double, logger: Logger) async throws -> [String: [ActivitySource]] {
        let rows = try await db.query(
            """
            SELECT s.activity_id, s.path, s.content_hash, s.format, s.session_index FROM sources s
            JOIN activities a ON a.id = s.activity_id WHERE a.start >= \(lower)
            ORDER BY s.activity_id, s.position
            """, logger: logger)
        return try await collectSources(rows)
    }

    static func loadSources(_ db: PostgresConnection, ids: [String], logger: Logger) async throws -> [String: [ActivitySource]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await db.query(
            """
            SELECT activity_id, path, content_hash, format, session_index FROM sources
            WHERE activity_id = ANY(\(ids)) ORDER BY activity_id, position
            """, logger: logger)
        return try await collectSources(rows)
    }

    static func collectSources(_ rows: PostgresRowSequence) async throws -> [String: [ActivitySource]] {
        var result: [String: [ActivitySource]] = [:]
        for try await (id, path, hash, format, session) in rows.decode((String, String, String, String, Int).self) {
            result[id, default: []].append(ActivitySource(path: path, contentHash: hash, format: format, sessionIndex: session))
        }
        return result
    }

    static let activityColumns = """
        id, sport, name, start, utc_offset, elapsed, moving, distance, ascent, descent,
        average_heart_rate, max_heart_rate, perceived_exertion, device, laps, gear, notes, commute
        """

    static func loadActivity(_ id: ActivityID, withSamples: Bool, on db: PostgresConnection, logger: Logger) async throws -> Activity? {
        let rows = try await db.query(
            """
            SELECT \(unescaped: activityColumns), CASE WHEN \(withSamples) THEN samples ELSE NULL END AS samples
            FROM activities WHERE id = \(id.rawValue)
            """, logger: logger)
        var found: PostgresRandomAccessRow?
        for try await row in rows { found = row.makeRandomAccess() }
        guard let row = found else { return nil }
        let sources = try await loadSources(db, ids: [id.rawValue], logger: logger)
        return try activity(from: row, sources: sources[id.rawValue] ?? [])
    }

    /// An activity from a row of `activityColumns` plus `samples` (NULL when not wanted).
    static func activity(from row: PostgresRandomAccessRow, sources: [ActivitySource]) throws -> Activity {
        let id = try row["id"].decode(String.self)
        let laps: [Lap]
        var samples: [Sample] = []
        do {
            laps = try SampleColumns.decodeLaps(Array(try row["laps"].decode(ByteBuffer.self).readableBytesView))
            if let blob = try row["samples"].decode(ByteBuffer?.self) {
                samples = try SampleColumns.decode(Array(blob.readableBytesView))
            }
        } catch let error as ColumnBlobError {
            throw PostgresStoreError.damagedActivity(id: id, reason: error.description)
        }
        return Activity(
            id: ActivityID(id), sport: Sport(rawValue: try row["sport"].decode(String.self)) ?? .other,
            name: try row["name"].decode(String?.self), start: try row["start"].decode(Double.self),
            utcOffsetSeconds: try row["utc_offset"].decode(Int?.self), elapsedSeconds: try row["elapsed"].decode(Double.self),
            movingSeconds: try row["moving"].decode(Double?.self), distanceMeters: try row["distance"].decode(Double?.self),
            ascentMeters: try row["ascent"].decode(Double?.self), descentMeters: try row["descent"].decode(Double?.self),
            averageHeartRate: try row["average_heart_rate"].decode(Double?.self),
            maxHeartRate: try row["max_heart_rate"].decode(Double?.self),
            perceivedExertion: try row["perceived_exertion"].decode(Double?.self), device: try row["device"].decode(String?.self),
            gear: try row["gear"].decode(String?.self), notes: try row["notes"].decode(String?.self),
            commute: try row["commute"].decode(Bool?.self), laps: laps, sources: sources, samples: samples)
    }
}
