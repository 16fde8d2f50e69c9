import Foundation

/// What a server-mode page shows around its content: who is signed in, the sign-out button, the
/// banner while a clinician reads a runner's data, and the CSRF token in every form.
///
/// Set for the duration of one request by `SignedInMiddleware` (a task-local, so the page
/// renderers, which know nothing of sessions, stay as they are in local mode).
struct PageChrome: Sendable {
    @TaskLocal static var current: PageChrome?

    var accountName: String
    var role: String
    var csrfToken: String
    /// The runner a clinician is reading, by name.
    var viewingName: String?
    /// Whether the dashboard's navigation applies (not for an admin, nor a clinician who has
    /// not chosen a runner).
    var showsDashboard: Bool
    var isClinician: Bool

    var hiddenField: String { "<input type=\"hidden\" name=\"_csrf\" value=\"\(e(csrfToken))\">" }

    /// The links to the account pages and the sign-out button.
    var accountBar: String {
        var h = "<div class=\"account\"><span class=\"muted\">\(e(accountName)) (\(e(role)))</span> "
        if isClinician { h += "<a href=\"/clinic\">My runners</a> " }
        h += "<a href=\"/account\">Account</a> "
        h += "<form class=\"inline\" method=\"post\" action=\"/signout\">\(hiddenField)<button type=\"submit\">Sign out</button></form></div>"
        return h
    }

    /// The notice that this is someone else's data, read with their consent and audited.
    var banner: String {
        guard let viewingName else { return "" }
        return "<div class=\"box viewing\" role=\"note\">You are reading <strong>\(e(viewingName))</strong>'s data, shared with you. "
            + "Every page you open is written to their audit log; nothing can be changed from here. "
            + "<form class=\"inline\" method=\"post\" action=\"/clinic/stop\">\(hiddenField)<button type=\"submit\">Back to my runners</button></form></div>\n"
    }

    /// Puts the CSRF token into every POST form of `body`: a hidden field, and for multipart
    /// forms (whose body is streamed to disk before any field could be read) also the query.
    func protectForms(_ body: String) -> String {
        var out = ""
        var rest = Substring(body)
        while let start = rest.range(of: "<form ") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.lowerBound...].firstIndex(of: ">") else { out += rest[start.lowerBound...]; return out }
            var tag = String(rest[start.lowerBound...end])
            let isPost = tag.lowercased().contains("method=\"post\"")
            if isPost, tag.contains("multipart/form-data"), let action = tag.range(of: #"action="[^"]*""#, options: .regularExpression) {
                let url = String(tag[action].dropFirst("action=\"".count).dropLast())
                let separator = url.contains("?") ? "&" : "?"
                let joined = "\(url)\(separator)_csrf=\(csrfToken)"
                tag.replaceSubrange(action, with: "action=\"\(joined)\"")
            }
            out += tag
            if isPost, !rest[end...].prefix(400).contains("name=\"_csrf\"") { out += hiddenField }
            rest = rest[rest.index(after: end)...]
        }
        out += rest
        return out
    }
}
