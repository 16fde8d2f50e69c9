import Foundation
import LumbarCore
import LumbarReport
import LumbarStore

/// The pages only server mode has: sign-in, sign-up, password reset, the account (sharing,
/// audit log, export, deletion) and a clinician's list of runners.
enum ServerPages {
    static func csrf(_ token: String) -> String { "<input type=\"hidden\" name=\"_csrf\" value=\"\(e(token))\">" }

    static func signIn(formToken: String, next: String, email: String = "", notice: String? = nil, error: String? = nil) -> String {
        var h = "<h1>Sign in</h1>" + Layout.notice(notice) + Layout.notice(error, error: true)
        h += "<form method=\"post\" action=\"/signin\">\(csrf(formToken))<input type=\"hidden\" name=\"next\" value=\"\(e(next))\">"
        h += "<div class=\"q\"><label for=\"email\">E-mail</label><input type=\"email\" id=\"email\" name=\"email\" value=\"\(e(email))\" autocomplete=\"username\" required></div>"
        h += "<div class=\"q\"><label for=\"password\">Password</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required></div>"
        h += "<button type=\"submit\">Sign in</button></form>"
        h += "<p class=\"muted\">Forgotten your password? Ask the admin of this lumbar for a reset link.</p>"
        return Layout.page(title: "Sign in", current: nil, body: h, bare: true)
    }

    /// Sign-up: from an invitation (e-mail fixed) or, when open, as a new runner.
    static func signUp(formToken: String, invitation: Invitation?, token: String?, name: String = "", email: String = "", error: String? = nil) -> String {
        var h = "<h1>Create your account</h1>" + Layout.notice(error, error: true)
        h += "<form method=\"post\" action=\"/signup\">\(csrf(formToken))"
        if let token { h += "<input type=\"hidden\" name=\"invite\" value=\"\(e(token))\">" }
        if let invitation {
            h += "<p>For <strong>\(e(invitation.email))</strong>, as a \(e(invitation.role.rawValue)).</p>"
        } else {
            h += "<div class=\"q\"><label for=\"email\">E-mail</label><input type=\"email\" id=\"email\" name=\"email\" value=\"\(e(email))\" autocomplete=\"username\" required></div>"
        }
        h += "<div class=\"q\"><label for=\"name\">Your name</label><input id=\"name\" name=\"name\" value=\"\(e(name))\" maxlength=\"80\" required></div>"
        h += passwordFields
        h += "<button type=\"submit\">Create account</button></form>"
        return Layout.page(title: "Create your account", current: nil, body: h, bare: true)
    }

    static let passwordFields =
        "<div class=\"q\"><label for=\"password\">Password (at least 10 characters)</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"new-password\" minlength=\"10\" required></div>"
        + "<div class=\"q\"><label for=\"confirm\">Password again</label><input type=\"password\" id=\"confirm\" name=\"confirm\" autocomplete=\"new-password\" required></div>"

    static func reset(formToken: String, token: String, account: Account, error: String? = nil) -> String {
        var h = "<h1>Choose a new password</h1>" + Layout.notice(error, error: true)
        h += "<p>For <strong>\(e(account.email))</strong>. Every other signed-in browser will be signed out.</p>"
        h += "<form method=\"post\" action=\"/reset/\(e(token))\">\(csrf(formToken))" + passwordFields
        h += "<button type=\"submit\">Set password</button></form>"
        return Layout.page(title: "Reset password", current: nil, body: h, bare: true)
    }

    static func message(title: String, text: String, link: (String, String)? = ("/signin", "Sign in")) -> String {
        var h = "<h1>\(e(title))</h1><p>\(e(text))</p>"
        if let link { h += "<p><a href=\"\(e(link.0))\">\(e(link.1))</a></p>" }
        return Layout.page(title: title, current: nil, body: h, bare: true)
    }

    /// `2026-12-05 08:08 UTC`, from the project's fixed-layout RFC 3339 writer (a DateFormatter
    /// made per row cost tens of microseconds each on an audit log of 500 lines).
    static func date(_ utc: Double) -> String {
        let stamp = RFC3339.format(utc.rounded(.down))
        return stamp.prefix(10) + " " + stamp.dropFirst(11).prefix(5) + " UTC"
    }

