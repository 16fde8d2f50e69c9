import Foundation
import LumbarCore

/// The state of a questionnaire: the answers given so far, in order, so that `b` can take the
/// last one back and a saved session can be replayed exactly. Answers are rebuilt from the
/// history each time, so a changed answer re-opens or skips the branches that depend on it.
struct QuestionnaireSession {
    /// One answer as typed (trimmed), under its question id.
    struct Entry: Equatable {
        var id: String
        var raw: String
    }

    let questions: [Question]
    private(set) var history: [Entry] = []
    private(set) var answers = Answers()

    init(questions: [Question]) { self.questions = questions }

    /// The next question to ask: the first, in order, not yet answered and applying to the
    /// answers so far; `nil` when the questionnaire is complete.
    var nextQuestion: Question? {
        let asked = Set(history.map(\.id))
        return questions.first { !asked.contains($0.id) && $0.applies(answers) }
    }

    /// Records an answer to `question`; returns a message (and records nothing) when it is not
    /// usable.
    mutating func answer(_ question: Question, raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let parsed = question.parse(text)
        switch parsed {
        case .invalid(let message): return message
        case .unknown: question.apply(&answers, nil)
        case .value(let v):
            if let problem = question.check(answers, v) { return problem }
            question.apply(&answers, v)
        }
        history.append(Entry(id: question.id, raw: text))
        return nil
    }

    /// Takes back the last answer; `false` when there is none.
    mutating func back() -> Bool {
        guard !history.isEmpty else { return false }
        let kept = history.dropLast()
        history = []
        answers = Answers()
        _ = replay(Array(kept))
        return true
    }

    /// Replays saved entries in order; stops at the first that no longer fits (unknown id, not
    /// the next question, or no longer a valid answer). Returns how many were replayed.
    mutating func replay(_ entries: [Entry]) -> Int {
        var count = 0
        for e in entries {
            guard let q = nextQuestion, q.id == e.id, answer(q, raw: e.raw) == nil else { break }
            count += 1
        }
        return count
    }
}
