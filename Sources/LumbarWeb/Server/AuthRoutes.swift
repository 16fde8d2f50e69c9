import Foundation
import Hummingbird
import LumbarStore

/// Sign-in, sign-up, password reset and sign-out. The forms here are posted before there is a
/// session, so their CSRF token is a random cookie echoed in a hidden field (double submit);
/// the cookie is `SameSite=Strict` and `HttpOnly`.
struct AuthRoutes: Sendable {
    var server: ServerConfiguration
    var now: @Sendable () -> Double
    static let formCookie = "lumbar_form"

    func add(to router: Router<LumbarRequestContext>) {
        router.get("/signin") { request, context in
            if let session = context.sessions.session {
                // A live session goes home; a dead one (account deleted, password reset since) is
                // dropped here, or "/" and "/signin" would send the browser back and forth.
                if let account = try await server.accounts.account(id: session.accountID), session.issuedAt >= account.sessionsValidAfter {
                    return Responses.seeOther(Self.home(account.role))
                }
                context.sessions.clearSession()
            }
            let (token, cookie) = Self.formToken(request)
            let q = request.uri.queryParameters
            let notice = q.get("deleted") != nil ? "Your account and all its data were deleted." : q.get("reset") != nil ? "Password changed: sign in with it." : nil
            return Self.withCookie(Responses.html(ServerPages.signIn(formToken: token, next: Self.safeNext(q.get("next")), notice: notice)), cookie)
        }
        router.post("/signin") { request, context in try await signIn(request, context) }
        router.get("/signup") { request, _ in
            let (token, cookie) = Self.formToken(request)
            let invite = request.uri.queryParameters.get("invite")
            if let invite {
                guard let invitation = try await server.accounts.invitation(token: invite, at: now()) else {
                    return Self.invitationInvalid
                }
                return Self.withCookie(Responses.html(ServerPages.signUp(formToken: token, invitation: invitation, token: invite)), cookie)
            }
            guard server.openSignUp else {
                return Self.byInvitationOnly
            }
            return Self.withCookie(Responses.html(ServerPages.signUp(formToken: token, invitation: nil, token: nil)), cookie)
        }
        router.post("/signup") { request, context in try await signUp(request, context) }
        router.get("/reset/:token") { request, context in
            let token = try context.parameters.require("token")
            guard let account = try await server.accounts.resetAccount(token: token, at: now()) else {
                return Self.resetLinkInvalid
            }
            let (formToken, cookie) = Self.formToken(request)
            return Self.withCookie(Responses.html(ServerPages.reset(formToken: formToken, token: token, account: account)), cookie)
        }
        router.post("/reset/:token") { request, context in
            let token = try context.parameters.require("token")
            let form = try await Self.checkedForm(request)
            guard let account = try await server.accounts.resetAccount(token: token, at: now()) else {
                return Self.resetLinkInvalid
            }
            do {
                let password = try Self.newPassword(form)
                _ = try await server.accounts.resetPassword(
                    token: token, passwordHash: try await Passwords.hash(password, cost: server.bcryptCost), at: now())
                try await server.accounts.clearSignInFailures(key: "account:\(account.email)")
                context.sessions.clearSession()
                return Responses.seeOther("/signin?reset=1")
            } catch let error as AccountError {
                return Responses.html(
                    ServerPages.reset(formToken: form.first("_csrf") ?? "", token: token, account: account, error: error.description), status: .badRequest)
            }
        }
    }

    func signIn(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let form = try await Self.checkedForm(request)
        // Whatever was typed, the key it is counted under is printable and bounded.
        let typed = form.first("email") ?? ""
        let normalised = try? AccountRules.normalisedEmail(typed)
        let email = normalised ?? String(typed.unicodeScalars.filter { $0.value >= 32 }.prefix(254)).lowercased()
        let next = Self.safeNext(form.first("next"))
        let token = form.first("_csrf") ?? ""
        let accountKey = "account:\(email)"
        let addressKey = "address:\(Self.clientAddress(request, context, trustProxy: server.trustProxy))"
        let since = now() - Double(server.failureWindowSeconds)
        // Checked before the password, so a locked-out guesser learns nothing more.
        let accountFailures = try await server.accounts.signInFailures(key: accountKey, since: since)
        let addressFailures = try await server.accounts.signInFailures(key: addressKey, since: since)
        if accountFailures >= server.failuresPerAccount || addressFailures >= server.failuresPerAddress {
            throw WebError.tooManyAttempts(retryAfterSeconds: server.failureWindowSeconds)
        }
        let account = normalised == nil ? nil : try await server.accounts.account(email: email)
        let hash = try await account.asyncMap { try await server.accounts.passwordHash(of: $0.id) } ?? nil
        let matches = try await Passwords.matches(form.first("password") ?? "", hash: hash)
        guard matches, let account else {
            try await server.accounts.recordSignInFailure(keys: [accountKey, addressKey], at: now())
            return Responses.html(
                ServerPages.signIn(formToken: token, next: next, email: email, error: "Wrong e-mail or password."), status: .unauthorized)
        }
        try await server.accounts.clearSignInFailures(key: accountKey)
        // Always a new session id on sign-in (no fixation).
        context.sessions.createSession(
            SignedInSession(accountID: account.id, csrfToken: Tokens.random(), issuedAt: now(), viewingRunnerID: nil),
            expiresIn: .seconds(server.sessionLifetimeSeconds))
        return Responses.seeOther(next != "/" ? next : Self.home(account.role))
    }

