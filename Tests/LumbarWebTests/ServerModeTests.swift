import Foundation
import Hummingbird
import HummingbirdTesting
import LumbarCore
import LumbarStore
import LumbarStorePostgres
import Testing
@testable import LumbarWeb

/// Server mode (issue 11) against PostgreSQL: sign-in, isolation between runners, consent-based
/// sharing with its audit log, CSRF, throttling, sessions shared by instances, export, deletion
/// and password reset. Skipped with a message without `LUMBAR_TEST_DATABASE_URL`.
@Suite("Server mode: accounts, isolation, sharing", .serialized, .enabled(if: ServerModeFixture.enabled, "LUMBAR_TEST_DATABASE_URL is unset: server-mode tests skipped (set it to postgres://USER@HOST:PORT/DB, as .ci/run does)"))
struct ServerModeTests {
    static func gpx(name: String, day: Int) -> String {
        """
        <?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>\(name)</name><type>running</type><trkseg>
        <trkpt lat="52.0" lon="4.0"><time>2026-11-\(day)T07:00:00Z</time></trkpt>
        <trkpt lat="52.001" lon="4.0"><time>2026-11-\(day)T07:00:40Z</time></trkpt>
        <trkpt lat="52.002" lon="4.0"><time>2026-11-\(day)T07:01:20Z</time></trkpt>
        </trkseg></trk></gpx>
        """
    }

    /// Signs in and gives the runner a run, a diary entry, answers and a core test; returns the run's id.
    static func populate(_ b: Browser, email: String, marker: String, day: Int) async throws -> String {
        #expect(try await b.signIn(email, "correct horse").status == .seeOther)
        _ = try await b.get("/")
        let imported = try await b.send(
            .post, "/api/v1/imports?name=\(marker).gpx", headers: [Browser.csrfHeader: b.csrf ?? ""],
            body: ByteBuffer(string: gpx(name: marker, day: day)))
        #expect(imported.status == .created, "\(imported.text)")
        #expect(try await b.postJSON("/api/v1/pain", #"{"date":"2026-11-\#(day)","afterRun":4,"note":"\#(marker) note"}"#).status == .created)
        #expect(try await b.postJSON("/api/v1/answers", WebFixtures.answers).status == .created)
        let list = try await b.get("/api/v1/activities").text
        let id = try #require(list.range(of: #""id":"[^"]+""#, options: .regularExpression).map { String(list[$0].dropFirst(6).dropLast()) })
        return id
    }

    @Test("signed out: every page redirects to sign-in (303), every API call answers 401")
    func signedOut() async throws {
        let f = try await ServerModeFixture.make()
        try await f.app().test(.router) { client in
            let b = Browser(client)
            for path in ["/", "/runs", "/runs/abc", "/load", "/assessment", "/core-tests", "/pain", "/result", "/report", "/import", "/account", "/clinic", "/nowhere"] {
                let r = try await b.get(path)
                #expect(r.status == .seeOther, "\(path)")
                #expect(r.headers[.location]?.hasPrefix("/signin?next=") == true, "\(path)")
            }
            for path in ["/api/v1/summary", "/api/v1/activities", "/api/v1/activities/x", "/api/v1/result", "/api/v1/pain", "/api/v1/nowhere"] {
                let r = try await b.get(path)
                #expect(r.status == .unauthorized, "\(path)")
                #expect(r.text.contains("Sign in first"), "\(path)")
            }
            #expect(try await b.send(.post, "/api/v1/pain", headers: WebFixtures.jsonHeaders, body: ByteBuffer(string: "{}")).status == .unauthorized)
            #expect(try await b.get("/signin").status == .ok)
        }
        try await f.tearDown()
    }

