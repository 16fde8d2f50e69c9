import LumbarStore

/// Server mode (`lumbar serve --database postgres://…`): accounts, sign-in and sharing on top of
/// the dashboard. Local mode has none of this.
public struct ServerConfiguration: Sendable {
    /// Accounts, sessions, grants and each runner's store.
    public var accounts: any AccountDirectory
    /// Anyone may create a runner account at `/signup` (otherwise only by an admin's invitation).
    public var openSignUp: Bool
    /// Always mark the session cookie `Secure` (set it when lumbar is reached over HTTPS). The
    /// cookie is also marked `Secure` on any request a TLS proxy forwards with
    /// `X-Forwarded-Proto: https`.
    public var secureCookies: Bool
    /// lumbar runs behind a reverse proxy that appends the client's address to
    /// `X-Forwarded-For`: throttle sign-ins by that address instead of the proxy's.
    public var trustProxy: Bool
    /// How long a session lasts without signing in again.
    public var sessionLifetimeSeconds: Int
    /// bcrypt's work factor: 12 (about 0.25 s a hash here) unless a test asks for less.
    public var bcryptCost: UInt8
    /// Failed sign-ins allowed per account, and per address, within `failureWindowSeconds`
    /// (OWASP Authentication Cheat Sheet: throttle per account and per source).
    public var failuresPerAccount: Int
    public var failuresPerAddress: Int
    public var failureWindowSeconds: Int

    public init(
        accounts: any AccountDirectory, openSignUp: Bool = false, secureCookies: Bool = false, trustProxy: Bool = false,
        sessionLifetimeSeconds: Int = 12 * 3600, bcryptCost: UInt8 = 12,
        failuresPerAccount: Int = 5, failuresPerAddress: Int = 20, failureWindowSeconds: Int = 900
    ) {
        self.accounts = accounts
        self.openSignUp = openSignUp
        self.secureCookies = secureCookies
        self.trustProxy = trustProxy
        self.sessionLifetimeSeconds = sessionLifetimeSeconds
        self.bcryptCost = bcryptCost
        self.failuresPerAccount = failuresPerAccount
        self.failuresPerAddress = failuresPerAddress
        self.failureWindowSeconds = failureWindowSeconds
    }
}
