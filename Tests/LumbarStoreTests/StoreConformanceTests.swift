import Foundation
import LumbarCore
import LumbarStore
import Testing

/// One suite, every store: the same behaviour in memory, on SQLite and on PostgreSQL (when
/// `LUMBAR_TEST_DATABASE_URL` names a server; each PostgreSQL test gets a schema of its own).
@Suite("Store conformance")
struct StoreConformanceTests {
    @Test(arguments: StoreKind.testable)
    func savedActivityReadsBackExactly(kind: StoreKind) async throws {
        let store = try await kind.make()
        var run = Fixture.run(offset: 3600)
        run.samples[5].speedMetersPerSecond = -0.0
        run.samples[6].powerWatts = 0.1 + 0.2
        run.samples[7] = Sample()
        run.gear = "Kinvara 14"
        run.notes = "Tempo, \"Rücken\" tight\nafter 8 km"
        run.commute = false
        let outcome = try await store.save(run)
        guard case .inserted(let id) = outcome else { Issue.record("expected inserted, got \(outcome)"); return }
        var expected = run
        expected.id = id
        let loaded = try #require(try await store.activity(id: id))
        #expect(loaded == expected)
        #expect(loaded.samples[5].speedMetersPerSecond?.sign == .minus)
        #expect(try await store.activity(id: "ffffffff") == nil)
    }

