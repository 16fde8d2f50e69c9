import Foundation
import LumbarCore

/// A parsed answer to one question.
enum AnswerValue: Equatable {
    case bool(Bool)
    case word(String)
    case words([String])
    case int(Int)
    case number(Double)
    case date(LocalDate)
}

/// One choice offered by a question: the contract word and its plain-language label.
struct QuestionChoice {
    var word: String
    var label: String
}

/// One question of the terminal questionnaire: its text, what it accepts, when it applies and
/// where the answer goes in `Answers`.
struct Question {
    enum Kind {
        /// y / n.
        case yesNo
        /// One of the choices, by number or word.
        case choice([QuestionChoice])
        /// Any of the choices, numbers or words separated by commas; `0` for none of them.
        case multi([QuestionChoice])
        case integer(ClosedRange<Int>)
        case number(ClosedRange<Double>)
        case date
    }

    /// A stable id, saved in the progress file (the contract key where there is one).
    var id: String
    /// The section heading printed before the first question of a section.
    var section: String
    var text: String
    var kind: Kind
    /// Whether the question applies given the answers so far (branches skip what does not).
    var applies: (Answers) -> Bool = { _ in true }
    /// Extra check against earlier answers; returns a message when the value is not acceptable.
    var check: (Answers, AnswerValue) -> String? = { _, _ in nil }
    /// Stores the answer (`nil` = "don't know").
    var apply: (inout Answers, AnswerValue?) -> Void

    /// Parses what the person typed. `.unknown` for `?`; a message for anything else unusable.
    enum Parsed: Equatable {
        case value(AnswerValue)
        case unknown
        case invalid(String)
    }

    func parse(_ raw: String) -> Parsed {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text == "?" { return .unknown }
        switch kind {
        case .yesNo:
            switch text.lowercased() {
            case "y", "yes": return .value(.bool(true))
            case "n", "no": return .value(.bool(false))
            default: return .invalid("Please answer y (yes), n (no) or ? (don't know).")
            }
        case .choice(let choices):
            if let c = Self.pick(text, choices) { return .value(.word(c.word)) }
            return .invalid("Please type a number from 1 to \(choices.count), or ? (don't know).")
        case .multi(let choices):
            if text == "0" || text.lowercased() == "none" { return .value(.words([])) }
            var words: [String] = []
            for part in text.split(separator: ",") {
                guard let c = Self.pick(part.trimmingCharacters(in: .whitespaces), choices) else {
                    return .invalid("Please type numbers from 1 to \(choices.count) separated by commas, 0 for none, or ?.")
                }
                if !words.contains(c.word) { words.append(c.word) }
            }
            return words.isEmpty ? .invalid("Please type at least one number, 0 for none, or ?.") : .value(.words(words))
        case .integer(let range):
            guard let n = Int(text), range.contains(n) else {
                return .invalid("Please type a whole number from \(range.lowerBound) to \(range.upperBound), or ?.")
            }
            return .value(.int(n))
        case .number(let range):
            guard let d = Double(text), d.isFinite, range.contains(d) else {
                return .invalid("Please type a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound)), or ?.")
            }
            return .value(.number(d))
        case .date:
            guard let d = LocalDate(text) else { return .invalid("Please type a date as YYYY-MM-DD (e.g. 2026-11-12), or ?.") }
            return .value(.date(d))
        }
    }

    private static func pick(_ text: String, _ choices: [QuestionChoice]) -> QuestionChoice? {
        if let n = Int(text), (1...choices.count).contains(n) { return choices[n - 1] }
        return choices.first { $0.word.lowercased() == text.lowercased() }
    }

    static func plain(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }

    /// The prompt: the question, then the choices or the accepted form.
    var prompt: String {
        switch kind {
        case .yesNo: return "\(text) [y/n/?] "
        case .choice(let cs), .multi(let cs):
            let list = cs.enumerated().map { "  \($0.offset + 1) \($0.element.label)" }.joined(separator: "\n")
            let how = if case .multi = kind { "numbers separated by commas, 0 for none, ? don't know" } else { "number, ? don't know" }
            return "\(text)\n\(list)\n[\(how)] "
        case .integer(let r): return "\(text) [\(r.lowerBound)-\(r.upperBound), ?] "
        case .number(let r): return "\(text) [\(Self.plain(r.lowerBound))-\(Self.plain(r.upperBound)), ?] "
        case .date: return "\(text) [YYYY-MM-DD, ?] "
        }
    }
}
