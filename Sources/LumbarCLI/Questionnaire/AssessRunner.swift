import Foundation
import LumbarCore
import LumbarStore

/// What `lumbar assess` does, apart from argument parsing: testable with a scripted console and
/// `MemoryStore`.
struct AssessRunner {
    var store: any Store
    var console: any LineConsole
    /// UTC seconds, for the stored answers' `recordedAt`.
    var now: Double
    var json: Bool
    var outPath: String?
    var progressPath: String

    /// Runs from an answers file (no prompts) or interactively; returns the exit code.
    func run(answersPath: String?) async throws -> Int32 {
        let decoded: DecodedAnswers
        if let answersPath {
            let bytes: [UInt8]
            do { bytes = try readAnswersFile(answersPath) } catch {
                console.writeError("\(answersPath): \(error.reason)\nNothing was stored.\n")
                return 2
            }
            do {
                decoded = try AnswersDecoder.decode(bytes)
            } catch {
                console.writeError("\(answersPath): \(error.description)\nNothing was stored.\n")
                return 2
            }
            for w in decoded.warnings { console.writeError("\(answersPath): \(w)\n") }
        } else {
            guard let answers = try await interview() else { return 0 }
            decoded = DecodedAnswers(answers: answers)
        }
        return try await finish(decoded)
    }

    /// Screens, stores, writes `--out`, prints the result.
    private func finish(_ d: DecodedAnswers) async throws -> Int32 {
        let result = RedFlagScreen.evaluate(d.answers)
        let stored = AnswersEncoder.encode(d.answers, keeping: d.unknownFields)
        let id = try await store.saveAnswers(json: stored, recordedAt: now)
        var recorded = "Recorded: your answers were stored (set \(id))."
        if let outPath {
            let pretty = AnswersEncoder.encode(d.answers, keeping: d.unknownFields, pretty: true) + "\n"
            do {
                try Data(pretty.utf8).write(to: URL(fileURLWithPath: outPath), options: .atomic)
                recorded += " Answers file written to \(outPath)."
            } catch {
                console.writeError("\(outPath): cannot write the answers file: \(error.localizedDescription)\n")
                return 1
            }
        }
        recorded += " Run `lumbar analyze` to weigh the causes."
        console.write(json ? AssessReport.json(result) : AssessReport.text(result, recorded: recorded))
        return 0
    }

    /// Prompts go to stderr with `--json`, so stdout carries only the JSON document.
    private func say(_ text: String) {
        if json { console.writeError(text) } else { console.write(text) }
    }

    /// The interactive questionnaire. `nil` when the person stopped before the end (progress kept).
    func interview() async throws -> Answers? {
        let progress = ProgressFile(path: progressPath)
        var session = QuestionnaireSession(questions: AssessQuestions.all)
        let saved: [QuestionnaireSession.Entry]
        do { saved = try progress.load() } catch {
            console.writeError("\(error)\n")
            return nil
        }
        if !saved.isEmpty {
            say("You have an unfinished questionnaire (\(saved.count) answers). Resume it? [y/n] ")
            guard let line = console.readLine() else { return nil }
            if line.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y") {
                let n = session.replay(saved)
                say("Resumed after \(n) answers.\n")
            } else {
                progress.delete()
                say("Starting again.\n")
            }
        }
        say("Answer each question; ? means don't know, b goes back one question, q stops (your progress is kept).\n")
        var lastSection: String?
        var warnedAfterRedFlags = false
        while let q = session.nextQuestion {
            if !warnedAfterRedFlags && !AssessQuestions.redFlagIDs.contains(q.id) {
                warnedAfterRedFlags = true
                let screen = RedFlagScreen.evaluate(session.answers)
                if screen.urgency >= .urgent {
                    say("\nImportant: \(AssessReport.headline(screen)).\n")
                    for f in screen.redFlags where f.urgency >= .urgent { say("  \(f.advice)\n") }
                    say("Please act on this first. You can finish the questions later (q stops and keeps your progress).\n")
                }
            }
            if q.section != lastSection {
                say("\n\(q.section)\n")
                lastSection = q.section
            }
            say(q.prompt)
            guard let line = console.readLine() else {
                say("\nStopped. Your answers so far are kept in \(progressPath); run `lumbar assess` again to resume.\n")
                return nil
            }
            let text = line.trimmingCharacters(in: .whitespaces)
            switch text.lowercased() {
            case "b":
                if !session.back() { say("This is the first question.\n") }
                lastSection = nil
                if AssessQuestions.redFlagIDs.contains(session.nextQuestion?.id ?? "") { warnedAfterRedFlags = false }
            case "q":
                say("Stopped. Your answers so far are kept in \(progressPath); run `lumbar assess` again to resume.\n")
                return nil
            case "":
                say("Please type an answer, ? if you don't know, or b to go back.\n")
            default:
                if let problem = session.answer(q, raw: text) { say("\(problem)\n") }
            }
            try progress.save(session.history)
        }
        progress.delete()
        say("\n")
        return session.answers
    }
}
