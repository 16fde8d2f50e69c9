import PostgresNIO

/// What `lumbar migrate` and start-up do outside the pool: one short-lived connection that
/// reads or applies the schema version.
public enum PostgresAdmin {
    /// The schema version before and after `migrate`.
    public struct MigrationResult: Sendable, Hashable {
        public var from: Int
        public var to: Int
    }

    /// Applies the missing migrations (creating `?schema=` when named).
    @discardableResult
    public static func migrate(_ url: PostgresURL, logger: Logger = PostgresStore.quietLogger) async throws(PostgresStoreError) -> MigrationResult {
        try await withConnection(url, logger: logger) { connection in
            if let schema = url.schema {
                // Under a lock: two instances starting at once on a new schema would otherwise race
                // in CREATE SCHEMA IF NOT EXISTS, and one would fail with a duplicate-key error.
                try await connection.query("SELECT pg_advisory_lock(7302401117)", logger: logger)
                do {
                    try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger)
                } catch {
                    _ = try? await connection.query("SELECT pg_advisory_unlock(7302401117)", logger: logger)
                    throw error
                }
                try await connection.query("SELECT pg_advisory_unlock(7302401117)", logger: logger)
            }
            let (from, to) = try await PostgresSchema.migrate(on: connection, url: url, logger: logger)
            return MigrationResult(from: from, to: to)
        }
    }

    /// The stored schema version (0: lumbar never wrote here), without changing anything.
    public static func schemaVersion(_ url: PostgresURL, logger: Logger = PostgresStore.quietLogger) async throws(PostgresStoreError) -> Int {
        try await withConnection(url, logger: logger) { connection in
            let version = try await PostgresSchema.storedVersion(on: connection, logger: logger)
            if version < 0 { throw PostgresStoreError.notALumbarDatabase(endpoint: url.endpoint, database: url.database) }
            return version
        }
    }

    /// Drops `?schema=` with everything in it, and the runner schemas of server mode made beside
    /// it (`<schema>_r<id>`). Tests clean up after themselves with this.
    public static func dropSchema(_ url: PostgresURL, logger: Logger = PostgresStore.quietLogger) async throws(PostgresStoreError) {
        guard let schema = url.schema else { return }
        try await withConnection(url, logger: logger) { connection in
            let pattern = "^" + schema + "_r[0-9]+$"
            var runners: [String] = []
            for try await name in try await connection.query(
                "SELECT nspname FROM pg_namespace WHERE nspname ~ \(pattern)", logger: logger).decode(String.self) {
                runners.append(name)
            }
            for name in runners where PostgresURL.isPlainSchemaName(name) {
                try await connection.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(name) CASCADE"), logger: logger)
            }
            try await connection.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(schema) CASCADE"), logger: logger)
            return ()
        }
    }

    /// Runs one statement on its own connection (tests set up odd databases with this).
    static func execute(_ url: PostgresURL, _ sql: String, logger: Logger = PostgresStore.quietLogger) async throws(PostgresStoreError) {
        try await withConnection(url, logger: logger) { connection in
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            return ()
        }
    }

    static func withConnection<T: Sendable>(
        _ url: PostgresURL, logger: Logger, _ body: (PostgresConnection) async throws -> T
    ) async throws(PostgresStoreError) -> T {
        let connection = try await PostgresConnector.connect(url, logger: logger)
        do {
            let result = try await body(connection)
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw PostgresConnector.translate(error, url: url)
        }
    }
}