    @Test(arguments: StoreKind.testable)
    func idsAreShortStableHex(kind: StoreKind) async throws {
        let a = try await kind.make().save(Fixture.run(hash: "0123abcd"))
        let b = try await kind.make().save(Fixture.run(hash: "0123abcd"))
        #expect(a == b)
        guard case .inserted(let id) = a else { Issue.record("expected inserted"); return }
        #expect(id.rawValue.count == 8)
        #expect(id.rawValue.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test(arguments: StoreKind.testable)
    func sameFileTwiceIsDuplicate(kind: StoreKind) async throws {
        let store = try await kind.make()
        let first = try await store.save(Fixture.run())
        let second = try await store.save(Fixture.run())
        guard case .inserted(let id) = first else { Issue.record("expected inserted"); return }
        #expect(second == .duplicate(id))
        #expect(try await store.activitySummaries(since: nil).count == 1)
        // Another session of the same file is a different activity.
        let other = try await store.save(Fixture.run(start: Fixture.monday7am + 7200, session: 1))
        #expect(other != .duplicate(id))
        #expect(try await store.activitySummaries(since: nil).count == 2)
    }

    @Test(arguments: StoreKind.testable)
    func sameRunFromTwoSourcesMergesIntoTheRicherCopy(kind: StoreKind) async throws {
        let store = try await kind.make()
        let phone = Fixture.run(distance: 10_150, count: 30, heartRate: false, hash: "phone", format: "gpx")
        let watch = Fixture.run(start: Fixture.monday7am + 45, distance: 10_000, count: 60, hash: "watch")
        guard case .inserted(let id) = try await store.save(phone) else { Issue.record("expected inserted"); return }
        #expect(try await store.save(watch) == .merged(id))
        let kept = try #require(try await store.activity(id: id))
        #expect(kept.samples == watch.samples)
        #expect(kept.start == watch.start)
        #expect(kept.sources.map(\.contentHash) == ["phone", "watch"])
        // A poorer third copy adds its source and changes nothing else.
        let poorer = Fixture.run(start: Fixture.monday7am + 10, distance: 9_900, count: 10, hash: "strava")
        #expect(try await store.save(poorer) == .merged(id))
        let after = try #require(try await store.activity(id: id))
        #expect(after.samples == watch.samples)
        #expect(after.sources.map(\.contentHash) == ["phone", "watch", "strava"])
        #expect(try await store.hasSource(contentHash: "strava"))
        #expect(try await store.save(poorer) == .duplicate(id))
        let summaries = try await store.activitySummaries(since: nil)
        #expect(summaries.count == 1)
        #expect(summaries.first?.sources.count == 3)
        #expect(summaries.first?.sampleCount == 60)
    }

    @Test(arguments: StoreKind.testable)
    func mergeFillsWhatOnlyTheOtherCopyKnew(kind: StoreKind) async throws {
        let store = try await kind.make()
        // The watch file knows the run's own offset; the richer phone export knows its RPE.
        var watch = Fixture.run(count: 20, hash: "watch", offset: 7200)
        watch.perceivedExertion = nil
        var phone = Fixture.run(start: Fixture.monday7am + 5, count: 50, hash: "phone", format: "gpx")
        phone.device = nil
        phone.perceivedExertion = 6
        guard case .inserted(let id) = try await store.save(watch) else { Issue.record("expected inserted"); return }
        #expect(try await store.save(phone) == .merged(id))
        let kept = try #require(try await store.activity(id: id))
        #expect(kept.samples == phone.samples)
        #expect(kept.utcOffsetSeconds == 7200)
        #expect(kept.device == "Forerunner 265")
        #expect(kept.perceivedExertion == 6)
        // A poorer copy fills gaps too, leaving the samples alone.
        var strava = Fixture.run(start: Fixture.monday7am + 2, count: 5, hash: "strava")
        strava.name = "Tempo"
        strava.maxHeartRate = 181
        strava.gear = "Pegasus 40"
        strava.commute = true
        var second = try #require(try await store.activity(id: id))
        #expect(second.maxHeartRate == nil)
        #expect(try await store.save(strava) == .merged(id))
        second = try #require(try await store.activity(id: id))
        #expect(second.maxHeartRate == 181)
        #expect(second.gear == "Pegasus 40" && second.commute == true && second.notes == nil)
        #expect(second.name == "Morning run")
        #expect(second.samples == phone.samples)
        #expect(second.sources.map(\.contentHash) == ["watch", "phone", "strava"])
    }

    @Test(arguments: StoreKind.testable)
    func differentRunsAreNotMerged(kind: StoreKind) async throws {
        let store = try await kind.make()
        _ = try await store.save(Fixture.run(hash: "a"))
        let farStart = try await store.save(Fixture.run(start: Fixture.monday7am + 61, hash: "b"))
        let longer = try await store.save(Fixture.run(distance: 10_400, hash: "c"))
        let ride = try await store.save(Fixture.run(hash: "d", sport: .cycling))
        for outcome in [farStart, longer, ride] {
            guard case .inserted = outcome else { Issue.record("expected inserted, got \(outcome)"); continue }
        }
        #expect(try await store.activitySummaries(since: nil).count == 4)
    }

    @Test(arguments: StoreKind.testable)
    func summariesNewestFirstAndSinceIsInclusiveLocalDate(kind: StoreKind) async throws {
        let store = try await kind.make()
        let day = 86_400.0
        _ = try await store.save(Fixture.run(start: Fixture.monday7am, hash: "mon"))
        _ = try await store.save(Fixture.run(start: Fixture.monday7am + 2 * day, hash: "wed"))
        // 2026-03-03T23:30Z is Wednesday 01:30 at +02:00.
        _ = try await store.save(Fixture.run(start: Fixture.monday7am + day + 16.5 * 3600, hash: "tueUTC", offset: 7200))
        let all = try await store.activitySummaries(since: nil)
        #expect(all.map { $0.sources[0].contentHash } == ["wed", "tueUTC", "mon"])
        #expect(all[1].localDate == LocalDate(year: 2026, month: 3, day: 4))
        let since = try await store.activitySummaries(since: LocalDate(year: 2026, month: 3, day: 4))
        #expect(since.map { $0.sources[0].contentHash } == ["wed", "tueUTC"])
        #expect(try await store.activitySummaries(since: LocalDate(year: 2026, month: 3, day: 5)).isEmpty)
    }

    @Test(arguments: StoreKind.testable)
    func activitiesInStartOrderWithOrWithoutSamples(kind: StoreKind) async throws {
        let store = try await kind.make()
        let day = 86_400.0
        for (i, hash) in ["d0", "d1", "d2", "d3"].enumerated().reversed() {
            _ = try await store.save(Fixture.run(start: Fixture.monday7am + Double(i) * day, hash: hash))
        }
        let middle = try await store.activities(
            from: LocalDate(year: 2026, month: 3, day: 3), through: LocalDate(year: 2026, month: 3, day: 4),
            withSamples: false)
        #expect(middle.map { $0.sources[0].contentHash } == ["d1", "d2"])
        #expect(middle.allSatisfy { $0.samples.isEmpty && $0.laps.count == 2 })
        let all = try await store.activities(from: nil, through: nil, withSamples: true)
        #expect(all.map { $0.sources[0].contentHash } == ["d0", "d1", "d2", "d3"])
        #expect(all.allSatisfy { $0.samples.count == 60 })
    }

    @Test(arguments: StoreKind.testable)
    func configuredTimeZoneDatesRunsWithoutOffset(kind: StoreKind) async throws {
        let store = try await kind.make()
        // 2026-03-02T23:30Z: Monday in UTC, Tuesday in Berlin (+01:00 in March).
        _ = try await store.save(Fixture.run(start: Fixture.monday7am + 16.5 * 3600))
        #expect(try await store.activitySummaries(since: nil).first?.localDate == LocalDate(year: 2026, month: 3, day: 2))
        try await store.saveSettings(RunnerSettings(timeZone: "Europe/Berlin"))
        #expect(try await store.activitySummaries(since: nil).first?.localDate == LocalDate(year: 2026, month: 3, day: 3))
    }

    @Test(arguments: StoreKind.testable)
    func hasSourceKnowsImportedFiles(kind: StoreKind) async throws {
        let store = try await kind.make()
        #expect(try await store.hasSource(contentHash: "aaaa") == false)
        _ = try await store.save(Fixture.run(hash: "aaaa"))
        #expect(try await store.hasSource(contentHash: "aaaa"))
        #expect(try await store.hasSource(contentHash: "bbbb") == false)
    }

    @Test(arguments: StoreKind.testable)
    func settingsRoundTrip(kind: StoreKind) async throws {
        let store = try await kind.make()
        #expect(try await store.settings() == RunnerSettings())
        let settings = RunnerSettings(
            restingHeartRate: 48, maxHeartRate: 188, birthYear: 1984, sex: "female", units: "mi",
            timeZone: "America/Denver")
        try await store.saveSettings(settings)
        #expect(try await store.settings() == settings)
        try await store.saveSettings(RunnerSettings(restingHeartRate: 50))
        #expect(try await store.settings() == RunnerSettings(restingHeartRate: 50))
    }

    @Test(arguments: StoreKind.testable)
    func answersAreAppendedNeverOverwritten(kind: StoreKind) async throws {
        let store = try await kind.make()
        let first = try await store.saveAnswers(json: #"{"schema":"lumbar.answers/1","age":40}"#, recordedAt: 100)
        let second = try await store.saveAnswers(json: #"{"schema":"lumbar.answers/1","age":41}"#, recordedAt: 200.5)
        #expect(first != second)
        let history = try await store.answersHistory()
        #expect(history == [
            StoredAnswers(id: first, recordedAt: 100, json: #"{"schema":"lumbar.answers/1","age":40}"#),
            StoredAnswers(id: second, recordedAt: 200.5, json: #"{"schema":"lumbar.answers/1","age":41}"#),
        ])
    }

    @Test(arguments: StoreKind.testable)
    func coreTestsOldestFirst(kind: StoreKind) async throws {
        let store = try await kind.make()
        let later = CoreTestResult(date: LocalDate(year: 2026, month: 2, day: 1), flexorSeconds: 120, extensorSeconds: 95.5)
        let earlier = CoreTestResult(
            date: LocalDate(year: 2026, month: 1, day: 1), sideBridgeRightSeconds: 60, sideBridgeLeftSeconds: 52)
        try await store.saveCoreTest(later)
        try await store.saveCoreTest(earlier)
        #expect(try await store.coreTests() == [earlier, later])
    }

    @Test(arguments: StoreKind.testable)
    func painEntriesGetIdsAndComeBackOldestFirst(kind: StoreKind) async throws {
        let store = try await kind.make()
        let b = try await store.savePainEntry(
            PainEntry(date: LocalDate(year: 2026, month: 3, day: 5), activityID: "0a1b2c3d", afterRun: 4,
                      perceivedExertion: 6, peg: [4, 3, 2.5], rolandMorris: 7, note: "stiff \"after\" hills"))
        let a = try await store.savePainEntry(PainEntry(date: LocalDate(year: 2026, month: 3, day: 1), duringRun: 2))
        #expect(a.id != nil && b.id != nil && a.id != b.id)
        #expect(try await store.painEntries() == [a, b])
    }

    @Test(arguments: StoreKind.testable)
    func posturesKeepDateAndJSON(kind: StoreKind) async throws {
        let store = try await kind.make()
        let id1 = try await store.savePosture(json: #"{"trunkLean":7.5}"#, date: LocalDate(year: 2026, month: 3, day: 2))
        let id2 = try await store.savePosture(json: #"{"trunkLean":5}"#, date: LocalDate(year: 2026, month: 4, day: 2))
        let rows = try await store.postures()
        #expect(rows.map(\.id) == [id1, id2])
        #expect(rows.map(\.json) == [#"{"trunkLean":7.5}"#, #"{"trunkLean":5}"#])
        #expect(rows.map(\.date) == [LocalDate(year: 2026, month: 3, day: 2), LocalDate(year: 2026, month: 4, day: 2)])
    }
}
