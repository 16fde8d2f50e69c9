import Foundation
import LumbarCore

/// An in-memory store for tests and previews: the same behaviour as the SQLite store, no files.
public actor MemoryStore: Store {
    private var stored: [Activity] = []
    private var runnerSettings = RunnerSettings()
    private var answers: [StoredAnswers] = []
    private var tests: [CoreTestResult] = []
    private var pain: [PainEntry] = []
    private var posture: [(id: Int64, date: LocalDate, json: String)] = []
    private let fallbackOffsetSeconds: Int

    /// `fallbackOffsetSeconds`: the offset for runs whose file has none, used until the settings
    /// name a time zone.
    public init(fallbackOffsetSeconds: Int = 0) {
        self.fallbackOffsetSeconds = fallbackOffsetSeconds
    }

    /// See `Store.save`.
    public func save(_ activity: Activity) async throws -> SaveOutcome {
        for source in activity.sources {
            if let existing = stored.first(where: { a in a.sources.contains { $0.sameFile(as: source) } }) {
                return .duplicate(existing.id!)
            }
        }
        let candidates = stored.indices.map { ($0, ActivityMatching.Fingerprint(stored[$0])) }
        if let index = ActivityMatching.bestMatch(for: ActivityMatching.Fingerprint(activity), among: candidates) {
            stored[index] = ActivityMatching.merge(existing: stored[index], incoming: activity)
            return .merged(stored[index].id!)
        }
        var a = activity
        var attempt = 0
        var id = ActivityMatching.activityID(for: a)
        while stored.contains(where: { $0.id == id }) {
            attempt += 1
            id = ActivityMatching.activityID(for: a, attempt: attempt)
        }
        a.id = id
        stored.append(a)
        return .inserted(id)
    }

    /// See `Store.hasSource`.
    public func hasSource(contentHash: String) async throws -> Bool {
        stored.contains { $0.sources.contains { $0.contentHash == contentHash } }
    }

    /// See `Store.activitySummaries`.
    public func activitySummaries(since: LocalDate?) async throws -> [ActivitySummary] {
        stored.sorted { ($0.start, $1.id!) > ($1.start, $0.id!) }.compactMap { a in
            let date = a.localDate(fallbackOffsetSeconds: fallbackOffset(a.start))
            if let since, date < since { return nil }
            return ActivitySummary(
                id: a.id!, sport: a.sport, name: a.name, start: a.start,
                utcOffsetSeconds: a.utcOffsetSeconds, localDate: date, elapsedSeconds: a.elapsedSeconds,
                movingSeconds: a.movingSeconds, distanceMeters: a.distanceMeters, device: a.device,
                sources: a.sources, sampleCount: a.samples.count)
        }
    }

    /// See `Store.activity`.
    public func activity(id: ActivityID) async throws -> Activity? { stored.first { $0.id == id } }

    /// See `Store.activities`.
    public func activities(from: LocalDate?, through: LocalDate?, withSamples: Bool) async throws -> [Activity] {
        let window = LocalDateWindow(from: from, through: through)
        return stored.sorted { ($0.start, $0.id!) < ($1.start, $1.id!) }.compactMap { a in
            guard window.contains(a.localDate(fallbackOffsetSeconds: fallbackOffset(a.start))) else { return nil }
            var copy = a
            if !withSamples { copy.samples = [] }
            return copy
        }
    }

    /// The configured zone's offset at `utcSeconds` (settings first, then the one given at init).
    private func fallbackOffset(_ utcSeconds: Double) -> Int {
        if let name = runnerSettings.timeZone, let zone = TimeZone(identifier: name) {
            return zone.secondsFromGMT(for: Date(timeIntervalSince1970: utcSeconds))
        }
        return fallbackOffsetSeconds
    }

    /// See `Store.settings`.
    public func settings() async throws -> RunnerSettings { runnerSettings }
    /// See `Store.saveSettings`.
    public func saveSettings(_ settings: RunnerSettings) async throws { runnerSettings = settings }

    /// See `Store.saveAnswers`.
    public func saveAnswers(json: String, recordedAt: Double) async throws -> Int64 {
        let id = Int64(answers.count + 1)
        answers.append(StoredAnswers(id: id, recordedAt: recordedAt, json: json))
        return id
    }
    /// See `Store.answersHistory`.
    public func answersHistory() async throws -> [StoredAnswers] { answers }

    /// See `Store.saveCoreTest`.
    public func saveCoreTest(_ result: CoreTestResult) async throws { tests.append(result) }
    /// See `Store.coreTests`.
    public func coreTests() async throws -> [CoreTestResult] { tests.sorted { $0.date < $1.date } }

    /// See `Store.savePainEntry`.
    public func savePainEntry(_ entry: PainEntry) async throws -> PainEntry {
        var e = entry
        e.id = Int64(pain.count + 1)
        pain.append(e)
        return e
    }
    /// See `Store.painEntries`.
    public func painEntries() async throws -> [PainEntry] { pain.sorted { $0.date < $1.date } }

    /// See `Store.savePosture`.
    public func savePosture(json: String, date: LocalDate) async throws -> Int64 {
        let id = Int64(posture.count + 1)
        posture.append((id, date, json))
        return id
    }
    /// See `Store.postures`.
    public func postures() async throws -> [(id: Int64, date: LocalDate, json: String)] { posture }
}
