import PostgresNIO

/// lumbar's tables on PostgreSQL as a named, ordered list of migrations (never edit a shipped one:
/// append). `lumbar_migrations` records each applied migration, so the schema version is its
/// highest number and an older lumbar refuses a database a newer one wrote.
///
/// The layout mirrors `SQLiteSchema` (version 3): one row per activity with its samples and laps
/// as `ColumnBlob` bytea columns, so a run of 10,000 points is one row, not 10,000.
/// `lumbar_data_version` holds one counter bumped in every write transaction: app instances
/// validate their caches against it, and taking its row lock first serialises writers, so two
/// instances importing the same run at once cannot both insert it.
public enum PostgresSchema {
    /// One migration: its name and statements.
    struct Migration {
        var name: String
        var sql: [String]
    }

    static let migrations: [Migration] = [
        Migration(name: "v1-activities-and-records", sql: [
            """
            CREATE TABLE activities (
                id TEXT PRIMARY KEY,
                sport TEXT NOT NULL,
                name TEXT,
                start DOUBLE PRECISION NOT NULL,
                utc_offset BIGINT,
                elapsed DOUBLE PRECISION NOT NULL,
                moving DOUBLE PRECISION,
                distance DOUBLE PRECISION,
                ascent DOUBLE PRECISION,
                descent DOUBLE PRECISION,
                average_heart_rate DOUBLE PRECISION,
                max_heart_rate DOUBLE PRECISION,
                perceived_exertion DOUBLE PRECISION,
                device TEXT,
                gear TEXT,
                notes TEXT,
                commute BOOLEAN,
                sample_count BIGINT NOT NULL,
                field_count BIGINT NOT NULL,
                laps BYTEA NOT NULL,
                samples BYTEA NOT NULL
            )
            """,
            // Blobs are already dense doubles: compressing them costs CPU and saves little.
            "ALTER TABLE activities ALTER COLUMN samples SET STORAGE EXTERNAL",
            "CREATE INDEX activities_start ON activities(start)",
            """
            CREATE TABLE sources (
                content_hash TEXT NOT NULL,
                session_index BIGINT NOT NULL,
                activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
                position BIGINT NOT NULL,
                path TEXT NOT NULL,
                format TEXT NOT NULL,
                PRIMARY KEY (content_hash, session_index)
            )
            """,
            "CREATE INDEX sources_activity ON sources(activity_id)",
            "CREATE TABLE settings (id BIGINT PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)",
            """
            CREATE TABLE answers (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                recorded_at DOUBLE PRECISION NOT NULL,
                json TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE core_tests (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                date TEXT NOT NULL,
                flexor DOUBLE PRECISION,
                extensor DOUBLE PRECISION,
                side_bridge_right DOUBLE PRECISION,
                side_bridge_left DOUBLE PRECISION
            )
            """,
            """
            CREATE TABLE pain_entries (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                date TEXT NOT NULL,
                activity_id TEXT,
                during_run DOUBLE PRECISION,
                after_run DOUBLE PRECISION,
                next_morning DOUBLE PRECISION,
                perceived_exertion DOUBLE PRECISION,
                peg TEXT,
                roland_morris BIGINT,
                note TEXT
            )
            """,
            """
            CREATE TABLE postures (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                date TEXT NOT NULL,
                json TEXT NOT NULL
            )
            """,
            "CREATE TABLE lumbar_data_version (id BIGINT PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL)",
            "INSERT INTO lumbar_data_version (id, version) VALUES (1, 0)",
        ]),
    ]

    /// Applies the migrations after version `from` on `connection`, in the caller's transaction
    /// (and search path), recording each in `table` (created when `from` is 0). Shared by the
    /// store's list (`lumbar_migrations`) and the account tables' (`PostgresAccountsSchema`).
    static func applyMigrations(
        _ list: [Migration] = migrations, table: String = "lumbar_migrations", on conn: PostgresConnection, logger: Logger, from found: Int
    ) async throws {
        if found == 0 {
            try await conn.query(
                PostgresQuery(unsafeSQL: """
                    CREATE TABLE \(table) (
                        version BIGINT PRIMARY KEY,
                        name TEXT NOT NULL,
                        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                    )
                    """), logger: logger)
        }
        for (index, migration) in list.enumerated().dropFirst(found) {
            for statement in migration.sql {
                try await conn.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            var insert = PostgresQuery(unsafeSQL: "INSERT INTO \(table) (version, name) VALUES ($1, $2)")
            insert.binds.append(index + 1)
            insert.binds.append(migration.name)
            try await conn.query(insert, logger: logger)
        }
    }

    /// The migration names, oldest first; the schema version is their count.
    public static var identifiers: [String] { migrations.map(\.name) }

    /// The schema version this lumbar writes.
    public static var currentVersion: Int { migrations.count }

    /// The schema version stored (0: lumbar never wrote here). Throws `notALumbarDatabase` when
    /// lumbar's table names are taken by something else.
    static func storedVersion(on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query(
            """
            SELECT
                to_regclass('lumbar_migrations') IS NOT NULL,
                to_regclass('activities') IS NOT NULL OR to_regclass('settings') IS NOT NULL
            """, logger: logger)
        var hasMigrations = false
        var hasTables = false
        for try await (m, t) in rows.decode((Bool, Bool).self) { (hasMigrations, hasTables) = (m, t) }
        guard hasMigrations else { return hasTables ? -1 : 0 }
        let version = try await connection.query("SELECT COALESCE(MAX(version), 0) FROM lumbar_migrations", logger: logger)
        for try await v in version.decode(Int.self) { return v }
        return 0
    }

    /// Applies every missing migration in one transaction, under an advisory lock so instances
    /// starting together do not race; returns the version before and after.
    static func migrate(
        on connection: PostgresConnection, url: PostgresURL, logger: Logger
    ) async throws -> (from: Int, to: Int) {
        try await connection.withTransaction(logger: logger) { conn in
            // Why a lock: two `lumbar serve` instances starting at once must not both create tables.
            try await conn.query("SELECT pg_advisory_xact_lock(7302401115)", logger: logger)
            let found = try await storedVersion(on: conn, logger: logger)
            if found < 0 { throw PostgresStoreError.notALumbarDatabase(endpoint: url.endpoint, database: url.database) }
            if found > currentVersion { throw PostgresStoreError.newerSchema(found: found, supported: currentVersion) }
            guard found < currentVersion else { return (found, found) }
            try await applyMigrations(on: conn, logger: logger, from: found)
            return (found, currentVersion)
        }
    }
}
