import Foundation
import LumbarCore
import LumbarStore
import Testing
@testable import LumbarCLI

@Suite("lumbar core-test")
struct AssessCoreTestTests {
    static let day = LocalDate(year: 2026, month: 11, day: 20)

    @Test func guidedBatteryTimesEachHoldWithRests() async throws {
        let clock = ManualTestClock()
        // Enter to start / Enter to stop per test ("s" skips one); the clock moves by the hold
        // before each "stop" line is read.
        let console = ScriptedConsole(["", "", "", "", "s", "", ""])
        var advances: [Double] = [0, 250, 0, 60, 0, 0, 70]
        console.beforeRead = { if !advances.isEmpty { clock.time += advances.removeFirst() } }
        let store = MemoryStore()
        let runner = CoreTestRunner(store: store, console: console, clock: clock)
        let order: [CoreTestKind] = [.extensor, .flexor, .sideBridgeLeft, .sideBridgeRight]
        let code = try await runner.run(given: [:], date: Self.day, sex: .male, order: order, restSeconds: 60)
        #expect(code == 0)
        let saved = try await store.coreTests()
        #expect(saved.count == 1 && saved.first?.sideBridgeLeftSeconds == nil)
        #expect(saved.first?.extensorSeconds == 240 && saved.first?.flexorSeconds == 60)
        #expect(saved.first?.sideBridgeRightSeconds == 70)
        #expect(clock.slept == 120)  // rests after the first and second holds; none after the skip or the last
        #expect(console.out.contains("Test 1 of 4: back extensor (Sorensen) hold"))
        #expect(console.out.contains("The test stops at 240 s"))
        #expect(console.out.contains("Skipped."))
        #expect(console.out.contains("30 s left"))
        #expect(console.out.contains("recorded as 240 s"))
        #expect(console.out.contains("Sorensen 240 s: in men, holds over 198 s predicted no first episode"))
    }

    @Test func givenTimesAreComparedAndChangeBeyondMDCReported() async throws {
        let store = MemoryStore()
        try await store.saveCoreTest(CoreTestResult(
            date: LocalDate(year: 2026, month: 10, day: 1), flexorSeconds: 100, extensorSeconds: 100,
            sideBridgeRightSeconds: 50, sideBridgeLeftSeconds: 50))
        let console = ScriptedConsole([])
        let runner = CoreTestRunner(store: store, console: console, clock: ManualTestClock())
        let given: [CoreTestKind: Double] = [.flexor: 120, .extensor: 150, .sideBridgeRight: 40, .sideBridgeLeft: 50]
        _ = try await runner.run(given: given, date: Self.day, sex: .female, order: [], restSeconds: 0)
        let out = console.out
        #expect(out.hasPrefix("Core tests on 2026-11-20, against McGill 1999, healthy young women (R41):"))
        #expect(out.contains("right side bridge              40 s = 56 % of 72 s"))
        #expect(out.contains("right/left side bridge 0.80 (target between 0.95 and 1.05)  IMBALANCED"))
        #expect(out.contains("no predictive value shown in women"))
        #expect(out.contains("back extensor (Sorensen) hold: +50 s  real change"))
        #expect(out.contains("trunk flexor hold: +20 s  within measurement error"))
        #expect(out.contains("left side bridge: no change"))
        #expect(try await store.coreTests().count == 2)
    }

    @Test func sexComesFromStoredAnswersWhenNotGiven() async throws {
        let store = MemoryStore()
        _ = try await store.saveAnswers(json: #"{"schema":"lumbar.answers/1","sex":"male"}"#, recordedAt: 0)
        let console = ScriptedConsole([])
        _ = try await CoreTestRunner(store: store, console: console, clock: ManualTestClock())
            .run(given: [.extensor: 100], date: Self.day, sex: nil, order: [], restSeconds: 0)
        #expect(console.out.contains("McGill 1999, healthy young men"))
    }

    @Test func unknownSexUsesPooledNorms() async throws {
        let console = ScriptedConsole([])
        _ = try await CoreTestRunner(store: MemoryStore(), console: console, clock: ManualTestClock())
            .run(given: [.flexor: 100], date: Self.day, sex: nil, order: [], restSeconds: 0)
        #expect(console.out.contains("healthy adults 18-55, women and men pooled (R43)"))
        #expect(console.out.contains("compared with pooled adult norms (R43)"))
    }

    @Test func quittingBeforeAnyHoldStoresNothing() async throws {
        let store = MemoryStore()
        let console = ScriptedConsole(["q"])
        let code = try await CoreTestRunner(store: store, console: console, clock: ManualTestClock())
            .run(given: [:], date: Self.day, sex: nil, order: CoreTestKind.allCases, restSeconds: 60)
        #expect(code == 0 && console.out.contains("nothing stored"))
        #expect(try await store.coreTests().isEmpty)
    }

    @Test func optionsAreValidated() throws {
        #expect(throws: (any Error).self) { try CoreTestCommand.parse(["--flexor", "700"]) }
        #expect(throws: (any Error).self) { try CoreTestCommand.parse(["--date", "2026-13-01"]) }
        #expect(throws: (any Error).self) { try CoreTestCommand.parse(["--sex", "m"]) }
        let ok = try CoreTestCommand.parse(["--flexor", "90", "--side-left", "40"])
        #expect(ok.given == [.flexor: 90, .sideBridgeLeft: 40])
    }
}
