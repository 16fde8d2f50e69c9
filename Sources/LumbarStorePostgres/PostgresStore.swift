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
    /// The pool's run loop; nil for a store that shares another's pool (see `scoped(to:)`).
    let runTask: Task<Void, Never>?
    /// The pool's owner, kept alive by every store that shares it.
    let owner: PostgresStore?
    /// The schema this store reads and writes, set on every leased connection; nil: the URL's
    /// own search path (a store with a pool of its own).
    public let scope: String?
    /// Whether other stores use this pool, so each lease must set the search path.
    let sharesPool: Bool
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
    ///
    /// - Parameter sharedPool: whether stores `scoped(to:)` other schemas will share this pool
    ///   (server mode); each lease then sets its schema's search path.
    public static func open(
        url: PostgresURL, machineTimeZone: TimeZone = .current, maximumConnections: Int = 8, sharedPool: Bool = false
    ) async throws(PostgresStoreError) -> PostgresStore {
        let logger = quietLogger
        let configuration = try PostgresConnector.clientConfiguration(url, maximumConnections: maximumConnections)
        try await PostgresAdmin.migrate(url, logger: logger)
        return PostgresStore(
            url: url, configuration: configuration, machineTimeZone: machineTimeZone, logger: logger, sharedPool: sharedPool)
    }

    private init(
        url: PostgresURL, configuration: PostgresClient.Configuration, machineTimeZone: TimeZone, logger: Logger, sharedPool: Bool
    ) {
        self.url = url
        self.logger = logger
        self.machineTimeZone = machineTimeZone
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.owner = nil
        self.sharesPool = sharedPool
        self.scope = url.schema ?? (sharedPool ? "public" : nil)
        // PostgresNIO leases connections only while `run()` runs (docs/swift-notes.md).
        self.runTask = Task { await client.run() }
    }

    private init(sharing owner: PostgresStore, scope: String) {
        self.url = owner.url
        self.logger = owner.logger
        self.machineTimeZone = owner.machineTimeZone
        self.client = owner.client
        self.owner = owner.owner ?? owner
        self.scope = scope
        self.sharesPool = true
        self.runTask = nil
    }

    deinit { runTask?.cancel() }

    /// The same database seen through another schema, on this store's connection pool: server
    /// mode keeps each runner's data in a schema of its own (`PostgresAccounts`), so one pool
    /// serves every runner and a query can only ever see the schema its store is scoped to.
    /// The schema must exist and be migrated (`PostgresAccounts.store(of:)` does both).
    public func scoped(to schema: String) -> PostgresStore {
        precondition(PostgresURL.isPlainSchemaName(schema), "not a plain schema name: \(schema)")
        return PostgresStore(sharing: self, scope: schema)
    }

    /// PostgresNIO's logger, at `critical` only: swift-log's default handler writes to standard
    /// output, which would mix "connection creation failed" lines into `--json` output; every
    /// failure that matters reaches the caller as a `PostgresStoreError` anyway.
    public static var quietLogger: Logger {
        var logger = Logger(label: "lumbar.postgres")
        logger.logLevel = .critical
        return logger
    }

    /// Closes every pooled connection; the store cannot be used afterwards (a scoped store
    /// leaves the pool to its owner).
    public func close() async {
        guard let runTask else { return }
        runTask.cancel()
        await runTask.value
    }

    /// See `DataVersionedStore.dataVersion`.
    public func dataVersion() async throws -> Int64 {
        try await read { db, logger in
            let rows = try await db.query("SELECT version FROM lumbar_data_version WHERE id = 1", logger: logger)
            for try await version in rows.decode(Int64.self) { return version }
            return 0
        }
    }

    /// Runs a read on one leased connection (in this store's schema), translating PostgresNIO's errors.
    func read<T: Sendable>(_ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let logger = self.logger
        do {
            return try await client.withConnection { connection in
                try await enterScope(connection)
                return try await body(connection, logger)
            }
        } catch {
            throw PostgresConnector.translate(error, url: url)
        }
    }

    /// Points a leased connection at this store's schema. Every lease does it, because stores
    /// that share a pool leave their own search path on the connections they return.
    func enterScope(_ connection: PostgresConnection) async throws {
        guard sharesPool, let scope else { return }
        try await connection.query("SELECT set_config('search_path', \(scope), false)", logger: logger)
    }

    /// Runs `body` in a transaction that first bumps the data version (taking its row lock, so
    /// writers are serialised and the version changes exactly when something was written).
    func write<T: Sendable>(_ body: @Sendable (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let logger = self.logger
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await enterScope(connection)
                try await connection.query("UPDATE lumbar_data_version SET version = version + 1 WHERE id = 1", logger: logger)
                return try await body(connection, logger)
            }
        } catch {
            throw PostgresConnector.translate(error, url: url)
        }
    }
}