    /// The account page: for a runner, sharing and the audit log; for everyone, export and deletion.
    static func account(
        _ account: Account, grants: [AccessGrant], audit: [AuditEntry], accounts: [Account]?, notice: String? = nil, error: String? = nil,
        link: (text: String, url: String)? = nil
    ) -> String {
        var h = "<h1>Your account</h1>" + Layout.notice(notice) + Layout.notice(error, error: true)
        if let link {
            h += "<div class=\"box ok\" role=\"status\">\(e(link.text))<br><code id=\"new-link\">\(e(link.url))</code></div>"
        }
        h += "<p>\(e(account.name)), \(e(account.email)), \(e(account.role.rawValue)) since \(e(date(account.createdAt))).</p>"
        if account.role == .runner {
            h += "<section aria-labelledby=\"sharing\"><h2 id=\"sharing\">Who can read your data</h2>"
            if grants.isEmpty {
                h += "<p>Nobody: your runs, answers and diary are yours alone.</p>"
            } else {
                h += "<table><thead><tr><th scope=\"col\">Clinician</th><th scope=\"col\">Since</th><th scope=\"col\"></th></tr></thead><tbody>"
                for g in grants {
                    h += "<tr><td>\(e(g.clinician.name)) (\(e(g.clinician.email)))</td><td>\(e(date(g.grantedAt)))</td>"
                    h += "<td><form method=\"post\" action=\"/account/grants/\(g.clinician.id)/revoke\"><button type=\"submit\">Stop sharing</button></form></td></tr>"
                }
                h += "</tbody></table>"
            }
            h += "<form method=\"post\" action=\"/account/grants\"><div class=\"q\"><label for=\"clinician\">Share with a physiotherapist or coach (their lumbar e-mail)</label>"
            h += "<input type=\"email\" id=\"clinician\" name=\"email\" required></div><button type=\"submit\">Share my data</button></form>"
            h += "<p class=\"muted\">They can read everything you see here, never change it, and you can stop sharing at any time. Every page they open is listed below.</p></section>"
            h += "<section aria-labelledby=\"audit\"><h2 id=\"audit\">Audit log</h2>"
            if audit.isEmpty {
                h += "<p>No one has read your data.</p>"
            } else {
                h += "<div class=\"scroll\"><table id=\"audit-log\"><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Who</th><th scope=\"col\">What</th></tr></thead><tbody>"
                for a in audit {
                    let what = a.action == .viewed ? "viewed \(a.path)" : a.action.rawValue + " access"
                    h += "<tr><td>\(e(date(a.at)))</td><td>\(e(a.clinicianName)) (\(e(a.clinicianEmail)))</td><td>\(e(what))</td></tr>"
                }
                h += "</tbody></table></div>"
            }
            h += "</section>"
            h += "<section aria-labelledby=\"export\"><h2 id=\"export\">Your data</h2><p><a href=\"/account/export\" download>Download everything</a> (a zip of JSON and CSV: every run with its samples, your answers, core tests, pain diary and the latest result).</p></section>"
        }
        if let accounts {
            h += "<section aria-labelledby=\"people\"><h2 id=\"people\">Accounts</h2><table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">E-mail</th><th scope=\"col\">Role</th></tr></thead><tbody>"
            for a in accounts {
                h += "<tr><td>\(e(a.name))</td><td>\(e(a.email))</td><td>\(e(a.role.rawValue))</td>"
                h += "<td><form method=\"post\" action=\"/account/reset-link/\(a.id)\"><button type=\"submit\" class=\"secondary\">Password-reset link</button></form></td></tr>"
            }
            h += "</tbody></table>"
            h += "<form method=\"post\" action=\"/account/invite\"><div class=\"q\"><label for=\"invite-email\">Invite (e-mail)</label><input type=\"email\" id=\"invite-email\" name=\"email\" required></div>"
            h += "<div class=\"q\"><label for=\"invite-role\">As</label><select id=\"invite-role\" name=\"role\"><option value=\"runner\">runner</option><option value=\"clinician\">clinician</option><option value=\"admin\">admin</option></select></div>"
            h += "<button type=\"submit\">Make an invitation link</button></form>"
            h += "<p class=\"muted\">Links work once: invitations for 7 days, reset links for 24 hours. Send them yourself. From a shell: <code>lumbar admin invite EMAIL</code>, <code>lumbar admin reset-link EMAIL</code>.</p></section>"
        }
        h += "<section aria-labelledby=\"delete\"><h2 id=\"delete\">Delete your account</h2>"
        h += "<p>This deletes your account and everything stored with it, at once and for good. Download your data first if you want to keep it.</p>"
        h += "<form method=\"post\" action=\"/account/delete\"><div class=\"q\"><label for=\"confirm-password\">Your password</label><input type=\"password\" id=\"confirm-password\" name=\"password\" autocomplete=\"current-password\" required></div>"
        h += "<button type=\"submit\" class=\"danger\">Delete my account and all my data</button></form></section>"
        return Layout.page(title: "Account", current: nil, body: h)
    }