    func signUp(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let form = try await Self.checkedForm(request)
        let token = form.first("_csrf") ?? ""
        let invite = form.first("invite")
        let invitation = try await invite.asyncMap { try await server.accounts.invitation(token: $0, at: now()) } ?? nil
        if invite != nil && invitation == nil {
            return Self.invitationInvalid
        }
        guard invitation != nil || server.openSignUp else {
            return Self.byInvitationOnly
        }
        let name = form.first("name") ?? ""
        let email = form.first("email") ?? ""
        do {
            let password = try Self.newPassword(form)
            let hash = try await Passwords.hash(password, cost: server.bcryptCost)
            let account: Account
            if let invite, invitation != nil {
                account = try await server.accounts.redeemInvitation(token: invite, name: name, passwordHash: hash, at: now())
            } else {
                account = try await server.accounts.createAccount(email: email, name: name, role: .runner, passwordHash: hash, at: now())
            }
            context.sessions.createSession(
                SignedInSession(accountID: account.id, csrfToken: Tokens.random(), issuedAt: now(), viewingRunnerID: nil),
                expiresIn: .seconds(server.sessionLifetimeSeconds))
            return Responses.seeOther(Self.home(account.role))
        } catch let error as AccountError {
            let page = ServerPages.signUp(formToken: token, invitation: invitation, token: invite, name: name, email: email, error: error.description)
            return Responses.html(page, status: error == .invitationInvalid ? .notFound : .badRequest)
        }
    }

    /// Who is signing in, for the per-address limit: the socket's peer, or behind a trusted
    /// reverse proxy the address it appended last to `X-Forwarded-For` (earlier entries are
    /// whatever the client sent, so they are never trusted).
    static func clientAddress(_ request: Request, _ context: LumbarRequestContext, trustProxy: Bool) -> String {
        if trustProxy, let forwarded = request.headers[values: .init("X-Forwarded-For")!].last,
           let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty, last.count <= 64 {
            return last
        }
        return context.remoteAddress ?? "unknown"
    }

    /// The pages for a link that does not work (404: nothing to show), and for sign-up without one.
    static var invitationInvalid: Response {
        Responses.html(ServerPages.message(title: "Invitation not valid", text: AccountError.invitationInvalid.description), status: .notFound)
    }
    static var resetLinkInvalid: Response {
        Responses.html(ServerPages.message(title: "Reset link not valid", text: AccountError.resetLinkInvalid.description), status: .notFound)
    }
    static var byInvitationOnly: Response {
        Responses.html(
            ServerPages.message(title: "Sign-up is by invitation", text: "Ask the admin of this lumbar for an invitation link."), status: .notFound)
    }

    static func home(_ role: Role) -> String {
        switch role {
        case .runner: "/"
        case .clinician: "/clinic"
        case .admin: "/account"
        }
    }

    static func newPassword(_ form: FormFields) throws(AccountError) -> String {
        let password = form.first("password") ?? ""
        try AccountRules.checkPassword(password)
        guard password == form.first("confirm") else { throw AccountError.weakPassword("and its repetition differ") }
        return password
    }

    /// Only a path on this site (never `//host` or a full URL): no open redirect.
    static func safeNext(_ raw: String?) -> String {
        guard let raw, raw.hasPrefix("/"), !raw.hasPrefix("//"), !raw.contains("\\"), raw.count < 500,
              !raw.unicodeScalars.contains(where: { $0.value < 32 })
        else { return "/" }
        return raw
    }

    /// The pre-session form token: the request's cookie, or a new one to set.
    static func formToken(_ request: Request) -> (token: String, cookie: Cookie?) {
        if let existing = request.cookies[formCookie]?.value, existing.count >= 32 { return (String(existing), nil) }
        let token = Tokens.random()
        return (token, Cookie(name: formCookie, value: token, path: "/", httpOnly: true, sameSite: .strict))
    }

    static func withCookie(_ response: Response, _ cookie: Cookie?) -> Response {
        var response = response
        if let cookie { response.headers[values: .setCookie].append(cookie.description) }
        return response
    }

    /// Reads a pre-session form and checks its token against the cookie.
    static func checkedForm(_ request: Request) async throws -> FormFields {
        let form = try await FormRoutes.form(request)
        guard let cookie = request.cookies[formCookie]?.value, let field = form.first("_csrf"), Tokens.equal(String(cookie), field) else {
            throw WebError.csrfRejected
        }
        return form
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
