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
public func buildRouter(store: any Store, configuration: WebConfiguration) -> Router<LumbarRequestContext> {
    let router = Router(context: LumbarRequestContext.self)
    AssetRoutes.add(to: router)
    let dashboard = Dashboard.make(store: store, configuration: configuration)
    addDashboardRoutes(to: router.group().add(middleware: FixedDashboardMiddleware(dashboard: dashboard)))
    // Anything else: a 404 that says so (an HTML page, or JSON under /api).
    router.get("**") { request, _ -> Response in throw WebError.notFound("The address \(request.uri.path)") }
    return router
}

/// The pages, forms and API of one runner's dashboard, on `group` (whose middleware resolves the dashboard).
func addDashboardRoutes(to group: RouterGroup<LumbarRequestContext>) {
    PageRoutes().add(to: DashboardRouter(group: group))
    FormRoutes().add(to: DashboardRouter(group: group))
    APIRoutes().add(to: DashboardRouter(group: group.group("api/v1")))
}

/// Local mode: every request reads the one store.
struct FixedDashboardMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext
    var dashboard: Dashboard

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.dashboard = dashboard
        return try await next(request, context)
    }
}

/// Builds the dashboard and serves it until the process is interrupted (SIGINT/SIGTERM).
public func serveDashboard(
    store: any Store, configuration: WebConfiguration, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws {
    try await buildApplication(store: store, configuration: configuration, onServerRunning: onServerRunning).runService()
}
