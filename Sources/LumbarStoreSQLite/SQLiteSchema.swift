import GRDB

/// The database schema as a named, ordered list of migrations. Never edit a shipped migration:
/// append a new one. `PRAGMA user_version` holds the number of migrations applied (the schema
/// version), so an older lumbar can recognise a file written by a newer one and refuse it.
public enum SQLiteSchema {
    /// The migration identifiers, oldest first; the schema version is their count.
    public static let identifiers = ["v1-activities", "v2-records", "v3-activity-details"]

    /// The schema version this lumbar writes.
    public static var currentVersion: Int { identifiers.count }

    /// The migrator with every migration registered in order.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // v1: activities with their summary, laps and samples (column blobs), and the files they
        // came from (one row per source, so the same run from two files is one activity).
        migrator.registerMigration(identifiers[0]) { db in
            try db.execute(sql: """
                CREATE TABLE activities (
                    id TEXT PRIMARY KEY NOT NULL,
                    sport TEXT NOT NULL,
                    name TEXT,
                    start REAL NOT NULL,
                    utc_offset INTEGER,
                    elapsed REAL NOT NULL,
                    moving REAL,
                    distance REAL,
                    ascent REAL,
                    descent REAL,
                    average_heart_rate REAL,
                    max_heart_rate REAL,
                    perceived_exertion REAL,
                    device TEXT,
                    sample_count INTEGER NOT NULL,
                    field_count INTEGER NOT NULL,
                    laps BLOB NOT NULL,
                    samples BLOB NOT NULL
                );
                CREATE INDEX activities_start ON activities(start);
                CREATE TABLE sources (
                    content_hash TEXT NOT NULL,
                    session_index INTEGER NOT NULL,
                    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    path TEXT NOT NULL,
                    format TEXT NOT NULL,
                    PRIMARY KEY (content_hash, session_index)
                );
                CREATE INDEX sources_activity ON sources(activity_id);
                PRAGMA user_version = 1;
                """)
        }
        // v2: what the runner tells lumbar: settings (one row), answers (append-only), core
        // tests, the pain diary and posture recordings.
        migrator.registerMigration(identifiers[1]) { db in
            try db.execute(sql: """
                CREATE TABLE settings (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    json TEXT NOT NULL
                );
                CREATE TABLE answers (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    recorded_at REAL NOT NULL,
                    json TEXT NOT NULL
                );
                CREATE TABLE core_tests (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    date TEXT NOT NULL,
                    flexor REAL,
                    extensor REAL,
                    side_bridge_right REAL,
                    side_bridge_left REAL
                );
                CREATE TABLE pain_entries (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    date TEXT NOT NULL,
                    activity_id TEXT,
                    during_run REAL,
                    after_run REAL,
                    next_morning REAL,
                    perceived_exertion REAL,
                    peg TEXT,
                    roland_morris INTEGER,
                    note TEXT
                );
                CREATE TABLE postures (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    date TEXT NOT NULL,
                    json TEXT NOT NULL
                );
                PRAGMA user_version = 2;
                """)
        }
        // v3: what an export says about a run besides its recording (Strava's gear, description
        // and commute flag).
        migrator.registerMigration(identifiers[2]) { db in
            try db.execute(sql: """
                ALTER TABLE activities ADD COLUMN gear TEXT;
                ALTER TABLE activities ADD COLUMN notes TEXT;
                ALTER TABLE activities ADD COLUMN commute INTEGER;
                PRAGMA user_version = 3;
                """)
        }
        return migrator
    }
}