    /// One runner on a clinician's list.
    struct RunnerRow: Sendable {
        var runner: Account
        var result: AnalysisResult?
        var failure: String?
    }

    /// A clinician's runners, red flags first (most urgent first), then by name.
    static func clinic(_ rows: [RunnerRow], notice: String? = nil) -> String {
        var h = "<h1>My runners</h1>" + Layout.notice(notice)
        if rows.isEmpty {
            h += "<p>No runner shares their data with you yet. A runner shares from their Account page, with the e-mail you sign in with.</p>"
            return Layout.page(title: "My runners", current: nil, body: h)
        }
        h += "<div class=\"scroll\"><table id=\"runners\"><thead><tr><th scope=\"col\">Runner</th><th scope=\"col\">Red flags</th><th scope=\"col\">Leading cause</th><th scope=\"col\">As of</th><th scope=\"col\"></th></tr></thead><tbody>"
        for row in ordered(rows) {
            h += "<tr><th scope=\"row\">\(e(row.runner.name))<br><span class=\"small\">\(e(row.runner.email))</span></th>"
            if let r = row.result {
                if r.redFlags.isEmpty {
                    h += "<td>none</td>"
                } else {
                    h += "<td class=\"flag\(r.urgency >= .urgent ? "" : " soon")\"><strong>\(e(r.urgency.rawValue))</strong>: \(e(r.redFlags.map(\.id).joined(separator: ", ")))</td>"
                }
                if let top = r.causes.first, r.thinEvidenceReason == nil {
                    h += "<td>\(e(top.cause.title)) (\(e(NumberText.percent(top.probability))))</td>"
                } else {
                    h += "<td class=\"muted\">not enough data yet</td>"
                }
                h += "<td>\(e(NumberText.date(r.asOf)))</td>"
            } else {
                h += "<td colspan=\"3\" class=\"error\">\(e(row.failure ?? "no result"))</td>"
            }
            h += "<td><form method=\"post\" action=\"/clinic/view/\(row.runner.id)\"><button type=\"submit\">Open</button></form></td></tr>"
        }
        h += "</tbody></table></div><p class=\"muted\">Each runner sees in their audit log when you open their data, this list included.</p>"
        return Layout.page(title: "My runners", current: nil, body: h)
    }

    static func ordered(_ rows: [RunnerRow]) -> [RunnerRow] {
        rows.sorted { a, b in
            let ua = a.result.map { $0.redFlags.isEmpty ? -1 : urgencyRank($0.urgency) } ?? -2
            let ub = b.result.map { $0.redFlags.isEmpty ? -1 : urgencyRank($0.urgency) } ?? -2
            if ua != ub { return ua > ub }
            return (a.runner.name.lowercased(), a.runner.id) < (b.runner.name.lowercased(), b.runner.id)
        }
    }

    static func urgencyRank(_ u: Urgency) -> Int { Urgency.allCases.firstIndex(of: u) ?? 0 }
}
