import Foundation
import Hummingbird
import LumbarCore

/// Every way a request to the dashboard can be refused, with a message a person can act on.
/// Turned into a response at the edge only: JSON (`{"error": ...}`) under `/api`, an HTML page
/// elsewhere. Nothing stored is changed by a refused request.
public enum WebError: Error, Sendable, Equatable {
    /// A value of the wrong type or out of range; `field` names the form field or JSON path.
    case badField(field: String, reason: String)
    /// The body is not what this route reads (not JSON, not a form, empty).
    case badBody(String)
    /// No such activity (or other record).
    case notFound(String)
    /// The upload is larger than the configured limit.
    case tooLarge(limitBytes: Int64)
    /// The store failed; what was stored before is untouched.
    case storeFailed(String)
    /// Server mode: nobody is signed in (pages redirect to the sign-in page; the API answers 401).
    case signInRequired
    /// Server mode: signed in, but this is not yours to read or change.
    case forbidden(String)
    /// A form or state-changing API call without the session's CSRF token.
    case csrfRejected
    /// Too many failed sign-ins; try again after `retryAfterSeconds`.
    case tooManyAttempts(retryAfterSeconds: Int)

    /// The HTTP status.
    public var status: HTTPResponse.Status {
        switch self {
        case .badField, .badBody: .badRequest
        case .notFound: .notFound
        case .tooLarge: .contentTooLarge
        case .storeFailed: .internalServerError
        case .signInRequired: .unauthorized
        case .forbidden, .csrfRejected: .forbidden
        case .tooManyAttempts: .tooManyRequests
        }
    }

    /// The message shown to the person.
    public var message: String {
        switch self {
        case .badField(let field, let reason): "\(field): \(reason)"
        case .badBody(let reason): reason
        case .notFound(let what): "\(what) was not found. Go back to the list and pick another."
        case .tooLarge(let limit):
            "The upload is larger than the limit of \(WebError.size(limit)). Import it with `lumbar import PATH` or start `lumbar serve --upload-limit-gb N` with a larger limit."
        case .storeFailed(let reason): "The database could not be updated (\(reason)). Nothing stored before was changed."
        case .signInRequired: "Sign in first."
        case .forbidden(let what): what
        case .csrfRejected:
            "The form was refused because it did not come from this dashboard (its security token is missing or stale). Reload the page and send it again."
        case .tooManyAttempts(let seconds):
            "Too many failed sign-ins. Wait \((seconds + 59) / 60) minutes and try again, or ask the admin for a password-reset link."
        }
    }

    static func size(_ bytes: Int64) -> String {
        bytes >= 1 << 30 ? "\(bytes >> 30) GiB" : bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}

extension WebError: HTTPResponseError {
    /// JSON under `/api`, an HTML page elsewhere.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        if self == .signInRequired, !request.uri.path.hasPrefix("/api/") {
            let next = request.method == .get ? request.uri.path : "/"
            return Responses.seeOther("/signin?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
        }
        if request.uri.path.hasPrefix("/api/") {
            var w = JSONWriter()
            w.beginObject()
            w.field("error", message)
            w.field("status", Int(status.code))
            w.endObject()
            var response = Responses.json(w.string, status: status)
            retryAfter(&response)
            return response
        }
        let body = "<h1>\(e(status.reasonPhrase))</h1><p class=\"error\" role=\"alert\">\(e(message))</p><p><a href=\"/\">Back to the start</a></p>"
        var response = Responses.html(Layout.page(title: status.reasonPhrase, current: nil, body: body), status: status)
        retryAfter(&response)
        return response
    }

    private func retryAfter(_ response: inout Response) {
        if case .tooManyAttempts(let seconds) = self { response.headers[.retryAfter] = String(seconds) }
    }
}
