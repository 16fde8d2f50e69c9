import Foundation
import Hummingbird
import LumbarAnalysis
import LumbarCore
import LumbarReport
import LumbarStore
import ZIPFoundation

/// The signed-in account's own pages: sharing and its audit log, export, deletion, sign-out,
/// and a clinician's list of runners. Every route here is behind `SignedInMiddleware`.
struct AccountRoutes: Sendable {
    var server: ServerConfiguration
    var dashboards: DashboardDirectory
    var configuration: WebConfiguration

    var now: @Sendable () -> Double { configuration.now }

    static func access(_ context: LumbarRequestContext) throws -> Access {
        guard let access = context.access else { throw WebError.signInRequired }
        return access
    }

    static func runner(_ context: LumbarRequestContext) throws -> Account {
        let access = try access(context)
        guard access.account.role == .runner else { throw WebError.forbidden("Only a runner has data to share, export or read an audit log of.") }
        return access.account
    }

    static func admin(_ context: LumbarRequestContext) throws -> Account {
        let account = try access(context).account
        guard account.role == .admin else { throw WebError.forbidden("Only an admin invites people and issues reset links.") }
        return account
    }

    /// `scheme://host` the browser used (for links an admin copies), from `Host` and a proxy's `X-Forwarded-Proto`.
    static func origin(_ request: Request) -> String {
        let https = request.headers[.init("X-Forwarded-Proto")!]?.lowercased() == "https"
        let host = request.head.authority ?? "127.0.0.1"
        let safe = host.allSatisfy { $0.isLetter || $0.isNumber || ".-:[]".contains($0) } ? host : "127.0.0.1"
        return (https ? "https://" : "http://") + safe
    }

    func add(to group: RouterGroup<LumbarRequestContext>) {
        group.post("/signout") { _, context in
            context.sessions.clearSession()
            return Responses.seeOther("/signin")
        }
        group.get("/account") { request, context in
            let q = request.uri.queryParameters
            return Responses.html(try await accountPage(
                try Self.access(context).account, notice: q.get("shared") != nil ? "Shared." : q.get("stopped") != nil ? "Sharing stopped." : nil))
        }
        group.get("/account/session.json") { _, context in
            let access = try Self.access(context)
            var w = JSONWriter()
            w.beginObject()
            w.field("accountId", Int(access.account.id))
            w.field("email", access.account.email)
            w.field("role", access.account.role.rawValue)
            w.field("csrfToken", access.session.csrfToken)
            w.endObject()
            return Responses.json(w.string)
        }
        group.post("/account/grants") { request, context in
            let runner = try Self.runner(context)
            let form = try await FormRoutes.form(request)
            do {
                _ = try await server.accounts.grant(runnerID: runner.id, clinicianEmail: form.first("email") ?? "", at: now())
                return Responses.seeOther("/account?shared=1")
            } catch let error as AccountError {
                return Responses.html(try await accountPage(runner, error: error.description), status: .badRequest)
            }
        }
        group.post("/account/grants/:clinician/revoke") { _, context in
            let runner = try Self.runner(context)
            guard let clinician = Int64(try context.parameters.require("clinician")) else { throw WebError.notFound("That clinician") }
            guard try await server.accounts.revoke(runnerID: runner.id, clinicianID: clinician, at: now()) else {
                throw WebError.notFound("A grant to that clinician")
            }
            return Responses.seeOther("/account?stopped=1")
        }
        group.post("/account/invite") { request, context in
            let admin = try Self.admin(context)
            let form = try await FormRoutes.form(request)
            guard let role = Role(rawValue: form.first("role") ?? "runner") else {
                throw WebError.badField(field: "role", reason: "runner, clinician or admin")
            }
            let path: String
            do {
                path = try await AccountLinks.invite(server.accounts, email: form.first("email") ?? "", role: role, at: now())
            } catch let error as AccountError {
                return Responses.html(try await accountPage(admin, error: error.description), status: .badRequest)
            }
            let email = (try? AccountRules.normalisedEmail(form.first("email") ?? "")) ?? ""
            return Responses.html(try await accountPage(
                admin, link: ("Invitation for \(email) as \(role.rawValue), valid \(AccountLinks.invitationDays) days:", Self.origin(request) + path)))
        }
        group.post("/account/reset-link/:id") { request, context in
            let admin = try Self.admin(context)
            guard let id = Int64(try context.parameters.require("id")), let account = try await server.accounts.account(id: id) else {
                throw WebError.notFound("That account")
            }
            let path = try await AccountLinks.reset(server.accounts, accountID: account.id, at: now())
            return Responses.html(try await accountPage(
                admin, link: ("Password-reset link for \(account.email), valid \(AccountLinks.resetHours) hours:", Self.origin(request) + path)))
        }
        group.get("/account/export") { _, context in try await export(try Self.runner(context)) }
        group.post("/account/delete") { request, context in
            let account = try Self.access(context).account
            let form = try await FormRoutes.form(request)
            let hash = try await server.accounts.passwordHash(of: account.id)
            guard try await Passwords.matches(form.first("password") ?? "", hash: hash) else {
                return Responses.html(try await accountPage(account, error: "Wrong password: nothing was deleted."), status: .forbidden)
            }
            try await server.accounts.deleteAccount(id: account.id)
            await dashboards.forget(account.id)
            context.sessions.clearSession()
            return Responses.seeOther("/signin?deleted=1")
        }
        ClinicRoutes(server: server, dashboards: dashboards, now: configuration.now).add(to: group)
    }

