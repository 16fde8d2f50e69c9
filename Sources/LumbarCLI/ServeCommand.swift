import ArgumentParser
import Foundation
import LumbarCore
import LumbarStorePostgres
import LumbarWeb

/// `lumbar serve [--port N] [--open]`: the local dashboard over the same store and engine.
public struct ServeCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open the local web dashboard (import, load, questionnaire, core tests, pain diary, result).",
        discussion: """
            Serves the dashboard on http://127.0.0.1:PORT. Local mode has no sign-in, so it listens \
            on this computer only unless --host says otherwise. Nothing is loaded from the network: \
            it works offline. Uploads are streamed to a temporary file (--upload-dir, default the \
            system temp folder) and may be up to --upload-limit-gb GiB (default 16). Stop with Ctrl-C.
            """
    )

    /// `--database`.
    @OptionGroup public var store: StoreOptions

    /// The TCP port.
    @Option(name: .long, help: "The port to listen on (1-65535).")
    public var port: Int = 8080

    /// The address to listen on (loopback by default).
    @Option(name: .long, help: "The address to listen on. Anything other than 127.0.0.1 or ::1 exposes your health data to the network without a sign-in.")
    public var host: String = "127.0.0.1"

    /// The upload limit in GiB.
    @Option(name: .customLong("upload-limit-gb"), help: "The largest upload accepted, in GiB (1-1024).")
    public var uploadLimitGB: Int = 16

    /// Where uploads are streamed to.
    @Option(name: .customLong("upload-dir"), help: "Where uploads are written while they are imported.")
    public var uploadDir: String?

    /// Server mode: anyone may sign up as a runner.
    @Flag(name: .customLong("open-signup"), help: "Server mode: let anyone create a runner account at /signup (default: by invitation only).")
    public var openSignUp = false

    /// Server mode: always mark the session cookie Secure.
    @Flag(name: .customLong("secure-cookies"), help: "Server mode: mark the session cookie Secure (set this when people reach lumbar over HTTPS; X-Forwarded-Proto: https does it per request).")
    public var secureCookies = false

    /// Server mode: behind a reverse proxy.
    @Flag(name: .customLong("trust-proxy"), help: "Server mode: lumbar is reached only through a reverse proxy that appends the client's address to X-Forwarded-For; limit failed sign-ins by that address.")
    public var trustProxy = false

    /// Open the browser once the server runs.
    @Flag(name: .long, help: "Open the dashboard in the default browser once it is running.")
    public var open = false

    /// Creates the command with default options (ArgumentParser fills them in).
    public init() {}

    /// Refuses bad options before anything is opened (exit code 2).
    public func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535 (got \(port)).") }
        guard (1...1024).contains(uploadLimitGB) else { throw ValidationError("--upload-limit-gb must be between 1 and 1024 (got \(uploadLimitGB)).") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty (use 127.0.0.1).") }
    }

    /// Opens the store and serves until interrupted.
    public func run() async throws {
        let location = self.store.resolvedPath(environment: ProcessInfo.processInfo.environment)
        if PostgresURL.isPostgresURL(location) { return try await serveAccounts(location) }
        if openSignUp || secureCookies || trustProxy {
            throw Terminal.usage("--open-signup, --secure-cookies and --trust-proxy are for server mode (--database postgres://...); local mode has no sign-in.")
        }
        let store = try await self.store.openForCommand()
        // A PostgreSQL store carries its own data version (DataVersionedStore), read per request;
        // a SQLite file's version is its size and modification time.
        var dataVersion: @Sendable () -> String? = { nil }
        if !PostgresURL.isPostgresURL(location) { dataVersion = WebConfiguration.fileVersion(of: location) }
        let zone = try await store.settings().timeZone.flatMap(TimeZone.init(identifier:)) ?? .current
        let configuration = webConfiguration(zone: zone, dataVersion: dataVersion)
        try await serveDashboard(store: store, configuration: configuration, onServerRunning: announce("the dashboard is at"))
    }

    /// The dashboard's settings from the options, dates in `zone`.
    func webConfiguration(zone: TimeZone, dataVersion: @escaping @Sendable () -> String? = { nil }) -> WebConfiguration {
        WebConfiguration(
            host: host, port: port, uploadLimitBytes: Int64(uploadLimitGB) << 30,
            uploadDirectory: uploadDir ?? NSTemporaryDirectory(),
            today: {
                let now = Date()
                return LocalDate(utcSeconds: now.timeIntervalSince1970, offsetSeconds: zone.secondsFromGMT(for: now))
            },
            offsetAt: { zone.secondsFromGMT(for: Date(timeIntervalSince1970: $0)) },
            dataVersion: dataVersion)
    }

    /// Says where the server listens (and opens the browser with `--open`).
    func announce(_ what: String) -> @Sendable (Int) async -> Void {
        let host = self.host, open = self.open
        return { port in
            let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
            FileHandle.standardError.write(Data("lumbar serve: \(what) \(url) (Ctrl-C stops it)\n".utf8))
            if open { Self.openBrowser(url) }
        }
    }

    /// Server mode: accounts, sign-in and sharing over PostgreSQL; each runner's data in a schema of its own.
    func serveAccounts(_ location: String) async throws {
        let accounts: PostgresAccounts
        do { accounts = try await PostgresAccounts.open(url: location) } catch { throw Terminal.failure("\(error)") }
        if try await accounts.accounts().isEmpty {
            Terminal.error("lumbar serve: no accounts yet. Create the first admin with `lumbar admin create-admin EMAIL --database \(PostgresURL.redact(location))`.\n")
        }
        let server = ServerConfiguration(
            accounts: accounts, openSignUp: openSignUp, secureCookies: secureCookies, trustProxy: trustProxy)
        try await buildServerApplication(
            configuration: webConfiguration(zone: .current), server: server,
            onServerRunning: announce("server mode (sign-in required) at")
        ).runService()
        await accounts.close()
    }

    /// Opens `url` with the desktop's opener (xdg-open on Linux, open on macOS); a missing
    /// opener only prints a hint.
    static func openBrowser(_ url: String) {
        #if os(macOS)
        let opener = "/usr/bin/open"
        #else
        let opener = "/usr/bin/xdg-open"
        #endif
        guard FileManager.default.isExecutableFile(atPath: opener) else {
            FileHandle.standardError.write(Data("lumbar serve: --open found no \(opener); open \(url) yourself.\n".utf8))
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url]
        try? process.run()
    }
}
