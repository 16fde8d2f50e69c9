import Foundation
import LumbarCore
import LumbarStore
import Testing
@testable import LumbarCLI

@Suite("lumbar assess --answers")
struct AssessAnswersFileTests {
    func run(_ json: String, asJSON: Bool = false, out: String? = nil) async throws -> (Int32, ScriptedConsole, MemoryStore) {
        let dir = try assessTemporaryFolder()
        let file = dir.appendingPathComponent("answers.json")
        try Data(json.utf8).write(to: file)
        let console = ScriptedConsole([])
        let store = MemoryStore()
        let runner = AssessRunner(
            store: store, console: console, now: 1_800_000_000, json: asJSON, outPath: out,
            progressPath: dir.appendingPathComponent("p.json").path)
        return (try await runner.run(answersPath: file.path), console, store)
    }

    static let malformed: [(String, String)] = [
        (#"{"schema":"lumbar.answers/1","symptoms":{"legPain":"knee"}}"#,
         #"symptoms.legPain: expected one of none, aboveKnee, belowKnee; found "knee""#),
        (#"{"schema":"lumbar.answers/0"}"#, #"schema: expected "lumbar.answers/1"; found "lumbar.answers/0""#),
        (#"{"schema":"lumbar.answers/1","pain":{"duringRuns":12}}"#, "pain.duringRuns: expected a number from 0 to 10; found 12"),
        (#"{"schema":"lumbar.answers/1","redFlags":{"fever":1}}"#, "redFlags.fever: expected true or false; found 1"),
        (#"{"schema":"lumbar.answers/1","episode":{"linkedRunDate":"12/11/2026"}}"#,
         #"episode.linkedRunDate: expected a date as YYYY-MM-DD (e.g. 2026-11-27); found "12/11/2026""#),
        ("{not json", "the answers file is not valid JSON (line 1, column 2): expected a quoted field name"),
    ]

    @Test(arguments: malformed)
    func malformedFileExitsTwoAndStoresNothing(json: String, message: String) async throws {
        let (code, console, store) = try await run(json)
        #expect(code == 2)
        #expect(console.err.contains(message))
        #expect(console.err.contains("Nothing was stored."))
        #expect(console.out.isEmpty)
        #expect(try await store.answersHistory().isEmpty)
    }

    @Test func missingFileExitsTwo() async throws {
        let console = ScriptedConsole([])
        let store = MemoryStore()
        let code = try await AssessRunner(
            store: store, console: console, now: 0, json: false, outPath: nil, progressPath: "/nonexistent/p.json"
        ).run(answersPath: "/nonexistent/answers.json")
        #expect(code == 2 && console.err.contains("cannot read the answers file"))
        #expect(try await store.answersHistory().isEmpty)
    }

    /// A FIFO given as the answers file (a shell's `<(...)`, or a mistake) used to block forever
    /// in Foundation's read; it is now refused by name before anything is read.
    @Test(.timeLimit(.minutes(1))) func fifoAnswersFileIsRefusedNotWaitedOn() async throws {
        let dir = try assessTemporaryFolder()
        let fifo = dir.appendingPathComponent("answers.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let console = ScriptedConsole([])
        let store = MemoryStore()
        let code = try await AssessRunner(
            store: store, console: console, now: 0, json: false, outPath: nil,
            progressPath: dir.appendingPathComponent("p.json").path
        ).run(answersPath: fifo)
        #expect(code == 2)
        #expect(console.err.contains("\(fifo): cannot read the answers file: not a regular file"))
        #expect(try await store.answersHistory().isEmpty)
        do {
            _ = try readAnswersFile(fifo)
            Issue.record("a FIFO was read as an answers file")
        } catch {
            #expect(error.reason.contains("not a regular file"))
        }
    }

    @Test func emergencyTextFirstLineAndStored() async throws {
        let (code, console, store) = try await run(
            #"{"schema":"lumbar.answers/1","age":44,"redFlags":{"bladderChange":true,"symptomsNewWithin14Days":true},"extra":1}"#)
        #expect(code == 0)
        #expect(console.out.hasPrefix("Red-flag screen: emergency\n"))
        #expect(console.out.contains("Recorded: your answers were stored (set 1)."))
        #expect(console.out.contains("Safety net:"))
        #expect(console.err.contains("unknown field extra (kept, ignored)"))
        let stored = try await store.answersHistory()
        #expect(stored.map(\.json) == [
            #"{"schema":"lumbar.answers/1","age":44,"redFlags":{"bladderChange":true,"symptomsNewWithin14Days":true},"extra":1}"#,
        ])
        #expect(stored[0].recordedAt == 1_800_000_000)
    }

    @Test func noneFoundHeadline() async throws {
        var a = Answers()
        a.age = 30
        a.episode.durationDays = 5
        a.symptoms.legPain = Answers.LegPain.none
        for key in Answers.RedFlags.keys { a.redFlags[key] = false }
        let (_, console, _) = try await run(AnswersEncoder.encode(a))
        #expect(console.out.hasPrefix("Red-flag screen: none found\n"))
        #expect(!console.out.contains("Not answered"))
    }

    @Test func jsonOutputIsExactlyTheContractShape() async throws {
        let (_, console, _) = try await run(#"{"schema":"lumbar.answers/1","redFlags":{"majorTrauma":true}}"#, asJSON: true)
        let expectedStart = #"{"urgency":"emergency","redFlags":[{"id":"fracture","urgency":"emergency","because":["majorTrauma"],"advice":"Go to an emergency department now: back pain after major trauma"#
        #expect(console.out.hasPrefix(expectedStart))
        #expect(console.out.contains(#""unknowns":[{"input":"redFlags.bladderChange","wouldInform":["redFlags"]},"#))
        guard case .object(let members) = try JSONTree.parse(console.out) else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["urgency", "redFlags", "unknowns"])
    }

    @Test func outWritesAReadableAnswersFile() async throws {
        let dir = try assessTemporaryFolder()
        let out = dir.appendingPathComponent("copy.json").path
        let (code, _, _) = try await run(#"{"schema":"lumbar.answers/1","age":50,"sex":"male"}"#, out: out)
        #expect(code == 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text == "{\n  \"schema\": \"lumbar.answers/1\",\n  \"age\": 50,\n  \"sex\": \"male\"\n}\n")
        #expect(try AnswersDecoder.decode(text).answers.age == 50)
    }
}
