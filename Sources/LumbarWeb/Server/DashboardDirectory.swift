import LumbarStore

/// One `Dashboard` per runner, made on first use and kept (with its caches) while this instance
/// runs; at most `capacity`, the least recently used dropped first.
actor DashboardDirectory {
    private let accounts: any AccountDirectory
    private let configuration: WebConfiguration
    private let capacity: Int
    private var dashboards: [Int64: (dashboard: Dashboard, used: UInt64)] = [:]
    private var clock: UInt64 = 0

    init(accounts: any AccountDirectory, configuration: WebConfiguration, capacity: Int = 512) {
        self.accounts = accounts
        self.configuration = configuration
        self.capacity = capacity
    }

    func dashboard(of runnerID: Int64) async throws -> Dashboard {
        clock += 1
        if let found = dashboards[runnerID] {
            dashboards[runnerID] = (found.dashboard, clock)
            return found.dashboard
        }
        let made = Dashboard.make(store: try await accounts.store(of: runnerID), configuration: configuration)
        if dashboards.count >= capacity, let oldest = dashboards.min(by: { $0.value.used < $1.value.used })?.key {
            dashboards[oldest] = nil
        }
        dashboards[runnerID] = (made, clock)
        return made
    }

    /// Forgets a deleted runner's dashboard.
    func forget(_ runnerID: Int64) { dashboards[runnerID] = nil }
}
