import Hummingbird
import HummingbirdAuth
import LumbarStore

/// The request context of every dashboard route, in both modes.
///
/// Local mode sets `dashboard` to the one store's; server mode resolves it per request from the
/// signed-in account (their own data, or a runner's who granted them access) and fills `access`.
public struct LumbarRequestContext: RequestContext, SessionRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let sessions: SessionContext<SignedInSession>
    /// The peer's address (for sign-in throttling), as the socket reports it.
    public let remoteAddress: String?
    /// The dashboard this request reads and writes; nil until a middleware resolved it.
    var dashboard: Dashboard?
    /// Server mode: who is signed in and whose data the request reads.
    var access: Access?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.sessions = .init()
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The resolved dashboard (a route outside the dashboard group asking for one is a bug).
    func requireDashboard() throws -> Dashboard {
        guard let dashboard else { throw WebError.storeFailed("no data store was chosen for this request") }
        return dashboard
    }
}

/// What a server-mode session remembers (stored through `StorePersistDriver`, keyed by the
/// SHA-256 of the cookie's random id).
public struct SignedInSession: Codable, Sendable, Hashable {
    /// The account signed in.
    public var accountID: Int64
    /// The secret every form and state-changing API call must echo (`_csrf`, `X-CSRF-Token`).
    public var csrfToken: String
    /// When it was issued (UTC seconds): a password reset refuses older sessions.
    public var issuedAt: Double
    /// A clinician's chosen runner, whose data the pages show (checked against a live grant on
    /// every request).
    public var viewingRunnerID: Int64?
}

/// Who is signed in, and whose data this request reads.
struct Access: Sendable {
    var account: Account
    var session: SignedInSession
    /// The runner whose data is shown: the account itself, or the runner a clinician views.
    var runner: Account?
    /// True when a clinician reads a runner's data (no writes, every view audited).
    var readOnly: Bool
}
