import Hummingbird
import HummingbirdAuth
import LumbarStore

/// Server mode: the dashboard for many runners, each signed in, each seeing only their own data
/// or, as a clinician, the data of runners who shared it. See `SignedInMiddleware`.
///
/// ```swift
/// let accounts = try await PostgresAccounts.open(url: "postgres://lumbar@db/lumbar")
/// try await buildServerApplication(configuration: web, server: ServerConfiguration(accounts: accounts)).runService()
/// ```
public func buildServerApplication(
    configuration: WebConfiguration, server: ServerConfiguration, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    Application(
        router: buildServerRouter(configuration: configuration, server: server),
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "lumbar"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) })
}

/// The router alone (what `buildServerApplication` serves).
public func buildServerRouter(configuration: WebConfiguration, server: ServerConfiguration) -> Router<LumbarRequestContext> {
    let router = Router(context: LumbarRequestContext.self)
    let now = configuration.now
    let dashboards = DashboardDirectory(accounts: server.accounts, configuration: configuration)
    router.add(middleware: SecureCookieMiddleware())
    router.add(middleware: SessionMiddleware(
        storage: StorePersistDriver(accounts: server.accounts, now: now),
        configuration: SessionMiddlewareConfiguration(
            sessionCookieParameters: SessionCookieParameters(name: "lumbar_session", path: "/", secure: server.secureCookies, sameSite: .lax),
            keyPrefix: "session.", defaultSessionExpiration: .seconds(server.sessionLifetimeSeconds))))
    AssetRoutes.add(to: router)
    AuthRoutes(server: server, now: now).add(to: router)
    let signedIn = router.group().add(middleware: SignedInMiddleware(server: server, dashboards: dashboards, now: now, dashboard: false))
    AccountRoutes(server: server, dashboards: dashboards, configuration: configuration).add(to: signedIn)
    signedIn.get("**") { request, _ -> Response in throw WebError.notFound("The address \(request.uri.path)") }
    addDashboardRoutes(to: router.group().add(middleware: SignedInMiddleware(server: server, dashboards: dashboards, now: now, dashboard: true)))
    return router
}
