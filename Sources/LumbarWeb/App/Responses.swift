import Hummingbird
import LumbarReport

/// Builds responses with the right content type and no caching of private data.
enum Responses {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        make(text, type: "text/html; charset=utf-8", status: status)
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        make(text, type: "application/json", status: status)
    }

    static func make(_ text: String, type: String, status: HTTPResponse.Status = .ok, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; form-action 'self'; frame-ancestors 'none'"
        for field in extra { headers[field.name] = field.value }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A redirect after a successful form POST (so reloading does not post again).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// HTML escaping, everywhere text meets markup.
func e(_ text: String) -> String { HTMLEscape.escape(text) }
