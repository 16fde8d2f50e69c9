import Foundation

/// A parsed `postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=…]` URL: everything lumbar needs
/// to reach a PostgreSQL server, checked field by field so a typo is named before any network I/O.
///
/// Query parameters (libpq's names where libpq has one, so a URL copied from `psql` works):
/// - `sslmode`: `disable` (the default: no TLS, as the issue asks for a URL without TLS settings),
///   `prefer` (TLS when the server offers it), `require` (TLS, certificate not checked, as libpq),
///   `verify-ca` (certificate checked, host name not), `verify-full` (both).
/// - `sslrootcert`: a PEM file of trusted roots for the `verify-*` modes (default: the system's).
/// - `connect_timeout`: seconds to wait for the server (default 10).
/// - `schema`: keep lumbar's tables in this schema instead of the default one (created when
///   missing); tests use it to give every test a database of its own.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    /// How the connection is encrypted.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        case disable, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var tls: TLSMode
    public var rootCertificatePath: String?
    public var connectTimeoutSeconds: Int
    public var schema: String?

    /// Whether `text` is a PostgreSQL URL rather than a file path.
    public static func isPostgresURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Parses `text`; the error names the field that is wrong and shows the expected form.
    public init(_ text: String) throws(PostgresStoreError) {
        let shown = Self.redact(text)
        func bad(_ field: String, _ reason: String) -> PostgresStoreError {
            .badURL(url: shown, field: field, reason: reason)
        }
        guard Self.isPostgresURL(text) else { throw bad("scheme", "it must start with postgres:// or postgresql://") }
        // The port first: URLComponents gives up on the whole URL when it is not a number.
        let afterScheme = text[text.range(of: "://")!.upperBound...]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" }
        let hostPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        if let colon = hostPort.lastIndex(of: ":"), !hostPort.hasSuffix("]"), hostPort.filter({ $0 == ":" }).count == 1
            || hostPort.hasPrefix("[") {
            let port = hostPort[hostPort.index(after: colon)...]
            guard !port.isEmpty, port.allSatisfy(\.isASCII), let number = Int(port) else {
                throw bad("port", "\"\(port)\" is not a number")
            }
            guard (1...65_535).contains(number) else { throw bad("port", "\(number) is not between 1 and 65535") }
        }
        guard let components = URLComponents(string: text) else {
            throw bad("URL", "it is not a valid URL (percent-encode special characters in the user name and password)")
        }
        guard let user = components.percentEncodedUser.flatMap({ $0.removingPercentEncoding }), !user.isEmpty else {
            throw bad("user", "no user name: write postgres://USER@HOST:PORT/DB")
        }
        guard let host = components.host, !host.isEmpty else {
            throw bad("host", "no host: write postgres://USER@HOST:PORT/DB")
        }
        self.user = user
        self.password = components.percentEncodedPassword?.removingPercentEncoding
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if let port = components.port {
            guard (1...65_535).contains(port) else { throw bad("port", "\(port) is not between 1 and 65535") }
            self.port = port
        } else {
            self.port = 5432
        }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.contains("/") else { throw bad("database", "\"\(path)\" is not a database name (one path segment)") }
        self.database = path.isEmpty ? user : path
        self.tls = .disable
        self.rootCertificatePath = nil
        self.connectTimeoutSeconds = 10
        self.schema = nil
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw bad("sslmode", "\"\(value)\" is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                tls = mode
            case "sslrootcert":
                guard !value.isEmpty else { throw bad("sslrootcert", "no file given") }
                rootCertificatePath = value
            case "connect_timeout":
                guard let seconds = Int(value), (1...600).contains(seconds) else {
                    throw bad("connect_timeout", "\"\(value)\" is not a number of seconds between 1 and 600")
                }
                connectTimeoutSeconds = seconds
            case "schema":
                guard Self.isPlainSchemaName(value) else {
                    throw bad("schema", "\"\(value)\" is not a plain lower-case schema name (letters, digits, _)")
                }
                schema = value
            default:
                throw bad(item.name, "unknown parameter (known: sslmode, sslrootcert, connect_timeout, schema)")
            }
        }
        if rootCertificatePath != nil, tls != .verifyCA, tls != .verifyFull {
            throw bad("sslrootcert", "only used with sslmode=verify-ca or verify-full")
        }
    }

    /// Whether `name` is a plain lower-case identifier (letters, digits, `_`, at most 63 bytes),
    /// safe to put in SQL unquoted.
    public static func isPlainSchemaName(_ name: String) -> Bool {
        name.range(of: #"^[a-z_][a-z0-9_]{0,62}$"#, options: .regularExpression) != nil
    }

    /// The same URL with another schema.
    public func with(schema: String?) -> PostgresURL {
        var copy = self
        copy.schema = schema
        return copy
    }

    /// `host:port`, as error messages show it.
    public var endpoint: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// The URL without its password (safe to print).
    public var description: String {
        var query: [String] = []
        if tls != .disable { query.append("sslmode=\(tls.rawValue)") }
        if let schema { query.append("schema=\(schema)") }
        return "postgres://\(user)@\(endpoint)/\(database)" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    /// `text` with any password replaced by `***`.
    public static func redact(_ text: String) -> String {
        text.replacingOccurrences(of: #"(://[^:/@]*:)[^@/]*@"#, with: "$1***@", options: .regularExpression)
    }
}
