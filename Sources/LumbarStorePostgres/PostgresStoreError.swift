/// Why the PostgreSQL store could not be reached or used. Every message names what to fix: the
/// URL field, the server's `host:port`, the user, or the schema version.
public enum PostgresStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The `--database` URL is malformed; `field` is the part that is wrong.
    case badURL(url: String, field: String, reason: String)
    /// Nothing answers at `endpoint` (refused, unknown host, unreachable network).
    case cannotConnect(endpoint: String, reason: String)
    /// The server did not complete the start-up within the connect timeout.
    case timedOut(endpoint: String, seconds: Int)
    /// The server refused the user or password.
    case authenticationFailed(user: String, endpoint: String, reason: String)
    /// The server has no database of that name.
    case noSuchDatabase(database: String, endpoint: String)
    /// TLS was asked for (`sslmode`) and could not be set up.
    case tlsFailed(endpoint: String, reason: String)
    /// The database holds tables named like lumbar's that lumbar did not create.
    case notALumbarDatabase(endpoint: String, database: String)
    /// The schema was written by a newer lumbar.
    case newerSchema(found: Int, supported: Int)
    /// The server rejected a statement (its SQLSTATE and message).
    case server(sqlState: String, message: String)
    /// A stored activity's samples or laps cannot be decoded.
    case damagedActivity(id: String, reason: String)

    /// The message, with what to do.
    public var description: String {
        switch self {
        case .badURL(let url, let field, let reason):
            "\(url): bad database URL (\(field)): \(reason). Expected postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=require]."
        case .cannotConnect(let endpoint, let reason):
            "cannot connect to PostgreSQL at \(endpoint): \(reason). Check the server runs and the host and port in --database are right."
        case .timedOut(let endpoint, let seconds):
            "PostgreSQL at \(endpoint) did not answer within \(seconds) s. Check the host and port, a firewall, or raise ?connect_timeout=SECONDS."
        case .authenticationFailed(let user, let endpoint, let reason):
            "PostgreSQL at \(endpoint) refused user \"\(user)\": \(reason). Check the user and password in --database (and pg_hba.conf)."
        case .noSuchDatabase(let database, let endpoint):
            "PostgreSQL at \(endpoint) has no database \"\(database)\". Create it (createdb \(database)) or fix the name in --database."
        case .tlsFailed(let endpoint, let reason):
            "TLS to PostgreSQL at \(endpoint) failed: \(reason). Check sslmode and sslrootcert, or use sslmode=disable on a trusted network."
        case .notALumbarDatabase(let endpoint, let database):
            "database \"\(database)\" at \(endpoint) holds tables lumbar did not create. Use another database, or ?schema=NAME for a schema of lumbar's own."
        case .newerSchema(let found, let supported):
            "the database was written by a newer lumbar (schema version \(found); this lumbar knows up to \(supported)). Update lumbar; nothing was changed."
        case .server(let sqlState, let message):
            "PostgreSQL: \(message) (SQLSTATE \(sqlState))"
        case .damagedActivity(let id, let reason):
            "activity \(id): \(reason)"
        }
    }
}
