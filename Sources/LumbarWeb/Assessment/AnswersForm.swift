import LumbarCore

/// Turns the questionnaire's form fields into a `lumbar.answers/1` document. Each value is
/// checked against its question (type, range, allowed words); a wrong one is refused with the
/// question named. Blank means "don't know" and is left out.
enum AnswersForm {
    /// A value ready to be written as JSON.
    enum Value: Equatable {
        case bool(Bool), string(String), int(Int), number(Double), words([String])
    }

    /// The checked values of the questions in `steps`, by path; throws `WebError.badField`.
    static func values(_ fields: FormFields, steps: [WebQuestionStep]) throws(WebError) -> [(String, Value)] {
        var out: [(String, Value)] = []
        for q in steps.flatMap({ $0.questions(for: fields) }) {
            if let v = try value(q, fields) { out.append((q.path, v)) }
        }
        return out
    }

    static func value(_ q: WebQuestion, _ fields: FormFields) throws(WebError) -> Value? {
        func bad(_ reason: String) -> WebError { .badField(field: "\(q.text) (\(q.path))", reason: reason) }
        if case .multi(let choices) = q.kind {
            let ticked = fields.all(q.path)
            guard !ticked.isEmpty else { return nil }
            if ticked.contains("none") { return .words([]) }
            for word in ticked where !choices.contains { $0.word == word } {
                throw bad("\"\(word)\" is not one of the choices")
            }
            return .words(choices.map { $0.word }.filter { ticked.contains($0) })
        }
        guard let raw = fields.first(q.path), raw != "unknown" else { return nil }
        switch q.kind {
        case .yesNo:
            switch raw {
            case "yes": return .bool(true)
            case "no": return .bool(false)
            default: throw bad("answer yes, no or leave it blank (got \"\(raw)\")")
            }
        case .choice(let choices):
            guard choices.contains(where: { $0.word == raw }) else { throw bad("\"\(raw)\" is not one of the choices") }
            return .string(raw)
        case .integer(let range):
            guard let n = Int(raw), range.contains(n) else {
                throw bad("type a whole number from \(range.lowerBound) to \(range.upperBound) (got \"\(raw)\")")
            }
            return .int(n)
        case .number(let range):
            guard let d = Double(raw), d.isFinite, range.contains(d) else {
                throw bad("type a number from \(NumberText.format(range.lowerBound, decimals: 0)) to \(NumberText.format(range.upperBound, decimals: 0)) (got \"\(raw)\")")
            }
            return .number(d)
        case .date:
            guard let d = LocalDate(raw) else { throw bad("type a date like 2026-11-29 (got \"\(raw)\")") }
            return .string(d.description)
        case .multi: return nil
        }
    }

    /// The document: nested objects from the dotted paths, in question order.
    static func json(_ values: [(String, Value)]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("schema", Answers.schema)
        write(values.map { ($0.0.split(separator: ".").map(String.init), $0.1) }, into: &w)
        w.endObject()
        return w.string
    }

    private static func write(_ items: [([String], Value)], into w: inout JSONWriter) {
        var done = Set<String>()
        for (path, value) in items {
            let head = path[0]
            if path.count == 1 {
                w.key(head)
                switch value {
                case .bool(let b): w.value(b)
                case .string(let s): w.value(s)
                case .int(let n): w.value(n)
                case .number(let d): w.value(d)
                case .words(let ws):
                    w.beginArray()
                    for s in ws { w.value(s) }
                    w.endArray()
                }
            } else if !done.contains(head) {
                done.insert(head)
                w.key(head)
                w.beginObject()
                write(items.filter { $0.0.count > 1 && $0.0[0] == head }.map { (Array($0.0.dropFirst()), $0.1) }, into: &w)
                w.endObject()
            }
        }
    }
}
