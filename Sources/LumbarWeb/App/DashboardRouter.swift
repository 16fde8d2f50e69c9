import Hummingbird

/// Registers routes whose handler gets the request's `Dashboard` (resolved by a middleware in
/// front of them: the one store in local mode, the signed-in runner's in server mode).
struct DashboardRouter {
    var group: RouterGroup<LumbarRequestContext>

    typealias Handler<Output> = @Sendable (Request, LumbarRequestContext, Dashboard) async throws -> Output

    func get<Output: ResponseGenerator>(_ path: RouterPath, _ handler: @escaping Handler<Output>) {
        group.get(path) { request, context in try await handler(request, context, try context.requireDashboard()) }
    }

    func post<Output: ResponseGenerator>(_ path: RouterPath, _ handler: @escaping Handler<Output>) {
        group.post(path) { request, context in try await handler(request, context, try context.requireDashboard()) }
    }
}
