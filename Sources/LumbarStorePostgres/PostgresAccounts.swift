import Foundation
import LumbarCore
import LumbarStore
import PostgresNIO
import Synchronization

/// Server mode's accounts on PostgreSQL (see `AccountDirectory`).
///
/// Layout: the account tables live in the URL's schema (`?schema=`, else `public`); each runner's
/// runs, answers and diary live in a schema of their own, `<prefix>_r<account id>`, with the
/// same tables as a single-user store. One connection pool serves them all, and a runner's store
/// sets its schema as the only search path on every lease, so no query it runs can name another
/// runner's rows: isolation does not hang on a `WHERE owner = ?` that someone might forget.
/// Deleting an account drops its schema.
public final class PostgresAccounts: AccountDirectory, Sendable {
    /// The pool's owner, scoped to the account tables.
    public let root: PostgresStore
    /// Prefix of runner schemas: the URL's schema, else `lumbar`.
    let prefix: String
    /// Runner schemas migrated by this process (migration is checked once per process).
    private let migrated = Mutex<Set<String>>([])

    /// Connects, applies the store's and the accounts' migrations, and starts the shared pool.
    public static func open(
        url text: String, machineTimeZone: TimeZone = .current, maximumConnections: Int = 16
    ) async throws(PostgresStoreError) -> PostgresAccounts {
        let url = try PostgresURL(text)
        let prefix = url.schema ?? "lumbar"
        guard prefix.utf8.count <= 40 else {
            throw .badURL(url: url.description, field: "schema", reason: "at most 40 characters in server mode (runner schemas add a suffix)")
        }
        let root = try await PostgresStore.open(
            url: url, machineTimeZone: machineTimeZone, maximumConnections: maximumConnections, sharedPool: true)
        let accounts = PostgresAccounts(root: root, prefix: prefix)
        do {
            try await root.read { db, logger in try await PostgresAccountsSchema.migrate(on: db, logger: logger) }
        } catch {
            await root.close()
            throw PostgresConnector.translate(error, url: url)
        }
        return accounts
    }

    private init(root: PostgresStore, prefix: String) {
        self.root = root
        self.prefix = prefix
    }

    /// Closes the pool.
    public func close() async { await root.close() }

    /// The schema holding a runner's data.
    public func schema(of runnerID: Int64) -> String { "\(prefix)_r\(runnerID)" }

    // MARK: Accounts

    static let accountColumns = "id, email, name, role, created_at, sessions_valid_after"

    static func accounts(_ rows: PostgresRowSequence) async throws -> [Account] {
        var result: [Account] = []
        for try await (id, email, name, role, created, valid) in rows.decode((Int64, String, String, String, Double, Double).self) {
            result.append(Account(
                id: id, email: email, name: name, role: Role(rawValue: role) ?? .runner, createdAt: created, sessionsValidAfter: valid))
        }
        return result
    }

    /// The account with this id, read on `db` (inside a transaction or a read).
    static func account(_ db: PostgresConnection, id: Int64, logger: Logger) async throws -> Account? {
        try await accounts(try await db.query("SELECT \(unescaped: accountColumns) FROM accounts WHERE id = \(id)", logger: logger)).first
    }

    public func createAccount(email: String, name: String, role: Role, passwordHash: String, at: Double) async throws -> Account {
        let email = try AccountRules.normalisedEmail(email)
        let name = try AccountRules.checkName(name)
        return try await transaction { db, logger in
            try await self.insertAccount(email: email, name: name, role: role, passwordHash: passwordHash, at: at, db: db, logger: logger)
        }
    }

