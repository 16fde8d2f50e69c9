import LumbarCore
import LumbarStore

/// Keeps the last load report while nothing it depends on changed (the runs, the diary, the
/// settings and the date), so the load page does not re-read every sample on each request.
actor LoadCache {
    private struct Key: Hashable {
        var runs: Int
        var lastStart: Double?
        var ids: Int
        var pain: [PainEntry]
        var settings: RunnerSettings
        var today: LocalDate
        var weeks: Int
    }

    private var key: Key?
    private var versionKey: String?
    private var cached: LoadReport?
    private var overviewVersion: String?
    private var cachedOverview: Dashboard.Overview?

    init() {}

    private var pages: [String: (version: String, html: String)] = [:]

    /// A rendered page kept for `version`, if any.
    func page(_ name: String, version: String) -> String? {
        pages[name].flatMap { $0.version == version ? $0.html : nil }
    }

    /// Keeps a rendered page for `version`.
    func keep(page name: String, html: String, version: String) { pages[name] = (version, html) }

    /// The home page's overview kept for `version`, if any.
    func overview(version: String) -> Dashboard.Overview? { version == overviewVersion ? cachedOverview : nil }

    /// Keeps the overview computed for `version`.
    func keep(_ overview: Dashboard.Overview, version: String) {
        overviewVersion = version
        cachedOverview = overview
    }

    /// The load report: by `version` when the store has one, else by a fingerprint of the runs,
    /// the diary and the settings (read from the store on each call).
    func report(store: any Store, configuration: WebConfiguration, weeks: Int, version: String?) async throws -> LoadReport {
        if let version {
            let key = "\(version)|\(weeks)"
            if key == versionKey, let cached { return cached }
            let report = try await compute(store: store, configuration: configuration, weeks: weeks)
            versionKey = key
            self.key = nil
            cached = report
            return report
        }
        let summaries = try await store.activitySummaries(since: nil)
        let pain = try await store.painEntries()
        let settings = try await store.settings()
        let today = configuration.today()
        var idHash = Hasher()
        for s in summaries { idHash.combine(s.id); idHash.combine(s.sampleCount) }
        let key = Key(
            runs: summaries.count, lastStart: summaries.map(\.start).max(), ids: idHash.finalize(), pain: pain,
            settings: settings, today: today, weeks: weeks)
        if key == self.key, let cached { return cached }
        let report = try await compute(store: store, configuration: configuration, weeks: weeks)
        self.key = key
        versionKey = nil
        cached = report
        return report
    }

    private func compute(store: any Store, configuration: WebConfiguration, weeks: Int) async throws -> LoadReport {
        let settings = try await store.settings()
        let pain = try await store.painEntries()
        let today = configuration.today()
        let offset = configuration.fallbackOffset
        let activities = DiaryRPE.apply(pain, to: try await store.activities(from: nil, through: nil, withSamples: true)).map {
            var a = $0
            if a.utcOffsetSeconds == nil { a.utcOffsetSeconds = configuration.offsetAt(a.start) }
            return a
        }
        let lastRun = activities.filter(\.sport.isRunning).map { $0.localDate(fallbackOffsetSeconds: offset) }.max()
        let asOf = max(today, lastRun ?? today)
        return LoadReport.make(
            activities: activities, settings: settings, asOf: asOf, fallbackOffsetSeconds: offset, weeks: weeks)
    }
}
