import Hummingbird
import LumbarStore

/// The dashboard: pages, the JSON API under `/api/v1`, and the assets, over `store`.
///
/// ```swift
/// let app = buildApplication(store: try SQLiteStore(path: path), configuration: WebConfiguration(today: { today }, offsetAt: { _ in 0 }))
/// try await app.runService()
/// ```
/// Local mode: no sign-in, bound to `configuration.host` (127.0.0.1 by default).
public func buildApplication(
    store: any Store, configuration: WebConfiguration,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    Application(
        router: buildRouter(store: store, configuration: configuration),
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "lumbar"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) })
}

/// The router alone (what `buildApplication` serves).
public func buildRouter(store: any Store, configuration: WebConfiguration) -> Router<BasicRequestContext> {
    let router = Router()
    let writes = WriteCounter()
    let dashboard = Dashboard(
        store: WatchedStore(base: store, writes: writes), configuration: configuration, loadCache: LoadCache(), writes: writes,
        versioned: store as? any DataVersionedStore)
    AssetRoutes.add(to: router)
    PageRoutes(dashboard: dashboard).add(to: router)
    FormRoutes(dashboard: dashboard).add(to: router)
    APIRoutes(dashboard: dashboard).add(to: router.group("api/v1"))
    // Anything else: a 404 that says so (an HTML page, or JSON under /api).
    router.get("**") { request, _ -> Response in throw WebError.notFound("The address \(request.uri.path)") }
    return router
}

/// Builds the dashboard and serves it until the process is interrupted (SIGINT/SIGTERM).
public func serveDashboard(
    store: any Store, configuration: WebConfiguration, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws {
    try await buildApplication(store: store, configuration: configuration, onServerRunning: onServerRunning).runService()
}