    /// Inserts the account and, for a runner, creates and migrates their schema, in the caller's transaction.
    func insertAccount(
        email: String, name: String, role: Role, passwordHash: String, at: Double, db: PostgresConnection, logger: Logger
    ) async throws -> Account {
        let taken = try await db.query("SELECT 1 FROM accounts WHERE email = \(email)", logger: logger)
        for try await _ in taken { throw AccountError.emailTaken(email) }
        let rows = try await db.query(
            """
            INSERT INTO accounts (email, name, role, password_hash, created_at, sessions_valid_after)
            VALUES (\(email), \(name), \(role.rawValue), \(passwordHash), \(at), \(at))
            RETURNING \(unescaped: Self.accountColumns)
            """, logger: logger)
        guard let account = try await Self.accounts(rows).first else {
            throw PostgresStoreError.server(sqlState: "", message: "INSERT INTO accounts returned nothing")
        }
        if role == .runner {
            let schema = self.schema(of: account.id)
            // A leftover schema of a deleted account with this id cannot exist (ids are never reused),
            // but one made by hand could: refuse to adopt it.
            try await db.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)"), logger: logger)
            try await db.query("SELECT set_config('search_path', \(schema), true)", logger: logger)
            try await PostgresSchema.applyMigrations(on: db, logger: logger, from: 0)
            try await root.enterScope(db)
            migrated.withLock { _ = $0.insert(schema) }
        }
        return account
    }

    public func account(id: Int64) async throws -> Account? {
        try await root.read { db, logger in
            try await Self.account(db, id: id, logger: logger)
        }
    }

    public func account(email: String) async throws -> Account? {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        return try await root.read { db, logger in
            try await Self.accounts(try await db.query("SELECT \(unescaped: Self.accountColumns) FROM accounts WHERE email = \(email)", logger: logger)).first
        }
    }

    public func accounts() async throws -> [Account] {
        try await root.read { db, logger in
            try await Self.accounts(try await db.query("SELECT \(unescaped: Self.accountColumns) FROM accounts ORDER BY id", logger: logger))
        }
    }

    public func passwordHash(of accountID: Int64) async throws -> String? {
        try await root.read { db, logger in
            for try await hash in try await db.query("SELECT password_hash FROM accounts WHERE id = \(accountID)", logger: logger).decode(String.self) {
                return hash
            }
            return nil
        }
    }

    // MARK: Invitations and reset links (stored as SHA-256 of the token)

    public func createInvitation(email: String, role: Role, token: String, expiresAt: Double, at: Double) async throws {
        let email = try AccountRules.normalisedEmail(email)
        try await transaction { db, logger in
            let taken = try await db.query("SELECT 1 FROM accounts WHERE email = \(email)", logger: logger)
            for try await _ in taken { throw AccountError.emailTaken(email) }
            try await db.query("DELETE FROM invitations WHERE email = \(email) OR expires_at < \(at)", logger: logger)
            try await db.query(
                """
                INSERT INTO invitations (token_hash, email, role, created_at, expires_at)
                VALUES (sha256(convert_to(\(token), 'UTF8')), \(email), \(role.rawValue), \(at), \(expiresAt))
                """, logger: logger)
        }
    }

    public func invitation(token: String, at: Double) async throws -> Invitation? {
        try await root.read { db, logger in
            let rows = try await db.query(
                """
                SELECT email, role, expires_at FROM invitations
                WHERE token_hash = sha256(convert_to(\(token), 'UTF8')) AND expires_at > \(at)
                """, logger: logger)
            for try await (email, role, expires) in rows.decode((String, String, Double).self) {
                return Invitation(email: email, role: Role(rawValue: role) ?? .runner, expiresAt: expires)
            }
            return nil
        }
    }

    public func redeemInvitation(token: String, name: String, passwordHash: String, at: Double) async throws -> Account {
        let name = try AccountRules.checkName(name)
        return try await transaction { db, logger in
            // DELETE … RETURNING takes the row once: two tabs posting the same link make one account.
            let rows = try await db.query(
                """
                DELETE FROM invitations WHERE token_hash = sha256(convert_to(\(token), 'UTF8')) AND expires_at > \(at)
                RETURNING email, role
                """, logger: logger)
            var found: (String, String)?
            for try await row in rows.decode((String, String).self) { found = row }
            guard let (email, role) = found else { throw AccountError.invitationInvalid }
            return try await self.insertAccount(
                email: email, name: name, role: Role(rawValue: role) ?? .runner, passwordHash: passwordHash, at: at, db: db, logger: logger)
        }
    }

    public func createResetToken(accountID: Int64, token: String, expiresAt: Double, at: Double) async throws {
        try await transaction { db, logger in
            try await db.query("DELETE FROM reset_tokens WHERE account_id = \(accountID) OR expires_at < \(at)", logger: logger)
            try await db.query(
                """
                INSERT INTO reset_tokens (token_hash, account_id, expires_at)
                VALUES (sha256(convert_to(\(token), 'UTF8')), \(accountID), \(expiresAt))
                """, logger: logger)
        }
    }

    public func resetAccount(token: String, at: Double) async throws -> Account? {
        try await root.read { db, logger in
            try await Self.accounts(try await db.query(
                """
                SELECT \(unescaped: Self.accountColumns) FROM accounts WHERE id = (
                    SELECT account_id FROM reset_tokens WHERE token_hash = sha256(convert_to(\(token), 'UTF8')) AND expires_at > \(at))
                """, logger: logger)).first
        }
    }

    public func resetPassword(token: String, passwordHash: String, at: Double) async throws -> Account {
        try await transaction { db, logger in
            let rows = try await db.query(
                """
                DELETE FROM reset_tokens WHERE token_hash = sha256(convert_to(\(token), 'UTF8')) AND expires_at > \(at)
                RETURNING account_id
                """, logger: logger)
            var id: Int64?
            for try await found in rows.decode(Int64.self) { id = found }
            guard let id else { throw AccountError.resetLinkInvalid }
            let updated = try await db.query(
                """
                UPDATE accounts SET password_hash = \(passwordHash), sessions_valid_after = \(at) WHERE id = \(id)
                RETURNING \(unescaped: Self.accountColumns)
                """, logger: logger)
            guard let account = try await Self.accounts(updated).first else { throw AccountError.resetLinkInvalid }
            return account
        }
    }

    // MARK: Grants and the audit log

    public func grant(runnerID: Int64, clinicianEmail: String, at: Double) async throws -> AccessGrant {
        let email = try AccountRules.normalisedEmail(clinicianEmail)
        return try await transaction { db, logger in
            guard let runner = try await Self.account(db, id: runnerID, logger: logger) else {
                throw AccountError.unknownAccount("#\(runnerID)")
            }
            guard let clinician = try await Self.accounts(try await db.query(
                "SELECT \(unescaped: Self.accountColumns) FROM accounts WHERE email = \(email) AND role = 'clinician'", logger: logger)).first
            else { throw AccountError.notAClinician(email) }
            if clinician.id == runner.id { throw AccountError.cannotGrantSelf }
            let rows = try await db.query(
                """
                INSERT INTO grants (runner_id, clinician_id, granted_at) VALUES (\(runnerID), \(clinician.id), \(at))
                ON CONFLICT (runner_id, clinician_id) DO NOTHING RETURNING granted_at
                """, logger: logger)
            var inserted: Double?
            for try await t in rows.decode(Double.self) { inserted = t }
            if inserted != nil {
                try await Self.audit(db, logger: logger, runnerID: runnerID, action: .granted, clinician: clinician, path: "", at: at)
            }
            return AccessGrant(runner: runner, clinician: clinician, grantedAt: inserted ?? at)
        }
    }

    public func revoke(runnerID: Int64, clinicianID: Int64, at: Double) async throws -> Bool {
        try await transaction { db, logger in
            let rows = try await db.query(
                "DELETE FROM grants WHERE runner_id = \(runnerID) AND clinician_id = \(clinicianID) RETURNING clinician_id", logger: logger)
            var removed = false
            for try await _ in rows { removed = true }
            guard removed else { return false }
            if let clinician = try await Self.account(db, id: clinicianID, logger: logger) {
                try await Self.audit(db, logger: logger, runnerID: runnerID, action: .revoked, clinician: clinician, path: "", at: at)
            }
            return true
        }
    }

    public func grants(runnerID: Int64) async throws -> [AccessGrant] {
        try await root.read { db, logger in
            guard let runner = try await Self.account(db, id: runnerID, logger: logger) else { return [] }
            let rows = try await db.query(
                """
                SELECT a.id, a.email, a.name, a.role, a.created_at, a.sessions_valid_after, g.granted_at
                FROM grants g JOIN accounts a ON a.id = g.clinician_id
                WHERE g.runner_id = \(runnerID) ORDER BY g.granted_at DESC, a.id
                """, logger: logger)
            var result: [AccessGrant] = []
            for try await (id, email, name, role, created, valid, granted) in rows.decode(
                (Int64, String, String, String, Double, Double, Double).self)
            {
                let clinician = Account(
                    id: id, email: email, name: name, role: Role(rawValue: role) ?? .clinician, createdAt: created, sessionsValidAfter: valid)
                result.append(AccessGrant(runner: runner, clinician: clinician, grantedAt: granted))
            }
            return result
        }
    }

    public func runners(clinicianID: Int64) async throws -> [Account] {
        try await root.read { db, logger in
            try await Self.accounts(try await db.query(
                """
                SELECT a.id, a.email, a.name, a.role, a.created_at, a.sessions_valid_after
                FROM grants g JOIN accounts a ON a.id = g.runner_id
                WHERE g.clinician_id = \(clinicianID) ORDER BY a.name, a.id
                """, logger: logger))
        }
    }

    public func grantedRunner(runnerID: Int64, clinicianID: Int64) async throws -> Account? {
        try await root.read { db, logger in
            try await Self.accounts(try await db.query(
                """
                SELECT a.id, a.email, a.name, a.role, a.created_at, a.sessions_valid_after
                FROM grants g JOIN accounts a ON a.id = g.runner_id
                WHERE g.runner_id = \(runnerID) AND g.clinician_id = \(clinicianID)
                """, logger: logger)).first
        }
    }

    public func recordView(runnerID: Int64, clinician: Account, path: String, at: Double) async throws {
        // One statement on one leased connection (`read` is that; it bumps no data version).
        try await root.read { db, logger in
            try await Self.audit(db, logger: logger, runnerID: runnerID, action: .viewed, clinician: clinician, path: String(path.prefix(500)), at: at)
        }
    }

    static func audit(
        _ db: PostgresConnection, logger: Logger, runnerID: Int64, action: AuditEntry.Action, clinician: Account, path: String, at: Double
    ) async throws {
        try await db.query(
            """
            INSERT INTO audit_log (runner_id, at, action, clinician_name, clinician_email, path)
            VALUES (\(runnerID), \(at), \(action.rawValue), \(clinician.name), \(clinician.email), \(path))
            """, logger: logger)
    }

    public func auditLog(runnerID: Int64, limit: Int) async throws -> [AuditEntry] {
        try await root.read { db, logger in
            let rows = try await db.query(
                """
                SELECT at, action, clinician_name, clinician_email, path FROM audit_log
                WHERE runner_id = \(runnerID) ORDER BY id DESC LIMIT \(limit)
                """, logger: logger)
            var result: [AuditEntry] = []
            for try await (at, action, name, email, path) in rows.decode((Double, String, String, String, String).self) {
                result.append(AuditEntry(
                    at: at, action: AuditEntry.Action(rawValue: action) ?? .viewed, clinicianName: name, clinicianEmail: email, path: path))
            }
            return result
        }
    }

    // MARK: Sign-in throttling

    public func recordSignInFailure(keys: [String], at: Double) async throws {
        try await transaction { db, logger in
            for key in keys { try await db.query("INSERT INTO sign_in_failures (key, at) VALUES (\(key), \(at))", logger: logger) }
            // Old failures count for nothing: keep the table small.
            try await db.query("DELETE FROM sign_in_failures WHERE at < \(at - 86_400)", logger: logger)
        }
    }

    public func signInFailures(key: String, since: Double) async throws -> Int {
        try await root.read { db, logger in
            for try await n in try await db.query(
                "SELECT count(*) FROM sign_in_failures WHERE key = \(key) AND at >= \(since)", logger: logger).decode(Int.self) {
                return n
            }
            return 0
        }
    }

    public func clearSignInFailures(key: String) async throws {
        try await transaction { db, logger in try await db.query("DELETE FROM sign_in_failures WHERE key = \(key)", logger: logger) }
    }

    // MARK: Sessions (key stored as its SHA-256)

    public func createSession(key: String, value: [UInt8], expiresAt: Double?, at: Double) async throws -> Bool {
        try await transaction { db, logger in
            try await db.query("DELETE FROM sessions WHERE expires_at < \(at)", logger: logger)
            let rows = try await db.query(
                """
                INSERT INTO sessions (key_hash, value, expires_at) VALUES (sha256(convert_to(\(key), 'UTF8')), \(ByteBuffer(bytes: value)), \(expiresAt))
                ON CONFLICT (key_hash) DO NOTHING RETURNING 1
                """, logger: logger)
            for try await _ in rows { return true }
            return false
        }
    }

    public func setSession(key: String, value: [UInt8], expiresAt: Double?, at: Double) async throws {
        try await transaction { db, logger in
            try await db.query(
                """
                INSERT INTO sessions (key_hash, value, expires_at) VALUES (sha256(convert_to(\(key), 'UTF8')), \(ByteBuffer(bytes: value)), \(expiresAt))
                ON CONFLICT (key_hash) DO UPDATE SET value = EXCLUDED.value,
                    expires_at = COALESCE(EXCLUDED.expires_at, sessions.expires_at)
                """, logger: logger)
        }
    }

    public func session(key: String, at: Double) async throws -> (value: [UInt8], expiresAt: Double?)? {
        try await root.read { db, logger in
            let rows = try await db.query(
                """
                SELECT value, expires_at FROM sessions
                WHERE key_hash = sha256(convert_to(\(key), 'UTF8')) AND (expires_at IS NULL OR expires_at > \(at))
                """, logger: logger)
            for try await (value, expires) in rows.decode((ByteBuffer, Double?).self) { return (Array(value.readableBytesView), expires) }
            return nil
        }
    }

    public func removeSession(key: String) async throws {
        try await transaction { db, logger in
            try await db.query("DELETE FROM sessions WHERE key_hash = sha256(convert_to(\(key), 'UTF8'))", logger: logger)
        }
    }

    // MARK: Runner data

    public func store(of runnerID: Int64) async throws -> any Store {
        let schema = self.schema(of: runnerID)
        if !migrated.withLock({ $0.contains(schema) }) {
            // A newer lumbar may have added store migrations since the account was made.
            try await root.read { db, logger in
                try await db.query("SELECT set_config('search_path', \(schema), false)", logger: logger)
                _ = try await PostgresSchema.migrate(on: db, url: root.url.with(schema: schema), logger: logger)
            }
            migrated.withLock { _ = $0.insert(schema) }
        }
        return root.scoped(to: schema)
    }

    public func deleteAccount(id: Int64) async throws {
        let schema = self.schema(of: id)
        try await transaction { db, logger in
            try await db.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(schema) CASCADE"), logger: logger)
            try await db.query("DELETE FROM accounts WHERE id = \(id)", logger: logger)
        }
        migrated.withLock { _ = $0.remove(schema) }
    }

    /// A transaction on the account tables (no data-version bump: these are not runner data).
    func transaction<T: Sendable>(_ body: @Sendable (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let root = self.root
        do {
            return try await root.client.withTransaction(logger: root.logger) { connection in
                try await root.enterScope(connection)
                return try await body(connection, root.logger)
            }
        } catch let error as AccountError {
            throw error
        } catch let error as PostgresTransactionError {
            if let inner = error.closureError as? AccountError { throw inner }
            throw PostgresConnector.translate(error, url: root.url)
        } catch {
            throw PostgresConnector.translate(error, url: root.url)
        }
    }
}
