import LumbarAnalysis
import LumbarCore
import LumbarStore

/// What the pages and the API read, in one place: the store seen through the analyses.
/// A plain value handed to every route (dependencies passed in, no globals).
struct Dashboard: Sendable {
    var store: any Store
    var configuration: WebConfiguration
    var loadCache: LoadCache
    var writes: WriteCounter
    /// The store's own data version, when it has one (PostgreSQL): shared by every instance over
    /// the same database, so a write through another instance invalidates this one's caches.
    var versioned: (any DataVersionedStore)?

    /// A dashboard over `store` with caches of its own.
    static func make(store: any Store, configuration: WebConfiguration) -> Dashboard {
        let writes = WriteCounter()
        return Dashboard(
            store: WatchedStore(base: store, writes: writes), configuration: configuration, loadCache: LoadCache(), writes: writes,
            versioned: store as? any DataVersionedStore)
    }

    /// The version of the stored data (nil: unknown, so nothing is cached by version).
    func version() async -> String? {
        if let versioned {
            // Unreadable: cache nothing (the request itself will report the database error).
            guard let v = try? await versioned.dataVersion() else { return nil }
            return "db\(v)|\(configuration.today())"
        }
        guard let v = configuration.dataVersion() else { return nil }
        return "\(v)|\(await writes.count)|\(configuration.today())"
    }

    /// What is stored, for the home page and `/api/v1/summary`.
    struct Overview: Sendable {
        var runs: Int
        var firstRun: LocalDate?
        var lastRun: LocalDate?
        var answers: Int
        var lastAnswered: Double?
        var coreTests: Int
        var painEntries: Int
    }

    func overview() async throws -> Overview {
        let version = await version()
        if let version, let cached = await loadCache.overview(version: version) { return cached }
        let value = try await computeOverview()
        if let version { await loadCache.keep(value, version: version) }
        return value
    }

    private func computeOverview() async throws -> Overview {
        let runs = try await store.activitySummaries(since: nil).filter { $0.sport.isRunning }
        let answers = try await store.answersHistory()
        return Overview(
            runs: runs.count, firstRun: runs.map(\.localDate).min(), lastRun: runs.map(\.localDate).max(),
            answers: answers.count, lastAnswered: answers.last?.recordedAt,
            coreTests: try await store.coreTests().count, painEntries: try await store.painEntries().count)
    }

    /// The runs, newest first.
    func runs() async throws -> [ActivitySummary] {
        try await store.activitySummaries(since: nil).filter { $0.sport.isRunning }
    }

    /// `/api/v1/activities` as sent, rendered once per data version: with thousands of runs the
    /// listing is most of a megabyte of JSON, and every instance over a shared database would
    /// otherwise re-read and re-encode it on each request (measured: 10 requests/s an instance at
    /// 4,000 runs, see Benchmarks/postgres).
    func activitiesJSON() async throws -> String {
        let version = await version()
        if let version, let json = await loadCache.page("api/v1/activities", version: version) { return json }
        let json = APIJSON.activities(try await runs())
        if let version { await loadCache.keep(page: "api/v1/activities", html: json, version: version) }
        return json
    }

    /// One activity with its samples; `WebError.notFound` when the id is unknown.
    func activity(_ raw: String) async throws -> Activity {
        guard !raw.isEmpty, raw.count <= 200, let a = try await store.activity(id: ActivityID(raw)) else {
            throw WebError.notFound("Activity \"\(raw)\"")
        }
        return a
    }

    /// The weekly load report as of today (or the last run, when later), like `lumbar load`.
    func load(weeks: Int = 12) async throws -> LoadReport {
        try await loadCache.report(store: store, configuration: configuration, weeks: weeks, version: await version())
    }

    /// The load page's HTML, rendered once per data version when the store has one.
    func loadPage() async throws -> String {
        let version = await version()
        if let version, let html = await loadCache.page("load", version: version) { return html }
        let html = LoadPage.render(try await load())
        if let version { await loadCache.keep(page: "load", html: html, version: version) }
        return html
    }

    /// The whole analysis: the same assembly `lumbar analyze` runs.
    func analysis() async throws -> AnalysisAssembly.Output {
        let assembly = AnalysisAssembly(store: store, offsetAt: configuration.offsetAt)
        do {
            return try await assembly.run(asOf: configuration.today(), answersJSON: nil)
        } catch let failure as AnalysisAssembly.Failure {
            throw WebError.badBody("\(failure)")
        }
    }
}
