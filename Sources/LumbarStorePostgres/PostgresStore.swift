import Foundation
import LumbarCore
import LumbarStore
import PostgresNIO

/// The store on PostgreSQL (server mode): the same behaviour as `SQLiteStore`, on a database that
/// several `lumbar serve` instances share. Nothing is kept in this object but the connection
/// pool: every read goes to the database, and every write bumps `lumbar_data_version` in its own
/// transaction, so another instance sees it at once and its caches know to recompute.
///
/// ```swift
/// let store = try await PostgresStore.open(url: "postgres://lumbar@db.example:5432/lumbar?sslmode=verify-full")
/// defer { Task { await store.close() } }
/// ```
public final class PostgresStore: Store, DataVersionedStore, Sendable {
    /// Where the store lives (without the password in its description).
    public let url: PostgresURL
    let client: PostgresClient
    let runTask: Task<Void, Never>
    let logger: Logger
    let machineTimeZone: TimeZone

    /// Connects (checking the URL, the server and the credentials with one connection first, so
    /// errors are specific), applies missing migrations, then starts the connection pool.
    ///
    /// - Parameter maximumConnections: the pool's size; every instance of `lumbar serve` has its
    ///   own, so keep instances × size under the server's `max_connections` (100 by default).
    public static func open(
        url text: String, machineTimeZone: TimeZone = .current, maximumConnections: Int = 8
    ) async throws(PostgresStoreError) -> PostgresStore {
        try await open(url: try PostgresURL(text), machineTimeZone: machineTimeZone, maximumConnections: maximumConnections)
    }

    /// See `open(url:machineTimeZone:maximumConnections:)`.
    public static func open(
        url: PostgresURL, machineTimeZone: TimeZone = .current, maximumConnections: Int = 8
    ) async throws(PostgresStoreError) -> PostgresStore {
        let logger = quietLogger
        let configuration = try PostgresConnector.clientConfiguration(url, maximumConnections: maximumConnections)
        try await PostgresAdmin.migrate(url, logger: logger)
        return PostgresStore(url: url, configuration: configuration, machineTimeZone: machineTimeZone, logger: logger)
    }

    private init(url: PostgresURL, configuration: PostgresClient.Configuration, machineTimeZone: TimeZone, logger: Logger) {
        self.url = url
        self.logger = logger
        self.machineTimeZone = machineTimeZone
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        // PostgresNIO leases connections only while `run()` runs (docs/swift-notes.md).
        self.runTask = Task { await client.run() }
    }

    deinit { runTask.cancel() }

    /// PostgresNIO's logger, at `critical` only: swift-log's default handler writes to standard
    /// output, which would mix "connection creation failed" lines into `--json` output; every
    /// failure that matters reaches the caller as a `PostgresStoreError` anyway.
    public static var quietLogger: Logger {
        var logger = Logger(label: "lumbar.postgres")
        logger.logLevel = .critical
        return logger
    }

    /// Closes every pooled connection; the store cannot be used afterwards.
    public func close() async {
        runTask.cancel()
        await runTask.value
    }

    /// See `DataVersionedStore.dataVersion`.
    public func dataVersion() async throws -> Int64 {
        try await read { client, logger in
            let rows = try await client.query("SELECT version FROM lumbar_data_version WHERE id = 1", logger: logger)
            for try await version in rows.decode(Int64.self) { return version }
            return 0
        }
    }

    /// Runs a read, translating PostgresNIO's errors.
    func read<T: Sendable>(_ body: (PostgresClient, Logger) async throws -> T) async throws -> T {
        do {
            return try await body(client, logger)
        } catch {
            throw PostgresConnector.translate(error, url: url)
        }
    }

    /// Runs `body` in a transaction that first bumps the data version (taking its row lock, so
    /// writers are serialised and the version changes exactly when something was written).
    func write<T: Sendable>(_ body: @Sendable (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let logger = self.logger
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await connection.query("UPDATE lumbar_data_version SET version = version + 1 WHERE id = 1", logger: logger)
                return try await body(connection, logger)
            }
        } catch {
            throw PostgresConnector.translate(error, url: url)
        }
    }
}