    @Test("isolation: signed in as one runner, every route and API call with another runner's ids answers 404 or 403")
    func isolation() async throws {
        let f = try await ServerModeFixture.make()
        try await f.account("alpha@example.org", "Alpha", .runner)
        let bravo = try await f.account("bravo@example.org", "Bravo", .runner)
        let clinician = try await f.account("physio@example.org", "Physio", .clinician)
        try await f.app().test(.router) { client in
            let b = Browser(client)
            let bravoRun = try await Self.populate(b, email: "bravo@example.org", marker: "BravoSecret", day: 18)
            _ = try await b.post("/signout", [])
            let a = Browser(client)
            let alphaRun = try await Self.populate(a, email: "alpha@example.org", marker: "AlphaOwn", day: 20)
            #expect(alphaRun != bravoRun)
            _ = try await a.post("/account/grants", [("email", "physio@example.org")])

            // Routes that take an id: Bravo's ids are not found, or not Alpha's to use.
            let byID: [(HTTPRequest.Method, String, [(String, String)]?)] = [
                (.get, "/runs/\(bravoRun)", nil),
                (.get, "/api/v1/activities/\(bravoRun)", nil),
                (.get, "/pain?run=\(bravoRun)", nil),
                (.post, "/pain", [("date", "2026-11-18"), ("run", bravoRun), ("after", "3")]),
                (.post, "/clinic/view/\(bravo.id)", []),
                (.post, "/account/grants/\(bravo.id)/revoke", []),
                (.post, "/account/grants/\(clinician.id + 1000)/revoke", []),
            ]
            for (method, path, form) in byID {
                let r = method == .get ? try await a.get(path) : try await a.post(path, form ?? [])
                #expect([.notFound, .forbidden].contains(r.status), "\(method) \(path) answered \(r.status)")
                #expect(!r.text.contains("BravoSecret"), "\(path)")
            }
            let api = try await a.postJSON("/api/v1/pain", #"{"date":"2026-11-18","runId":"\#(bravoRun)","afterRun":2}"#)
            #expect(api.status == .notFound, "\(api.text)")

            // Routes without an id show only Alpha's data.
            for path in ["/", "/runs", "/load", "/result", "/report", "/pain", "/core-tests", "/assessment", "/import", "/account",
                         "/api/v1/summary", "/api/v1/activities", "/api/v1/load", "/api/v1/result", "/api/v1/pain",
                         "/api/v1/answers", "/api/v1/core-tests", "/account/export", "/account/session.json"] {
                let r = try await a.get(path)
                #expect(r.status == .ok, "\(path) answered \(r.status)")
                #expect(!r.text.contains("BravoSecret") && !r.text.contains("BravoSecret note"), "\(path) shows Bravo's data")
                #expect(!String(decoding: r.body.readableBytesView, as: UTF8.self).contains("bravo@example.org"), "\(path)")
            }
            #expect(try await a.get("/runs").text.contains("AlphaOwn"))
            #expect(try await a.get("/clinic").status == .forbidden)

            // The clinician Alpha chose reads Alpha only, never writes, never reaches Bravo.
            let c = Browser(client)
            #expect(try await c.signIn("physio@example.org", "correct horse").headers[.location] == "/clinic")
            let list = try await c.get("/clinic")
            #expect(list.text.contains("Alpha") && !list.text.contains("Bravo"))
            #expect(try await c.post("/clinic/view/\(bravo.id)", []).status == .forbidden)
            #expect(try await c.get("/").status == .seeOther, "a clinician who chose no runner is sent to the list")
            let alphaID = try #require(try await f.accounts.account(email: "alpha@example.org")).id
            #expect(try await c.post("/clinic/view/\(alphaID)", []).status == .seeOther)
            #expect(try await c.get("/runs").text.contains("AlphaOwn"))
            #expect(try await c.get("/runs/\(bravoRun)").status == .notFound)
            #expect(try await c.get("/api/v1/activities/\(bravoRun)").status == .notFound)
            #expect(try await c.post("/pain", [("date", "2026-11-20"), ("after", "2")]).status == .forbidden)
            #expect(try await c.postJSON("/api/v1/pain", #"{"date":"2026-11-20","afterRun":2}"#).status == .forbidden)
            #expect(try await c.get("/account/export").status == .forbidden)
            #expect(try await a.get("/api/v1/pain").text.components(separatedBy: "AlphaOwn note").count == 2, "nothing was added by the clinician")
        }
        try await f.tearDown()
    }

    @Test("sharing: a grant lets the clinician read, every view lands in the runner's audit log, revoking ends it at once")
    func sharingAndAudit() async throws {
        let f = try await ServerModeFixture.make()
        let runner = try await f.account("runner@example.org", "Rita Runner", .runner)
        let calm = try await f.account("calm@example.org", "Calm Carl", .runner)
        try await f.account("physio@example.org", "Pat Physio", .clinician)
        try await f.app().test(.router) { client in
            let r = Browser(client)
            _ = try await Self.populate(r, email: "runner@example.org", marker: "RitaRun", day: 20)
            // A red flag in Rita's answers: she must head the clinician's list.
            let flagged = WebFixtures.answers.replacingOccurrences(of: #""bladderChange": false"#, with: #""bladderChange": true"#)
            #expect(try await r.postJSON("/api/v1/answers", flagged).status == .created)
            #expect(try await r.post("/account/grants", [("email", "nobody@example.org")]).status == .badRequest)
            #expect(try await r.post("/account/grants", [("email", "physio@example.org")]).status == .seeOther)
            let k = Browser(client)
            _ = try await Self.populate(k, email: "calm@example.org", marker: "CarlRun", day: 19)
            #expect(try await k.post("/account/grants", [("email", "physio@example.org")]).status == .seeOther)

            let c = Browser(client)
            _ = try await c.signIn("physio@example.org", "correct horse")
            let list = try await c.get("/clinic").text
            let rita = try #require(list.range(of: "Rita Runner")), carl = try #require(list.range(of: "Calm Carl"))
            #expect(rita.lowerBound < carl.lowerBound, "red flags first")
            #expect(list.contains("emergency") || list.contains("urgent"))
            _ = try await c.post("/clinic/view/\(runner.id)", [])
            let runs = try await c.get("/runs")
            #expect(runs.text.contains("RitaRun") && runs.text.contains("You are reading"))
            _ = try await c.get("/api/v1/result")

            let audit = try await f.accounts.auditLog(runnerID: runner.id, limit: 50)
            #expect(audit.contains { $0.action == .viewed && $0.path == "/runs" && $0.clinicianEmail == "physio@example.org" })
            #expect(audit.contains { $0.action == .viewed && $0.path == "/api/v1/result" })
            #expect(audit.contains { $0.action == .granted })
            let page = try await r.get("/account").text
            #expect(page.contains("Pat Physio") && page.contains("viewed /runs"))
            #expect(ServerPages.date(1_780_000_000.7) == "2026-05-28 20:26 UTC")
            #expect(try await f.accounts.auditLog(runnerID: calm.id, limit: 50).allSatisfy { $0.path != "/runs" })

            // Revoked: the next request is refused and the clinician is back at the list.
            let clinicianID = try #require(try await f.accounts.account(email: "physio@example.org")).id
            #expect(try await r.post("/account/grants/\(clinicianID)/revoke", []).status == .seeOther)
            let after = try await c.get("/runs")
            #expect(after.status == .seeOther && after.headers[.location] == "/clinic?ended=1")
            #expect(try await c.get("/api/v1/activities").status == .forbidden)
            let listAfter = try await c.get("/clinic").text
            #expect(!listAfter.contains("Rita Runner"))
            #expect(try await f.accounts.auditLog(runnerID: runner.id, limit: 1).first?.action == .revoked)
        }
        try await f.tearDown()
    }

    @Test("CSRF: a form or API post without the session's token is refused and stores nothing")
    func csrf() async throws {
        let f = try await ServerModeFixture.make()
        try await f.account("runner@example.org", "Runner", .runner)
        try await f.app().test(.router) { client in
            let b = Browser(client)
            // The sign-in form itself: no cookie-echoing token, no sign-in.
            _ = try await b.get("/signin")
            #expect(try await b.post("/signin", [("email", "runner@example.org"), ("password", "correct horse")], token: "forged").status == .forbidden)
            #expect(try await b.signIn("runner@example.org", "correct horse").status == .seeOther)
            _ = try await b.get("/pain")
            let token = try #require(b.csrf)
            let entry = [("date", "2026-11-20"), ("after", "3")]
            #expect(try await b.post("/pain", entry, token: "").status == .forbidden)
            #expect(try await b.post("/pain", entry, token: String(token.reversed())).status == .forbidden)
            #expect(try await b.postJSON("/api/v1/pain", #"{"date":"2026-11-20","afterRun":3}"#, token: false).status == .forbidden)
            #expect(try await b.send(.post, "/import?_csrf=wrong", headers: [.contentType: "multipart/form-data; boundary=x"], body: ByteBuffer(string: "--x--")).status == .forbidden)
            #expect(try await b.post("/signout", [], token: "").status == .forbidden)
            let nothing = try await b.get("/api/v1/pain").text
            #expect(!nothing.contains("2026-11-20"), "\(nothing)")
            #expect(try await b.post("/pain", entry).status == .seeOther)
            #expect(try await b.get("/api/v1/pain").text.contains("2026-11-20"))
            // Every form on every page carries the token.
            for path in ["/", "/pain", "/core-tests", "/assessment", "/import", "/account"] {
                let html = try await b.get(path).text
                let forms = html.components(separatedBy: "<form ").count - 1
                let protected = html.components(separatedBy: "name=\"_csrf\" value=\"\(token)\"").count - 1
                #expect(forms > 0 && protected >= forms, "\(path): \(forms) forms, \(protected) tokens")
            }
        }
        try await f.tearDown()
    }

    @Test("hostile sign-in and sign-up input gets a refusal, never a crash: huge, binary, empty, a forged next")
    func hostileSignIn() async throws {
        let f = try await ServerModeFixture.make()
        try await f.account("runner@example.org", "Runner", .runner)
        try await f.app(f.server(perAccount: 100, perAddress: 100)).test(.router) { client in
            let b = Browser(client)
            for (email, password) in [
                (String(repeating: "a", count: 200_000), "x"), ("runner@example.org", String(repeating: "p", count: 200_000)),
                ("runner@example.org", "correct horse\u{0}extra"), ("\u{0}\u{7}", ""), ("", ""), ("runner@example.org'--", "' OR 1=1 --"),
            ] {
                _ = try await b.get("/signin")
                let r = try await b.post("/signin", [("email", email), ("password", password)])
                #expect(r.status == .unauthorized, "\(email.prefix(20)) answered \(r.status)")
            }
            _ = try await b.get("/signin")
            let tooBig = try await b.send(
                .post, "/signin", headers: WebFixtures.formHeaders, body: ByteBuffer(repeating: 0x61, count: 2 << 20))
            #expect(tooBig.status == .contentTooLarge || tooBig.status == .forbidden, "\(tooBig.status)")
            // An absolute or protocol-relative next is ignored: no open redirect.
            for next in ["https://evil.example/", "//evil.example/", "/\\evil.example"] {
                let c = Browser(client)
                _ = try await c.get("/signin")
                let r = try await c.post("/signin", [("email", "runner@example.org"), ("password", "correct horse"), ("next", next)])
                #expect(r.status == .seeOther && r.headers[.location] == "/", "\(next) -> \(r.headers[.location] ?? "")")
            }
            let c = Browser(client)
            _ = try await c.get("/signin")
            let kept = try await c.post("/signin", [("email", "runner@example.org"), ("password", "correct horse"), ("next", "/runs")])
            #expect(kept.headers[.location] == "/runs")
            // A NUL in a diary note (PostgreSQL text cannot hold one): refused or stored, never a 500.
            _ = try await c.get("/")
            let nul = try await c.postJSON("/api/v1/pain", #"{"date":"2026-11-20","afterRun":2,"note":"a\u0000b"}"#)
            #expect(nul.status == .created || nul.status == .badRequest, "\(nul.status) \(nul.text)")
            let form = try await c.post("/pain", [("date", "2026-11-20"), ("after", "2"), ("note", "a\u{0}b")])
            #expect(form.status == .seeOther || form.status == .badRequest, "\(form.status)")
        }
        try await f.tearDown()
    }

    @Test("the session cookie is HttpOnly and SameSite=Lax, and Secure behind a TLS proxy; signing in always makes a new session id")
    func cookieAttributes() async throws {
        let f = try await ServerModeFixture.make()
        try await f.account("runner@example.org", "Runner", .runner)
        try await f.app().test(.router) { client in
            let b = Browser(client)
            let plain = try await b.signIn("runner@example.org", "correct horse")
            let cookie = try #require(plain.headers[values: .setCookie].first { $0.hasPrefix("lumbar_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
            let first = try #require(b.cookies["lumbar_session"])
            _ = try await b.get("/")
            let out = try await b.post("/signout", [])
            #expect(out.status == .seeOther)
            #expect(out.headers[values: .setCookie].contains { $0.hasPrefix("lumbar_session=") }, "the cookie is expired")
            #expect(try await b.get("/").status == .seeOther, "the old session id is dead")
            _ = try await b.get("/signin")
            let token = try #require(b.csrf)
            let proxied = try await b.send(
                .post, "/signin",
                headers: [.contentType: "application/x-www-form-urlencoded", Browser.forwardedProto: "https",
                          .cookie: "lumbar_form=\(b.cookies["lumbar_form"] ?? "")"],
                body: WebFixtures.form([("_csrf", token), ("email", "runner@example.org"), ("password", "correct horse")]))
            let secure = try #require(proxied.headers[values: .setCookie].first { $0.hasPrefix("lumbar_session=") })
            #expect(secure.contains("; Secure") && secure.contains("HttpOnly"))
            #expect(b.cookies["lumbar_session"] != first)
        }
        try await f.tearDown()
    }

    @Test("eight instances starting at once on a new schema all start (a CREATE SCHEMA race found by the load benchmark)")
    func concurrentStart() async throws {
        let base = ProcessInfo.processInfo.environment["LUMBAR_TEST_DATABASE_URL"]!
        for _ in 0..<5 {
            let url = base + (base.contains("?") ? "&" : "?") + "schema=lumbar_start_\(UInt32.random(in: 0...UInt32.max))"
            let opened = try await withThrowingTaskGroup(of: PostgresAccounts.self) { group in
                for _ in 0..<8 { group.addTask { try await PostgresAccounts.open(url: url, maximumConnections: 1) } }
                return try await group.reduce(into: [PostgresAccounts]()) { $0.append($1) }
            }
            #expect(opened.count == 8)
            for accounts in opened { await accounts.close() }
            try await PostgresAdmin.dropSchema(try PostgresURL(url))
        }
    }

    @Test("sign-in is throttled per account and per address; the limit holds across instances")
    func rateLimit() async throws {
        let f = try await ServerModeFixture.make()
        try await f.account("runner@example.org", "Runner", .runner)
        try await f.account("other@example.org", "Other", .runner)
        let second = try await f.secondInstance()
        try await f.app(f.server(perAccount: 3, perAddress: 5)).test(.router) { one in
            try await f.app(f.server(second, perAccount: 3, perAddress: 5)).test(.router) { two in
                let b1 = Browser(one), b2 = Browser(two)
                for i in 0..<3 {
                    let r = try await (i % 2 == 0 ? b1 : b2).signIn("runner@example.org", "wrong password \(i)")
                    #expect(r.status == .unauthorized && r.text.contains("Wrong e-mail or password"))
                }
                // Locked: even the right password is refused, on either instance, with Retry-After.
                let locked = try await b2.signIn("runner@example.org", "correct horse")
                #expect(locked.status == .tooManyRequests)
                #expect(locked.headers[.retryAfter] == "900")
                #expect(try await b1.signIn("runner@example.org", "correct horse").status == .tooManyRequests)
                // Another account from the same address: two more failures reach the address limit.
                #expect(try await b1.signIn("other@example.org", "wrong").status == .unauthorized)
                #expect(try await b1.signIn("ghost@example.org", "wrong").status == .unauthorized)
                #expect(try await b1.signIn("other@example.org", "correct horse").status == .tooManyRequests)
            }
        }
        await second.close()
        try await f.tearDown()
    }

    @Test("behind a trusted proxy the per-address limit counts the address the proxy appended, not what the client claims")
    func rateLimitBehindProxy() async throws {
        let f = try await ServerModeFixture.make()
        try await f.account("runner@example.org", "Runner", .runner)
        try await f.app(f.server(perAccount: 50, perAddress: 2, trustProxy: true)).test(.router) { client in
            let b = Browser(client)
            func attempt(_ forwarded: String, _ password: String) async throws -> HTTPResponse.Status {
                _ = try await b.get("/signin")
                let fields = [("_csrf", b.csrf ?? ""), ("email", "runner@example.org"), ("password", password)]
                return try await b.send(
                    .post, "/signin",
                    headers: [.contentType: "application/x-www-form-urlencoded", Browser.forwardedFor: forwarded],
                    body: WebFixtures.form(fields)).status
            }
            // The client forges the first entry each time; the proxy's own entry (the last) is the same.
            let first = try await attempt("1.1.1.1, 203.0.113.7", "wrong")
            let second = try await attempt("2.2.2.2, 203.0.113.7", "wrong")
            let third = try await attempt("3.3.3.3, 203.0.113.7", "correct horse")
            #expect(first == .unauthorized && second == .unauthorized)
            #expect(third == .tooManyRequests)
            // Another client behind the same proxy is not locked out.
            let other = try await attempt("198.51.100.9", "correct horse")
            #expect(other == .seeOther)
        }
        try await f.tearDown()
    }

    @Test("a session made by one instance is honoured by another, and signing out there ends it everywhere")
    func sessionOnAnotherInstance() async throws {
        let f = try await ServerModeFixture.make()
        try await f.account("runner@example.org", "Runner", .runner)
        let second = try await f.secondInstance()
        try await f.app().test(.router) { one in
            try await f.app(f.server(second)).test(.router) { two in
                let b1 = Browser(one)
                #expect(try await b1.signIn("runner@example.org", "correct horse").status == .seeOther)
                let session = try #require(b1.cookies["lumbar_session"])
                let b2 = Browser(two)
                let home = try await b2.send(.get, "/", headers: [.cookie: "lumbar_session=\(session)"])
                #expect(home.status == .ok && home.text.contains("Runner (runner)"))
                let token = try #require(Browser.csrf(in: home.text))
                let out = try await b2.send(
                    .post, "/signout", headers: [.cookie: "lumbar_session=\(session)", .contentType: "application/x-www-form-urlencoded"],
                    body: WebFixtures.form([("_csrf", token)]))
                #expect(out.status == .seeOther)
                #expect(try await b1.get("/").status == .seeOther, "signed out on the other instance")
                #expect(try await b1.get("/api/v1/summary").status == .unauthorized)
            }
        }
        await second.close()
        try await f.tearDown()
    }

    @Test("invitation, password reset (one use, signs other sessions out), export and account deletion")
    func lifecycle() async throws {
        let f = try await ServerModeFixture.make()
        try await f.accounts.createInvitation(email: "New@Example.org", role: .runner, token: "invite-token-123", expiresAt: f.clock() + 1_000_000, at: f.clock())
        try await f.app().test(.router) { client in
            let b = Browser(client)
            #expect(try await b.get("/signup").status == .notFound, "sign-up is by invitation")
            #expect(try await b.get("/signup?invite=wrong").status == .notFound)
            #expect(try await b.get("/signup?invite=invite-token-123").text.contains("new@example.org"))
            let short = try await b.post("/signup", [("invite", "invite-token-123"), ("name", "Nia"), ("password", "short"), ("confirm", "short")])
            #expect(short.status == .badRequest && short.text.contains("at least 10"))
            let made = try await b.post(
                "/signup", [("invite", "invite-token-123"), ("name", "Nia"), ("password", "first password"), ("confirm", "first password")])
            #expect(made.status == .seeOther)
            #expect(try await b.get("/").status == .ok)
            #expect(try await Browser(client).get("/signup?invite=invite-token-123").status == .notFound, "an invitation works once")

            let nia = try #require(try await f.accounts.account(email: "new@example.org"))
            try await f.accounts.createResetToken(accountID: nia.id, token: "reset-token-456", expiresAt: f.clock() + 1_000_000, at: f.clock())
            let other = Browser(client)
            #expect(try await other.get("/reset/reset-token-456").status == .ok)
            #expect(try await other.post("/reset/reset-token-456", [("password", "second password"), ("confirm", "second password")]).status == .seeOther)
            #expect(try await other.get("/reset/reset-token-456").status == .notFound, "a reset link works once")
            // The reset happened after b's session was issued: b is signed out.
            #expect(try await b.get("/").status == .seeOther)
            #expect(try await b.signIn("new@example.org", "first password").status == .unauthorized)
            #expect(try await b.signIn("new@example.org", "second password").status == .seeOther)

            _ = try await Self.populateAs(b, marker: "NiaRun")
            let zip = try await b.get("/account/export")
            #expect(zip.status == .ok)
            #expect(zip.headers[.contentType] == "application/zip")
            #expect(Array(zip.body.readableBytesView.prefix(2)) == [0x50, 0x4B], "a zip file")
            #expect(String(decoding: zip.body.readableBytesView, as: UTF8.self).contains("manifest.json"))

            _ = try await b.get("/account")
            #expect(try await b.post("/account/delete", [("password", "wrong one")]).status == .forbidden)
            let deleted = try await b.post("/account/delete", [("password", "second password")])
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/signin?deleted=1")
            #expect(try await f.accounts.account(email: "new@example.org") == nil)
            #expect(try await b.get("/").status == .seeOther)
            #expect(try await b.signIn("new@example.org", "second password").status == .unauthorized)
        }
        try await f.tearDown()
    }

    @Test("an admin invites and issues reset links from the Account page; nobody else can")
    func adminPage() async throws {
        let f = try await ServerModeFixture.make()
        try await f.account("admin@example.org", "Ada Admin", .admin)
        let runner = try await f.account("runner@example.org", "Runner", .runner)
        try await f.app().test(.router) { client in
            let admin = Browser(client)
            #expect(try await admin.signIn("admin@example.org", "correct horse").headers[.location] == "/account")
            #expect(try await admin.get("/").status == .forbidden, "an admin has no runner data")
            _ = try await admin.get("/account")
            let page = try await admin.post("/account/invite", [("email", "Pat@Physio.example"), ("role", "clinician")])
            let link = try #require(page.text.range(of: #"/signup\?invite=[A-Za-z0-9_-]+"#, options: .regularExpression).map { String(page.text[$0]) })
            #expect(page.text.contains("pat@physio.example as clinician"))
            let pat = Browser(client)
            #expect(try await pat.get(link).status == .ok)
            let made = try await pat.post(
                "/signup", [("invite", String(link.split(separator: "=")[1])), ("name", "Pat"), ("password", "physio password"), ("confirm", "physio password")])
            #expect(made.status == .seeOther && made.headers[.location] == "/clinic")
            #expect(try await f.accounts.account(email: "pat@physio.example")?.role == .clinician)
            #expect(try await admin.post("/account/invite", [("email", "not an address"), ("role", "runner")]).status == .badRequest)
            #expect(try await admin.post("/account/invite", [("email", "x@example.org"), ("role", "superuser")]).status == .badRequest)
            let reset = try await admin.post("/account/reset-link/\(runner.id)", [])
            let resetPath = try #require(reset.text.range(of: #"/reset/[A-Za-z0-9_-]+"#, options: .regularExpression).map { String(reset.text[$0]) })
            #expect(try await Browser(client).get(resetPath).text.contains("runner@example.org"))
            #expect(try await admin.post("/account/reset-link/999999", []).status == .notFound)
            // A runner cannot do either.
            let r = Browser(client)
            _ = try await r.signIn("runner@example.org", "correct horse")
            _ = try await r.get("/account")
            #expect(try await r.post("/account/invite", [("email", "friend@example.org"), ("role", "admin")]).status == .forbidden)
            #expect(try await r.post("/account/reset-link/\(runner.id)", []).status == .forbidden)
        }
        try await f.tearDown()
    }

    static func populateAs(_ b: Browser, marker: String) async throws {
        _ = try await b.get("/")
        let imported = try await b.send(
            .post, "/api/v1/imports?name=\(marker).gpx", headers: [Browser.csrfHeader: b.csrf ?? ""],
            body: ByteBuffer(string: gpx(name: marker, day: 21)))
        #expect(imported.status == .created, "\(imported.text)")
    }
}
