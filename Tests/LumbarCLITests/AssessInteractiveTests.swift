import Foundation
import LumbarCore
import LumbarStore
import Testing
@testable import LumbarCLI

@Suite("lumbar assess: interactive questionnaire")
struct AssessInteractiveTests {
    /// Every answer of a complete run, red flags first (past cancer: the only flag raised).
    static let redFlagLines = [
        "n", "n", "n", "n",  // bladder, bowel, saddle, sexual
        "3", "1",  // leg pain below the knee, one leg
        "n", "n",  // weakness, foot drop (no nerve symptom: the 14-day question is skipped)
        "n",  // fever (then "unwell" is skipped)
        "n", "n", "n", "y", "n", "n", "n", "n", "n", "n", "n",
    ]
    static let restLines = [
        "41", "1", "?", "60",  // age, sex female, height unknown, weight
        "20", "1", "2", "2026-11-12", "0", "1,5",  // episode (no "pain between bouts": 0 earlier)
        "1", "y", "y", "1", "3", "1,2", "4", "10", "1",  // symptoms
        // 20 days: the NG65 items are skipped
        "3", "4", "5", "2", "4", "3", "2", "1",  // pain, PEG, core sessions
    ]

    static func expectedAnswers() -> Answers {
        var a = Answers()
        for key in Answers.RedFlags.keys where !["symptomsNewWithin14Days", "unwell"].contains(key) {
            a.redFlags[key] = key == "historyOfCancer"
        }
        a.symptoms.legPain = .belowKnee
        a.symptoms.legPainSides = .one
        a.age = 41
        a.sex = .female
        a.weightKg = 60
        a.episode.durationDays = 20
        a.episode.onset = .sudden
        a.episode.linkedToRun = .afterRun
        a.episode.linkedRunDate = LocalDate(year: 2026, month: 11, day: 12)
        a.episode.previousEpisodes = 0
        a.episode.trainingChange = [.moreDistance, .newShoes]
        a.symptoms.location = [.oneSideMuscle]
        a.symptoms.localTenderness = true
        a.symptoms.painOnContraction = true
        a.symptoms.numbness = Answers.Numbness.none
        a.symptoms.timing = [.afterRuns]
        a.symptoms.worseWith = [.sitting, .bendingForward]
        a.symptoms.betterWith = [.movingAround]
        a.symptoms.morningStiffnessMinutes = 10
        a.symptoms.selfObservedPosture = .leanForward
        a.pain.now = 3
        a.pain.duringRuns = 4
        a.pain.afterRuns = 5
        a.pain.nextMorning = 2
        var peg = Answers.PEG()
        peg.pain = 4
        peg.enjoyment = 3
        peg.activity = 2
        a.pain.peg = peg
        a.history.coreSessionsPerWeek = 1
        return a
    }

    func runner(_ console: ScriptedConsole, _ store: MemoryStore, progress: URL, json: Bool = false) -> AssessRunner {
        AssessRunner(store: store, console: console, now: 1_800_000_000, json: json, outPath: nil, progressPath: progress.path)
    }

    @Test func completeRunWithGoingBackStoresTheAnswers() async throws {
        let dir = try assessTemporaryFolder()
        let progress = dir.appendingPathComponent("progress.json")
        // "maybe" is refused and re-asked; after "one leg" the person goes back and says it again.
        var lines = ["maybe"] + Self.redFlagLines
        lines.insert(contentsOf: ["b", "1"], at: 7)
        let console = ScriptedConsole(lines + Self.restLines)
        let store = MemoryStore()
        let code = try await runner(console, store, progress: progress).run(answersPath: nil)
        #expect(code == 0)
        #expect(console.remaining == 0)
        #expect(console.out.contains("Please answer y (yes), n (no) or ? (don't know)."))
        #expect(!console.out.contains("14 days"))
        #expect(!console.out.contains("NICE NG65"))
        let stored = try await store.answersHistory()
        #expect(stored.count == 1)
        let decoded = try AnswersDecoder.decode(stored[0].json)
        #expect(decoded.answers == Self.expectedAnswers())
        #expect(stored[0].json == AnswersEncoder.encode(Self.expectedAnswers()))
        #expect(console.out.contains("[0-21, ?] \nRed-flag screen: soon\n"))
        #expect(!FileManager.default.fileExists(atPath: progress.path))
    }

    @Test func goingBackReopensABranch() async throws {
        let dir = try assessTemporaryFolder()
        // Leg pain "no" skips the sides; going back and answering "below the knee" asks them.
        var lines = Array(Self.redFlagLines[0..<4]) + ["1", "b", "3", "2"]
        lines += ["n", "n", "y"]  // weakness, foot drop, new within 14 days (both legs = nerve symptom)
        lines += Array(Self.redFlagLines[8...]) + Self.restLines
        let console = ScriptedConsole(lines)
        let store = MemoryStore()
        _ = try await runner(console, store, progress: dir.appendingPathComponent("p.json")).run(answersPath: nil)
        let a = try AnswersDecoder.decode(try await store.answersHistory()[0].json).answers
        #expect(a.symptoms.legPainSides == .both && a.redFlags.symptomsNewWithin14Days == true)
        #expect(console.out.contains("Important: Red-flag screen: emergency"))
        #expect(console.out.contains("Red-flag screen: emergency\n"))
    }

    @Test func stopAndResume() async throws {
        let dir = try assessTemporaryFolder()
        let progress = dir.appendingPathComponent("progress.json")
        let store = MemoryStore()
        let first = ScriptedConsole(Self.redFlagLines + ["41"])  // then the input ends
        #expect(try await runner(first, store, progress: progress).run(answersPath: nil) == 0)
        #expect(first.out.contains("run `lumbar assess` again to resume"))
        #expect(try await store.answersHistory().isEmpty)
        #expect(FileManager.default.fileExists(atPath: progress.path))

        let second = ScriptedConsole(["y"] + Array(Self.restLines.dropFirst()))
        #expect(try await runner(second, store, progress: progress).run(answersPath: nil) == 0)
        #expect(second.out.contains("Resumed after 21 answers."))
        let stored = try await store.answersHistory()
        #expect(stored.count == 1)
        #expect(try AnswersDecoder.decode(stored[0].json).answers == Self.expectedAnswers())
    }

    @Test func declineResumeStartsAgain() async throws {
        let dir = try assessTemporaryFolder()
        let progress = dir.appendingPathComponent("progress.json")
        let store = MemoryStore()
        _ = try await runner(ScriptedConsole(["y", "y"]), store, progress: progress).run(answersPath: nil)
        let again = ScriptedConsole(["n"] + Self.redFlagLines + Self.restLines)
        _ = try await runner(again, store, progress: progress).run(answersPath: nil)
        let a = try AnswersDecoder.decode(try await store.answersHistory()[0].json).answers
        #expect(a.redFlags.bladderChange == false)
    }

    @Test func jsonModeKeepsPromptsOffStdout() async throws {
        let dir = try assessTemporaryFolder()
        let console = ScriptedConsole(Self.redFlagLines + Self.restLines)
        _ = try await runner(console, MemoryStore(), progress: dir.appendingPathComponent("p.json"), json: true)
            .run(answersPath: nil)
        #expect(console.out.hasPrefix(#"{"urgency":"soon","redFlags":[{"id":"malignancy","urgency":"soon","because":["historyOfCancer"],"advice":"#))
        #expect(console.err.contains("Have you ever had cancer?"))
    }
}
