import Foundation
import Hummingbird
import HummingbirdTesting
import LumbarCore
import LumbarStore
import LumbarStorePostgres
import Synchronization
import Testing
@testable import LumbarWeb

/// One browser against a test app: keeps its cookies and the CSRF token of the last page.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    private(set) var csrf: String?

    init(_ client: any TestClientProtocol) { self.client = client }

    static let csrfHeader = HTTPFields([.init(name: .init("X-CSRF-Token")!, value: "")]).first!.name
    static let forwardedFor = HTTPFields([.init(name: .init("X-Forwarded-For")!, value: "")]).first!.name
    static let forwardedProto = HTTPFields([.init(name: .init("X-Forwarded-Proto")!, value: "")]).first!.name

    /// Sends a request with this browser's cookies, remembering what it sets.
    @discardableResult
    func send(_ method: HTTPRequest.Method, _ uri: String, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> TestResponse {
        var headers = headers
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        let response = try await client.executeRequest(uri: uri, method: method, headers: headers, body: body)
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = String(pair[0]), value = String(pair[1])
            if line.contains("Max-Age=0") || line.contains("Expires=Thu, 01 Jan 1970") || value.isEmpty {
                cookies[name] = nil
            } else {
                cookies[name] = value
            }
        }
        if let token = Self.csrf(in: String(buffer: response.body)) { csrf = token }
        return response
    }

    func get(_ uri: String) async throws -> TestResponse { try await send(.get, uri) }

    /// Posts a form with the page's CSRF token (unless `token` says otherwise; "" sends none).
    func post(_ uri: String, _ pairs: [(String, String)], token: String? = nil) async throws -> TestResponse {
        var fields = pairs
        let t = token ?? csrf ?? ""
        if !t.isEmpty { fields.append(("_csrf", t)) }
        return try await send(.post, uri, headers: WebFixtures.formHeaders, body: WebFixtures.form(fields))
    }

    /// Posts JSON to the API with the session's token in `X-CSRF-Token`.
    func postJSON(_ uri: String, _ json: String, token: Bool = true) async throws -> TestResponse {
        var headers = WebFixtures.jsonHeaders
        if token, let csrf { headers[Self.csrfHeader] = csrf }
        return try await send(.post, uri, headers: headers, body: ByteBuffer(string: json))
    }

    func signIn(_ email: String, _ password: String) async throws -> TestResponse {
        _ = try await get("/signin")
        return try await post("/signin", [("email", email), ("password", password), ("next", "/")])
    }

    static func csrf(in html: String) -> String? {
        guard let r = html.range(of: #"name="_csrf" value="[^"]+""#, options: .regularExpression) else { return nil }
        return String(html[r].dropFirst(#"name="_csrf" value=""#.count).dropLast())
    }
}

/// A server-mode database of this test's own (dropped with its runner schemas afterwards).
struct ServerModeFixture {
    let url: String
    let accounts: PostgresAccounts
    var clock: @Sendable () -> Double = { 1_780_000_000 }

    static func make() async throws -> ServerModeFixture {
        let base = ProcessInfo.processInfo.environment["LUMBAR_TEST_DATABASE_URL"]!
        let schema = "lumbar_srv_" + String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20))
        let url = base + (base.contains("?") ? "&" : "?") + "schema=" + schema
        return ServerModeFixture(url: url, accounts: try await PostgresAccounts.open(url: url, machineTimeZone: .gmt, maximumConnections: 4))
    }

    /// Another instance over the same database (its own pool).
    func secondInstance() async throws -> PostgresAccounts {
        try await PostgresAccounts.open(url: url, machineTimeZone: .gmt, maximumConnections: 4)
    }

    func server(
        _ accounts: (any AccountDirectory)? = nil, perAccount: Int = 5, perAddress: Int = 20, trustProxy: Bool = false
    ) -> ServerConfiguration {
        ServerConfiguration(
            accounts: accounts ?? self.accounts, trustProxy: trustProxy, bcryptCost: 4, failuresPerAccount: perAccount,
            failuresPerAddress: perAddress)
    }

    /// The app; its clock moves one second a call, so "before" and "after" a reset are distinct.
    func app(_ server: ServerConfiguration? = nil) -> some ApplicationProtocol {
        var configuration = WebFixtures.configuration()
        let ticks = Mutex<Double>(1_780_000_000)
        configuration.now = { ticks.withLock { $0 += 1; return $0 } }
        return buildServerApplication(configuration: configuration, server: server ?? self.server())
    }

    @discardableResult
    func account(_ email: String, _ name: String, _ role: Role, password: String = "correct horse") async throws -> Account {
        try await accounts.createAccount(
            email: email, name: name, role: role, passwordHash: try await Passwords.hash(password, cost: 4), at: clock())
    }

    func tearDown() async throws {
        await accounts.close()
        try await PostgresAdmin.dropSchema(try PostgresURL(url))
    }

    static var enabled: Bool { ProcessInfo.processInfo.environment["LUMBAR_TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false }
}
