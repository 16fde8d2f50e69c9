import Foundation
import LumbarCore

/// An in-memory store for tests and previews: the same behaviour as the SQLite store, no files.
public actor MemoryStore: Store {
    private var stored: [Activity] = []
    private var nextID = 1
    private var runnerSettings = RunnerSettings()
    private var answers: [StoredAnswers] = []
    private var tests: [CoreTestResult] = []
    private var pain: [PainEntry] = []
    private var posture: [(id: Int64, date: LocalDate, json: String)] = []
    private let fallbackOffsetSeconds: Int

    /// `fallbackOffsetSeconds`: the configured zone's offset, for runs whose file has none.
    public init(fallbackOffsetSeconds: Int = 0) {
        self.fallbackOffsetSeconds = fallbackOffsetSeconds
    }

    public func save(_ activity: Activity) async throws -> SaveOutcome {
        for source in activity.sources {
            if let existing = stored.first(where: { a in
                a.sources.contains { $0.contentHash == source.contentHash && $0.sessionIndex == source.sessionIndex }
            }) {
                return .duplicate(existing.id!)
            }
        }
        var a = activity
        let id = ActivityID(String(format: "m%07d", nextID))
        nextID += 1
        a.id = id
        stored.append(a)
        return .inserted(id)
    }

    public func hasSource(contentHash: String) async throws -> Bool {
        stored.contains { $0.sources.contains { $0.contentHash == contentHash } }
    }

    public func activitySummaries(since: LocalDate?) async throws -> [ActivitySummary] {
        stored.sorted { $0.start > $1.start }.compactMap { a in
            let date = a.localDate(fallbackOffsetSeconds: fallbackOffsetSeconds)
            if let since, date < since { return nil }
            return ActivitySummary(
                id: a.id!, sport: a.sport, name: a.name, start: a.start,
                utcOffsetSeconds: a.utcOffsetSeconds, localDate: date, elapsedSeconds: a.elapsedSeconds,
                movingSeconds: a.movingSeconds, distanceMeters: a.distanceMeters, device: a.device,
                sources: a.sources, sampleCount: a.samples.count)
        }
    }

    public func activity(id: ActivityID) async throws -> Activity? { stored.first { $0.id == id } }

    public func activities(from: LocalDate?, through: LocalDate?, withSamples: Bool) async throws -> [Activity] {
        stored.sorted { $0.start < $1.start }.compactMap { a in
            let date = a.localDate(fallbackOffsetSeconds: fallbackOffsetSeconds)
            if let from, date < from { return nil }
            if let through, date > through { return nil }
            var copy = a
            if !withSamples { copy.samples = [] }
            return copy
        }
    }

    public func settings() async throws -> RunnerSettings { runnerSettings }
    public func saveSettings(_ settings: RunnerSettings) async throws { runnerSettings = settings }

    public func saveAnswers(json: String, recordedAt: Double) async throws -> Int64 {
        let id = Int64(answers.count + 1)
        answers.append(StoredAnswers(id: id, recordedAt: recordedAt, json: json))
        return id
    }
    public func answersHistory() async throws -> [StoredAnswers] { answers }

    public func saveCoreTest(_ result: CoreTestResult) async throws { tests.append(result) }
    public func coreTests() async throws -> [CoreTestResult] { tests.sorted { $0.date < $1.date } }

    public func savePainEntry(_ entry: PainEntry) async throws -> PainEntry {
        var e = entry
        e.id = Int64(pain.count + 1)
        pain.append(e)
        return e
    }
    public func painEntries() async throws -> [PainEntry] { pain.sorted { $0.date < $1.date } }

    public func savePosture(json: String, date: LocalDate) async throws -> Int64 {
        let id = Int64(posture.count + 1)
        posture.append((id, date, json))
        return id
    }
    public func postures() async throws -> [(id: Int64, date: LocalDate, json: String)] { posture }
}
