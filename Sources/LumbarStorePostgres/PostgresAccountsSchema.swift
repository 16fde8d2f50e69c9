import PostgresNIO

/// The server-mode tables (accounts, invitations, reset links, grants, audit log, sign-in
/// failures, sessions), kept in the URL's schema beside (not inside) the runners' schemas, with
/// their own migration list so a runner's schema never holds them. Append; never edit a shipped one.
enum PostgresAccountsSchema {
    static let migrations: [PostgresSchema.Migration] = [
        PostgresSchema.Migration(name: "accounts-v1", sql: [
            """
            CREATE TABLE accounts (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('runner', 'clinician', 'admin')),
                password_hash TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                sessions_valid_after DOUBLE PRECISION NOT NULL
            )
            """,
            """
            CREATE TABLE invitations (
                token_hash BYTEA PRIMARY KEY,
                email TEXT NOT NULL,
                role TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                expires_at DOUBLE PRECISION NOT NULL
            )
            """,
            """
            CREATE TABLE reset_tokens (
                token_hash BYTEA PRIMARY KEY,
                account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                expires_at DOUBLE PRECISION NOT NULL
            )
            """,
            """
            CREATE TABLE grants (
                runner_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                clinician_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                granted_at DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (runner_id, clinician_id)
            )
            """,
            "CREATE INDEX grants_clinician ON grants(clinician_id)",
            // Names are copied, not referenced: the log still says who looked after a clinician leaves.
            """
            CREATE TABLE audit_log (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                runner_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                at DOUBLE PRECISION NOT NULL,
                action TEXT NOT NULL,
                clinician_name TEXT NOT NULL,
                clinician_email TEXT NOT NULL,
                path TEXT NOT NULL
            )
            """,
            "CREATE INDEX audit_log_runner ON audit_log(runner_id, id)",
            "CREATE TABLE sign_in_failures (key TEXT NOT NULL, at DOUBLE PRECISION NOT NULL)",
            "CREATE INDEX sign_in_failures_key ON sign_in_failures(key, at)",
            """
            CREATE TABLE sessions (
                key_hash BYTEA PRIMARY KEY,
                value BYTEA NOT NULL,
                expires_at DOUBLE PRECISION
            )
            """,
            "CREATE INDEX sessions_expiry ON sessions(expires_at)",
        ])
    ]

    /// Applies the missing account migrations on `connection` (its search path already set),
    /// in one transaction under an advisory lock of their own (instances starting together wait).
    static func migrate(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.withTransaction(logger: logger) { conn in
            try await conn.query("SELECT pg_advisory_xact_lock(7302401116)", logger: logger)
            var exists = false
            for try await e in try await conn.query(
                "SELECT to_regclass('lumbar_account_migrations') IS NOT NULL", logger: logger).decode(Bool.self) { exists = e }
            var version = 0
            if exists {
                for try await v in try await conn.query(
                    "SELECT COALESCE(MAX(version), 0) FROM lumbar_account_migrations", logger: logger).decode(Int.self) { version = v }
            }
            if version > migrations.count {
                throw PostgresStoreError.newerSchema(found: version, supported: migrations.count)
            }
            try await PostgresSchema.applyMigrations(migrations, table: "lumbar_account_migrations", on: conn, logger: logger, from: version)
        }
    }
}
