/// Accounts, invitations, reset links, consent grants, the audit log, sign-in throttling and
/// sessions: everything server mode keeps besides the runners' own data. Implemented on
/// PostgreSQL (`PostgresAccounts`), where every instance of `lumbar serve` shares it.
///
/// Secrets never reach the database in the clear: passwords arrive as bcrypt hashes, and
/// invitation, reset and session tokens are stored as their SHA-256.
/// All times are UTC seconds, passed in so tests control the clock.
public protocol AccountDirectory: Sendable {
    /// Creates an account (and, for a runner, the empty store of their own).
    func createAccount(email: String, name: String, role: Role, passwordHash: String, at: Double) async throws -> Account
    func account(id: Int64) async throws -> Account?
    func account(email: String) async throws -> Account?
    /// Every account, oldest first.
    func accounts() async throws -> [Account]
    func passwordHash(of accountID: Int64) async throws -> String?

    /// Stores an invitation for `email` (replacing an unused one); `token` is the secret of its link.
    func createInvitation(email: String, role: Role, token: String, expiresAt: Double, at: Double) async throws
    /// The live invitation whose link carries `token`.
    func invitation(token: String, at: Double) async throws -> Invitation?
    /// Uses the invitation once: creates its account. Throws `AccountError.invitationInvalid`
    /// when it is unknown, used or expired.
    func redeemInvitation(token: String, name: String, passwordHash: String, at: Double) async throws -> Account

    /// Stores a one-time password-reset link for the account.
    func createResetToken(accountID: Int64, token: String, expiresAt: Double, at: Double) async throws
    /// Whether `token` is a live reset link; the account it resets.
    func resetAccount(token: String, at: Double) async throws -> Account?
    /// Uses the link once: sets the password and signs out every session issued before `at`.
    func resetPassword(token: String, passwordHash: String, at: Double) async throws -> Account

    /// Lets `clinicianEmail` read `runnerID`'s data from now on (idempotent). Audited.
    func grant(runnerID: Int64, clinicianEmail: String, at: Double) async throws -> AccessGrant
    /// Ends a grant at once. Audited. False when there was no such grant.
    func revoke(runnerID: Int64, clinicianID: Int64, at: Double) async throws -> Bool
    /// The runner's live grants, newest first.
    func grants(runnerID: Int64) async throws -> [AccessGrant]
    /// The runners who granted `clinicianID` access, by name.
    func runners(clinicianID: Int64) async throws -> [Account]
    /// The runner, when their grant to the clinician is live now (one query for what every
    /// request of a clinician checks).
    func grantedRunner(runnerID: Int64, clinicianID: Int64) async throws -> Account?

    /// Writes that `clinician` viewed `path` of a runner's data (one insert: it precedes every
    /// answer to a clinician).
    func recordView(runnerID: Int64, clinician: Account, path: String, at: Double) async throws
    /// The runner's audit log, newest first.
    func auditLog(runnerID: Int64, limit: Int) async throws -> [AuditEntry]

    /// Counts one failed sign-in against each key (an account, an address).
    func recordSignInFailure(keys: [String], at: Double) async throws
    /// Failed sign-ins against `key` since `since`.
    func signInFailures(key: String, since: Double) async throws -> Int
    /// Forgets the failures against `key` (after a successful sign-in).
    func clearSignInFailures(key: String) async throws

    /// Session key/value storage (`PersistDriver` on top of it): `create` fails with false
    /// when the key exists; `set` with a nil expiry keeps the stored one.
    func createSession(key: String, value: [UInt8], expiresAt: Double?, at: Double) async throws -> Bool
    func setSession(key: String, value: [UInt8], expiresAt: Double?, at: Double) async throws
    /// The live value and its expiry.
    func session(key: String, at: Double) async throws -> (value: [UInt8], expiresAt: Double?)?
    func removeSession(key: String) async throws

    /// The runner's own store: their runs, answers, diary (each runner's in a schema of its own).
    func store(of runnerID: Int64) async throws -> any Store
    /// Deletes the account with all its data, grants, audit log and reset links.
    func deleteAccount(id: Int64) async throws
}
