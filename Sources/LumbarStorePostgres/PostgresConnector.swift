import Foundation
import PostgresNIO

/// Turns a `PostgresURL` into PostgresNIO configurations, opens single connections with a hard
/// deadline, and translates PostgresNIO's errors (deliberately vague in their `description`) into
/// `PostgresStoreError`s that name the host, port, user or database.
enum PostgresConnector {
    /// TLS settings for `mode`, or nil for none.
    static func tlsConfiguration(_ url: PostgresURL) throws(PostgresStoreError) -> TLSConfiguration? {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch url.tls {
        case .disable: return nil
        // libpq's `prefer` and `require` encrypt without checking the certificate.
        case .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        if let path = url.rootCertificatePath {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw .badURL(url: url.description, field: "sslrootcert", reason: "cannot read \(path)")
            }
            tls.trustRoots = .file(path)
        }
        return tls
    }

    /// Start-up parameters: a schema of its own puts lumbar's tables first on the search path.
    static func startupParameters(_ url: PostgresURL) -> [(String, String)] {
        var parameters = [("application_name", "lumbar")]
        if let schema = url.schema { parameters.append(("search_path", schema)) }
        return parameters
    }

    /// The pool's configuration: at most `maximumConnections` connections.
    static func clientConfiguration(_ url: PostgresURL, maximumConnections: Int) throws(PostgresStoreError) -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS
        switch (url.tls, try tlsConfiguration(url)) {
        case (_, nil): tls = .disable
        case (.prefer, let config?): tls = .prefer(config)
        case (_, let config?): tls = .require(config)
        }
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls)
        configuration.options.connectTimeout = .seconds(Int64(url.connectTimeoutSeconds))
        configuration.options.additionalStartupParameters = startupParameters(url)
        configuration.options.maximumConnections = maximumConnections
        configuration.options.minimumConnections = 0
        return configuration
    }

    /// One connection, within the URL's connect timeout for the whole start-up (TCP, TLS,
    /// authentication), so an address where something else listens cannot hang a command.
    static func connect(_ url: PostgresURL, logger: Logger) async throws(PostgresStoreError) -> PostgresConnection {
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch (url.tls, try tlsConfiguration(url)) {
            case (_, nil): tls = .disable
            case (.prefer, let config?): tls = .prefer(try NIOSSLContext(configuration: config))
            case (_, let config?): tls = .require(try NIOSSLContext(configuration: config))
            }
        } catch let error as PostgresStoreError {
            throw error
        } catch {
            throw .tlsFailed(endpoint: url.endpoint, reason: "\(error)")
        }
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls)
        configuration.options.connectTimeout = .seconds(Int64(url.connectTimeoutSeconds))
        configuration.options.additionalStartupParameters = startupParameters(url)
        let seconds = url.connectTimeoutSeconds
        let settings = configuration
        do {
            return try await withThrowingTaskGroup(of: PostgresConnection?.self) { group in
                group.addTask {
                    try await PostgresConnection.connect(configuration: settings, id: 1, logger: logger)
                }
                group.addTask {
                    try await Task.sleep(for: .seconds(seconds))
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let connection = first else {
                    throw PostgresStoreError.timedOut(endpoint: url.endpoint, seconds: seconds)
                }
                return connection
            }
        } catch {
            throw translate(error, url: url)
        }
    }

    /// NIO's connection errors list every address tried; a person needs the gist.
    static func plainReason(_ text: String) -> String {
        for (needle, reason) in [
            ("Connection refused", "connection refused (nothing listens on that port)"),
            ("No address", "unknown host"), ("UnknownHost", "unknown host (DNS has no such name)"),
            ("Network is unreachable", "network unreachable"), ("No route to host", "no route to host"),
            ("Host is unreachable", "host unreachable"),
        ] where text.localizedCaseInsensitiveContains(needle) {
            return reason
        }
        return text
    }

    /// A PostgresNIO (or NIO) error as a `PostgresStoreError` naming what to fix.
    static func translate(_ error: any Error, url: PostgresURL) -> PostgresStoreError {
        if let error = error as? PostgresStoreError { return error }
        if let failed = error as? PostgresTransactionError {
            // The first thing that went wrong in the transaction is the one worth reporting.
            if let cause = failed.beginError ?? failed.closureError ?? failed.commitError ?? failed.rollbackError {
                return translate(cause, url: url)
            }
        }
        guard let psql = error as? PSQLError else {
            if error is CancellationError { return .timedOut(endpoint: url.endpoint, seconds: url.connectTimeoutSeconds) }
            return .cannotConnect(endpoint: url.endpoint, reason: "\(error)")
        }
        let state = psql.serverInfo?[.sqlState] ?? ""
        let message = psql.serverInfo?[.message] ?? ""
        switch psql.code {
        case .server:
            switch state {
            case "28P01", "28000": return .authenticationFailed(user: url.user, endpoint: url.endpoint, reason: message)
            case "3D000": return .noSuchDatabase(database: url.database, endpoint: url.endpoint)
            default: return .server(sqlState: state, message: message)
            }
        case .authMechanismRequiresPassword:
            return .authenticationFailed(user: url.user, endpoint: url.endpoint, reason: "the server asks for a password and the URL has none")
        case .unsupportedAuthMechanism, .saslError:
            return .authenticationFailed(user: url.user, endpoint: url.endpoint, reason: String(reflecting: psql))
        case .sslUnsupported:
            return .tlsFailed(endpoint: url.endpoint, reason: "the server does not offer TLS")
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .tlsFailed(endpoint: url.endpoint, reason: String(reflecting: psql))
        case .connectionError:
            if let channelError = psql.underlying as? ChannelError, case .connectTimeout = channelError {
                return .timedOut(endpoint: url.endpoint, seconds: url.connectTimeoutSeconds)
            }
            let underlying = psql.underlying.map { "\($0)" } ?? "connection failed"
            if underlying.localizedCaseInsensitiveContains("ssl") || underlying.localizedCaseInsensitiveContains("tls")
                || underlying.localizedCaseInsensitiveContains("certificate") {
                return .tlsFailed(endpoint: url.endpoint, reason: underlying)
            }
            return .cannotConnect(endpoint: url.endpoint, reason: plainReason(underlying))
        default:
            return .cannotConnect(endpoint: url.endpoint, reason: String(reflecting: psql))
        }
    }
}
