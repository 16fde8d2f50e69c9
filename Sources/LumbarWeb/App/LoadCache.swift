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
    private var cached: LoadReport?

    init() {}

    func report(store: any Store, configuration: WebConfiguration, weeks: Int) async throws -> LoadReport {
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
        let offset = configuration.fallbackOffset
        let activities = DiaryRPE.apply(pain, to: try await store.activities(from: nil, through: nil, withSamples: true)).map {
            var a = $0
            if a.utcOffsetSeconds == nil { a.utcOffsetSeconds = configuration.offsetAt(a.start) }
            return a
        }
        let lastRun = activities.filter(\.sport.isRunning).map { $0.localDate(fallbackOffsetSeconds: offset) }.max()
        let asOf = max(today, lastRun ?? today)
        let report = LoadReport.make(
            activities: activities, settings: settings, asOf: asOf, fallbackOffsetSeconds: offset, weeks: weeks)
        self.key = key
        cached = report
        return report
    }
}
