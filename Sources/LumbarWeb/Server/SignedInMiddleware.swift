import Foundation
import Hummingbird
import LumbarStore

/// Server mode's gate in front of everything but the sign-in pages and the assets.
///
/// - No live session: pages redirect (303) to `/signin`, the API answers 401.
/// - Every POST must carry the session's CSRF token (`_csrf` form field, `X-CSRF-Token` header,
///   or `_csrf` in the query of a multipart form).
/// - With `dashboard: true` it also picks whose data the request reads: a runner their own; a
///   clinician the runner they chose, only while that runner's grant is live, read-only, and
///   every such request is written to the runner's audit log before it is answered.
struct SignedInMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext
    var server: ServerConfiguration
    var dashboards: DashboardDirectory
    var now: @Sendable () -> Double
    /// Whether the routes behind it read a runner's data.
    var dashboard: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        guard let session = context.sessions.session else { throw WebError.signInRequired }
        guard let account = try await server.accounts.account(id: session.accountID), session.issuedAt >= account.sessionsValidAfter else {
            // Deleted, or signed out everywhere by a password reset.
            context.sessions.clearSession()
            throw WebError.signInRequired
        }
        if request.method != .get && request.method != .head {
            request = try await Self.checkCSRF(request, expected: session.csrfToken)
        }
        var access = Access(account: account, session: session, runner: nil, readOnly: false)
        if dashboard {
            switch account.role {
            case .runner:
                access.runner = account
            case .clinician:
                guard let runnerID = session.viewingRunnerID else {
                    if request.uri.path.hasPrefix("/api/") { throw WebError.forbidden("Choose a runner on /clinic first.") }
                    return Responses.seeOther("/clinic")
                }
                guard let runner = try await server.accounts.grantedRunner(runnerID: runnerID, clinicianID: account.id) else {
                    var ended = session
                    ended.viewingRunnerID = nil
                    _ = context.sessions.updateSession(ended)
                    if request.uri.path.hasPrefix("/api/") { throw WebError.forbidden("That runner no longer shares their data with you.") }
                    return Responses.seeOther("/clinic?ended=1")
                }
                guard request.method == .get || request.method == .head else {
                    throw WebError.forbidden("A clinician reads a runner's data; only the runner can change it.")
                }
                access.runner = runner
                access.readOnly = true
                try await server.accounts.recordView(runnerID: runner.id, clinician: account, path: request.uri.path, at: now())
            case .admin:
                throw WebError.forbidden("An admin account has no runner data. Use the Account page, or sign in as a runner.")
            }
            context.dashboard = try await dashboards.dashboard(of: access.runner!.id)
        }
        context.access = access
        let chrome = PageChrome(
            accountName: account.name, role: account.role.rawValue, csrfToken: session.csrfToken,
            viewingName: access.readOnly ? access.runner?.name : nil,
            showsDashboard: access.runner != nil || account.role == .runner, isClinician: account.role == .clinician)
        let forwarded = request
        return try await PageChrome.$current.withValue(chrome) { try await next(forwarded, context) }
    }

    /// Refuses a state-changing request without the token; returns the request with its body
    /// still readable (a form body is read here and handed on).
    static func checkCSRF(_ request: Request, expected: String) async throws -> Request {
        if let header = request.headers[.init("X-CSRF-Token")!] {
            guard Tokens.equal(header, expected) else { throw WebError.csrfRejected }
            return request
        }
        if let query = request.uri.queryParameters.get("_csrf") {
            guard Tokens.equal(query, expected) else { throw WebError.csrfRejected }
            return request
        }
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else {
            throw WebError.csrfRejected
        }
        let buffer = try await request.body.collect(upTo: FormRoutes.formLimit)
        let form = FormFields(urlEncoded: String(buffer: buffer))
        guard let token = form.first("_csrf"), Tokens.equal(token, expected) else { throw WebError.csrfRejected }
        var request = request
        request.body = RequestBody(buffer: buffer)
        return request
    }
}

/// Marks cookies `Secure` when a TLS proxy says the browser spoke HTTPS (`X-Forwarded-Proto`),
/// so the session cookie is never sent over plain HTTP once it was set over HTTPS.
struct SecureCookieMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard request.headers[.init("X-Forwarded-Proto")!]?.lowercased() == "https" else { return response }
        let cookies = response.headers[values: .setCookie]
        guard !cookies.isEmpty else { return response }
        response.headers[values: .setCookie] = cookies.map { $0.contains("; Secure") ? $0 : $0 + "; Secure" }
        return response
    }
}
