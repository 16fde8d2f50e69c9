import Foundation
import LumbarCore
import LumbarStore
import Testing
@testable import LumbarCLI

@Suite("lumbar pain log / list")
struct AssessPainDiaryTests {
    static let day = LocalDate(year: 2026, month: 11, day: 20)

    static func run(on date: LocalDate, hash: String, sport: Sport = .running, hour: Double = 7) -> Activity {
        Activity(
            sport: sport, start: Double(date.daysSinceEpoch) * 86_400 + hour * 3600, utcOffsetSeconds: 0,
            elapsedSeconds: 3600, sources: [ActivitySource(path: "\(hash).fit", contentHash: hash, format: "fit")])
    }

    @Test func linksToTheRunOnTheDateAndReportsTheZone() async throws {
        let store = MemoryStore()
        guard case .inserted(let id) = try await store.save(Self.run(on: Self.day, hash: "a")) else {
            Issue.record("the run was not stored"); return
        }
        _ = try await store.save(Self.run(on: Self.day, hash: "walk", sport: .walking))
        let diary = PainDiary(store: store)
        let outcome = try await diary.log(PainEntry(date: Self.day, duringRun: 4, afterRun: 5), runID: nil)
        guard case .success(let text) = outcome else { Issue.record("\(outcome)"); return }
        #expect(text.contains("Linked to your run of 2026-11-20 (\(id))."))
        #expect(text.contains("hold (stay at this level)"))
        #expect(text.contains("Log the next-morning pain tomorrow"))
        #expect(try await store.painEntries().first?.activityID == id)

        let morning = try await diary.log(PainEntry(date: Self.day, nextMorning: 6), runID: id)
        guard case .success(let text2) = morning else { Issue.record("\(morning)"); return }
        #expect(text2.contains("step back one stage"))
    }

    @Test func ambiguousDateOrUnknownRunStoresNothing() async throws {
        let store = MemoryStore()
        // A morning and an evening run on the same day: two activities.
        guard case .inserted(let morningRun) = try await store.save(Self.run(on: Self.day, hash: "a")),
            case .inserted(let eveningRun) = try await store.save(Self.run(on: Self.day, hash: "b", hour: 18))
        else { Issue.record("the runs were not stored"); return }
        let diary = PainDiary(store: store)
        let two = try await diary.log(PainEntry(date: Self.day, duringRun: 2), runID: nil)
        #expect(two == .failure("2 runs on 2026-11-20 (\(morningRun), \(eveningRun)): choose one with --run ID. Nothing was stored."))
        let missing = try await diary.log(PainEntry(date: Self.day, duringRun: 2), runID: "zzz")
        #expect(missing == .failure("--run: no activity with id zzz. Nothing was stored."))
        #expect(try await store.painEntries().isEmpty)
    }

    @Test func invalidValuesStoreNothing() async throws {
        let store = MemoryStore()
        let outcome = try await PainDiary(store: store).log(PainEntry(date: Self.day, duringRun: 12), runID: nil)
        #expect(outcome == .failure("during: expected a number from 0 to 10; found 12. Nothing was stored."))
        #expect(try await store.painEntries().isEmpty)
    }

    @Test func unlinkedDateIsStoredForTheDate() async throws {
        let store = MemoryStore()
        let outcome = try await PainDiary(store: store).log(PainEntry(date: Self.day, afterRun: 2), runID: nil)
        guard case .success(let text) = outcome else { Issue.record("\(outcome)"); return }
        #expect(text.contains("No run found on 2026-11-20: stored for the date only."))
    }

    @Test func listAsTextAndJSON() async throws {
        let store = MemoryStore()
        let diary = PainDiary(store: store)
        #expect(try await diary.list(json: false).contains("The pain diary is empty"))
        _ = try await diary.log(PainEntry(date: Self.day, duringRun: 2, nextMorning: 1, peg: [3, 2, 1]), runID: nil)
        let json = try await diary.list(json: true)
        #expect(json.hasPrefix(#"{"entries":[{"id":1,"date":"2026-11-20","duringRun":2,"nextMorning":1,"peg":[3,2,1]}],"zone":{"zone":"continue","date":"2026-11-20""#))
        let text = try await diary.list(json: false)
        #expect(text.contains("2026-11-20  -          2      -      1"))
        #expect(text.contains("continue (pain is within limits)"))
    }

    @Test func pegOptionIsParsed() throws {
        let cmd = try PainLogCommand.parse(["--peg", "4,3,2", "--during", "3"])
        #expect(try cmd.parsedPEG() == [4, 3, 2])
        #expect(throws: (any Error).self) { try PainLogCommand.parse(["--peg", "4,x,2"]) }
        #expect(throws: (any Error).self) { try PainLogCommand.parse(["--run", "m1", "--date", "2026-11-20"]) }
    }
}