    func accountPage(
        _ account: Account, notice: String? = nil, error: String? = nil, link: (text: String, url: String)? = nil
    ) async throws -> String {
        let isRunner = account.role == .runner
        return ServerPages.account(
            account,
            grants: isRunner ? try await server.accounts.grants(runnerID: account.id) : [],
            audit: isRunner ? try await server.accounts.auditLog(runnerID: account.id, limit: 500) : [],
            accounts: account.role == .admin ? try await server.accounts.accounts() : nil, notice: notice, error: error, link: link)
    }

    /// Everything the runner has, as `lumbar export` writes it (lumbar.export/1: JSON and CSV),
    /// zipped. Built in a private temporary folder that is removed afterwards.
    func export(_ runner: Account) async throws -> Response {
        let dashboard = try await dashboards.dashboard(of: runner.id)
        let fm = FileManager.default
        let base = URL(fileURLWithPath: configuration.uploadDirectory).appendingPathComponent("lumbar-export-\(Tokens.random())")
        try fm.createDirectory(at: base, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? fm.removeItem(at: base) }
        let folder = base.appendingPathComponent("lumbar-export")
        let result = try await dashboard.analysis().result
        _ = try await StoreArchive.export(
            dashboard.store, to: folder.path, extraFiles: ["results/analysis.json": ResultJSON.encode(result, pretty: true) + "\n"])
        let zip = base.appendingPathComponent("export.zip")
        try fm.zipItem(at: folder, to: zip, shouldKeepParent: true)
        let bytes = try Data(contentsOf: zip)
        var headers: HTTPFields = [
            .contentType: "application/zip", .cacheControl: "no-store",
            .contentDisposition: "attachment; filename=\"lumbar-export-\(configuration.today()).zip\"",
        ]
        headers[.contentLength] = String(bytes.count)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// A clinician's list of runners and the choice of whose data to read.
struct ClinicRoutes: Sendable {
    var server: ServerConfiguration
    var dashboards: DashboardDirectory
    var now: @Sendable () -> Double

    static func clinician(_ context: LumbarRequestContext) throws -> Access {
        let access = try AccountRoutes.access(context)
        guard access.account.role == .clinician else { throw WebError.forbidden("Only a clinician account has runners.") }
        return access
    }

    func add(to group: RouterGroup<LumbarRequestContext>) {
        group.get("/clinic") { request, context in
            let clinician = try Self.clinician(context).account
            var rows: [ServerPages.RunnerRow] = []
            for runner in try await server.accounts.runners(clinicianID: clinician.id) {
                // Reading each runner's latest result is a view of their data: audited like any other.
                try await server.accounts.recordView(runnerID: runner.id, clinician: clinician, path: "/clinic (latest result)", at: now())
                do {
                    rows.append(.init(runner: runner, result: try await dashboards.dashboard(of: runner.id).analysis().result))
                } catch {
                    rows.append(.init(runner: runner, result: nil, failure: "\(error)"))
                }
            }
            let ended = request.uri.queryParameters.get("ended") != nil
            return Responses.html(ServerPages.clinic(rows, notice: ended ? "That runner no longer shares their data with you." : nil))
        }
        group.post("/clinic/view/:runner") { _, context in
            let access = try Self.clinician(context)
            guard let runnerID = Int64(try context.parameters.require("runner")),
                  try await server.accounts.grantedRunner(runnerID: runnerID, clinicianID: access.account.id) != nil
            else { throw WebError.forbidden("That runner has not shared their data with you.") }
            var session = access.session
            session.viewingRunnerID = runnerID
            _ = context.sessions.updateSession(session)
            return Responses.seeOther("/")
        }
        group.post("/clinic/stop") { _, context in
            var session = try Self.clinician(context).session
            session.viewingRunnerID = nil
            _ = context.sessions.updateSession(session)
            return Responses.seeOther("/clinic")
        }
    }
}
