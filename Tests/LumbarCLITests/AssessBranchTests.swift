import Foundation
import LumbarCore
import LumbarStore
import Testing
@testable import LumbarCLI

@Suite("lumbar assess: questionnaire branches")
struct AssessBranchTests {
    /// All red-flag answers "no", leg pain "no" (so the sides question is skipped): 19 lines.
    static let allNo = ["n", "n", "n", "n", "1"] + Array(repeating: "n", count: 14)

    func complete(_ lines: [String]) async throws -> (Answers, ScriptedConsole) {
        let dir = try assessTemporaryFolder()
        let console = ScriptedConsole(lines)
        let store = MemoryStore()
        let runner = AssessRunner(
            store: store, console: console, now: 0, json: false, outPath: nil,
            progressPath: dir.appendingPathComponent("p.json").path)
        #expect(try await runner.run(answersPath: nil) == 0)
        #expect(console.remaining == 0)
        let stored = try await store.answersHistory()
        try #require(stored.count == 1)
        return (try AnswersDecoder.decode(stored[0].json).answers, console)
    }

    @Test func longStandingYoungOnsetAsksTheNG65Items() async throws {
        let lines = Self.allNo
            + ["40", "2", "180", "75"]
            + ["200", "2", "3", "2", "y", "0"]  // no run link: the date is skipped; earlier bouts: asked
            + ["4", "n", "n", "1", "5", "0", "4", "60", "3"]
            + ["50", "25", "y", "n", "y", "y", "n", "n", "n", "n"]  // 50 > age 40 is refused, then 25
            + Array(repeating: "?", count: 8)
        let (a, console) = try await complete(lines)
        #expect(console.out.contains("That is older than your age (40); please check."))
        #expect(a.inflammatory.onsetAge == 25 && a.inflammatory.improvesWithNSAIDsWithin48h == true)
        #expect(a.episode.linkedRunDate == nil && a.episode.painBetweenEpisodes == true)
        #expect(a.symptoms.legPainSides == nil && a.symptoms.worseWith == [])
        #expect(console.out.contains("\nRed-flag screen: soon\n"))
        #expect(console.out.contains("rheumatologist"))
        #expect(RedFlagScreen.evaluate(a).redFlags.map(\.id) == [.inflammatory])
    }

    @Test func onsetAtFortyFiveOrLaterSkipsTheRest() async throws {
        let lines = Self.allNo
            + ["50", "4", "?", "?"]
            + ["200", "2", "3", "0", "0"]  // no earlier bouts: "pain between bouts" is skipped
            + ["1", "y", "y", "1", "3", "1", "5", "5", "4"]
            + ["46"]
            + Array(repeating: "?", count: 8)
        let (a, console) = try await complete(lines)
        #expect(a.inflammatory.onsetAge == 46 && a.inflammatory.wakesSecondHalfOfNight == nil)
        #expect(!console.out.contains("second half of the night"))
        #expect(console.out.contains("\nRed-flag screen: none found\n"))
    }

    @Test func feverAsksUnwellAndWarnsBeforeTheRest() async throws {
        var lines = ["n", "n", "n", "n", "1", "n", "n", "y", "y"]  // fever yes, unwell yes
        lines += Array(repeating: "n", count: 11)
        let dir = try assessTemporaryFolder()
        let console = ScriptedConsole(lines)
        _ = try await AssessRunner(
            store: MemoryStore(), console: console, now: 0, json: false, outPath: nil,
            progressPath: dir.appendingPathComponent("p.json").path
        ).run(answersPath: nil)
        #expect(console.out.contains("Important: Red-flag screen: emergency."))
        #expect(console.out.contains("a fever and feeling unwell"))
        #expect(console.out.contains("How old are you"))
    }
}
