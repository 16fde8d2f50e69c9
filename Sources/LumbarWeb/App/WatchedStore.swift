import LumbarCore
import LumbarStore

/// Counts the writes made through the dashboard, so cached pages know when to recompute.
actor WriteCounter {
    private(set) var count = 0
    func bump() { count += 1 }
}

/// The store as the dashboard uses it: every call forwarded, every write counted.
struct WatchedStore: Store {
    let base: any Store
    let writes: WriteCounter

    func save(_ activity: Activity) async throws -> SaveOutcome {
        let outcome = try await base.save(activity)
        await writes.bump()
        return outcome
    }

    func hasSource(contentHash: String) async throws -> Bool { try await base.hasSource(contentHash: contentHash) }
    func activitySummaries(since: LocalDate?) async throws -> [ActivitySummary] { try await base.activitySummaries(since: since) }
    func activity(id: ActivityID) async throws -> Activity? { try await base.activity(id: id) }
    func activities(from: LocalDate?, through: LocalDate?, withSamples: Bool) async throws -> [Activity] {
        try await base.activities(from: from, through: through, withSamples: withSamples)
    }
    func settings() async throws -> RunnerSettings { try await base.settings() }

    func saveSettings(_ settings: RunnerSettings) async throws {
        try await base.saveSettings(settings)
        await writes.bump()
    }

    func saveAnswers(json: String, recordedAt: Double) async throws -> Int64 {
        let id = try await base.saveAnswers(json: json, recordedAt: recordedAt)
        await writes.bump()
        return id
    }

    func answersHistory() async throws -> [StoredAnswers] { try await base.answersHistory() }

    func saveCoreTest(_ result: CoreTestResult) async throws {
        try await base.saveCoreTest(result)
        await writes.bump()
    }

    func coreTests() async throws -> [CoreTestResult] { try await base.coreTests() }

    func savePainEntry(_ entry: PainEntry) async throws -> PainEntry {
        let saved = try await base.savePainEntry(entry)
        await writes.bump()
        return saved
    }

    func painEntries() async throws -> [PainEntry] { try await base.painEntries() }

    func savePosture(json: String, date: LocalDate) async throws -> Int64 {
        let id = try await base.savePosture(json: json, date: date)
        await writes.bump()
        return id
    }

    func postures() async throws -> [(id: Int64, date: LocalDate, json: String)] { try await base.postures() }
}
