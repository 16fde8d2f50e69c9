import LumbarCore

/// One question of the web questionnaire. Its form field name is its path in the answers
/// contract (`redFlags.bladderChange`, `episode.durationDays`, `pain.peg.pain`), so a submitted
/// form becomes a `lumbar.answers/1` document that `AnswersDecoder` checks like any other.
struct WebQuestion: Sendable {
    enum Kind: Sendable {
        case yesNo
        case choice([(word: String, label: String)])
        case multi([(word: String, label: String)])
        case integer(ClosedRange<Int>)
        case number(ClosedRange<Double>)
        case date
    }

    var path: String
    var text: String
    var kind: Kind
    /// Shown under the question.
    var hint: String? = nil
    /// Whether the question applies given the fields answered on earlier steps (branching
    /// without script: a question that does not apply is neither shown nor stored).
    var applies: @Sendable (FormFields) -> Bool = { _ in true }

    /// The HTML id of the control (paths contain dots, which are valid in ids).
    var id: String { "q-" + path }

    /// The words and labels of a contract enum, in its order.
    static func choices<T: RawRepresentable & CaseIterable>(_: T.Type, _ labels: [String]) -> [(word: String, label: String)]
    where T.RawValue == String {
        zip(T.allCases, labels).map { (word: $0.rawValue, label: $1) }
    }
}

/// The questionnaire's pages, red flags first. The inflammatory-back-pain page is shown only
/// when it applies (pain over 3 months, or its length unknown: NICE NG65, clinical.md 1.4, R15).
struct WebQuestionStep: Sendable {
    var title: String
    var intro: String
    var questions: [WebQuestion]
    /// Whether the step applies given the fields answered so far.
    var applies: @Sendable (FormFields) -> Bool = { _ in true }

    /// The questions that apply given the fields so far.
    func questions(for fields: FormFields) -> [WebQuestion] { questions.filter { $0.applies(fields) } }

    /// Whether the step is shown: it applies and at least one of its questions does.
    func isShown(for fields: FormFields) -> Bool { applies(fields) && !questions(for: fields).isEmpty }
}
