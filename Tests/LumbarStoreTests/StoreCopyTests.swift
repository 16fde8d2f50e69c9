import Foundation
import LumbarCore
import LumbarStore
import LumbarStoreSQLite
import Testing

/// `lumbar copy`: a runner's SQLite data through another store and back, unchanged.
@Suite("Store copy")
struct StoreCopyTests {
    /// Everything a runner keeps: runs (one merged from two files, one with no offset),
    /// settings, answers, core tests, diary entries pointing at a run, postures.
    static func filled() async throws -> SQLiteStore {
        let store = try SQLiteStore(path: TempDir.make() + "/source.sqlite", machineTimeZone: .gmt)
        guard case .inserted(let id) = try await store.save(Fixture.run(hash: "watch", offset: 3600)) else {
            throw CancellationError()
        }
        _ = try await store.save(Fixture.run(start: Fixture.monday7am + 20, count: 10, hash: "strava", format: "gpx"))
        var second = Fixture.run(start: Fixture.monday7am + 86_400 * 2, hash: "tempo")
        second.notes = "hills \"again\""
        second.samples[3] = Sample()
        _ = try await store.save(second)
        try await store.saveSettings(RunnerSettings(restingHeartRate: 49, maxHeartRate: 186, timeZone: "Europe/Berlin"))
        _ = try await store.saveAnswers(json: #"{"age":40}"#, recordedAt: 100)
        _ = try await store.saveAnswers(json: #"{"age":41}"#, recordedAt: 200.25)
        try await store.saveCoreTest(CoreTestResult(date: LocalDate(year: 2026, month: 3, day: 1), flexorSeconds: 95, extensorSeconds: 120))
        _ = try await store.savePainEntry(PainEntry(date: LocalDate(year: 2026, month: 3, day: 2), activityID: id, afterRun: 4,
                                                    peg: [4, 3, 2], rolandMorris: 6, note: "stiff"))
        _ = try await store.savePosture(json: #"{"trunkLean":6.5}"#, date: LocalDate(year: 2026, month: 3, day: 3))
        return store
    }

    /// Everything readable from a store, for comparing two.
    struct Snapshot: Equatable {
        var activities: [Activity]
        var summaries: [ActivitySummary]
        var settings: RunnerSettings
        var answers: [StoredAnswers]
        var coreTests: [CoreTestResult]
        var pain: [PainEntry]
        var postures: [String]

        init(_ store: any Store) async throws {
            activities = try await store.activities(from: nil, through: nil, withSamples: true)
            summaries = try await store.activitySummaries(since: nil)
            settings = try await store.settings()
            answers = try await store.answersHistory()
            coreTests = try await store.coreTests()
            pain = try await store.painEntries()
            postures = try await store.postures().map { "\($0.id) \($0.date) \($0.json)" }
        }
    }

    @Test(arguments: StoreKind.testable)
    func roundTripThroughAnotherStoreIsEqual(kind: StoreKind) async throws {
        let source = try await Self.filled()
        let middle = try await kind.make()
        let back = try SQLiteStore(path: TempDir.make() + "/back.sqlite", machineTimeZone: .gmt)
        let there = try await StoreCopy.copy(from: source, to: middle)
        #expect(there.activities == 2 && there.answers == 2 && there.coreTests == 1 && there.painEntries == 1)
        #expect(there.postures == 1 && there.settings && there.samples == 120)
        _ = try await StoreCopy.copy(from: middle, to: back)
        let original = try await Snapshot(source)
        #expect(try await Snapshot(middle) == original)
        #expect(try await Snapshot(back) == original)
        #expect(original.activities[0].sources.map(\.contentHash) == ["watch", "strava"])
    }

    @Test func aDestinationWithDataIsRefused() async throws {
        let source = try await Self.filled()
        let destination = MemoryStore()
        _ = try await destination.saveAnswers(json: "{}", recordedAt: 1)
        await #expect(throws: StoreCopyError.destinationNotEmpty) { _ = try await StoreCopy.copy(from: source, to: destination) }
        #expect(try await destination.answersHistory().count == 1)
    }
}
