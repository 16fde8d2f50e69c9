/// The questionnaire as a stepped form that works without script: each step posts back, the
/// answers so far travel as hidden fields, and only the steps that apply are shown.
enum AssessmentPage {
    static func render(step index: Int, fields: FormFields, error: String? = nil) -> String {
        let steps = WebQuestionnaire.steps
        let step = steps[index]
        let shown = steps.indices.filter { $0 <= index || steps[$0].isShown(for: fields) }
        let number = (shown.firstIndex(of: index) ?? 0) + 1
        var h = "<h1>Questionnaire</h1><p class=\"muted\">Step \(number) of \(shown.count). Not a diagnosis: if something feels seriously wrong, see a doctor now.</p>"
        h += Layout.notice(error, error: true)
        h += "<form method=\"post\" action=\"/assessment\" novalidate><input type=\"hidden\" name=\"_step\" value=\"\(index)\">"
        let own = Set(step.questions.map { $0.path })
        for (name, value) in fields.pairs where !own.contains(name) && !name.hasPrefix("_") {
            h += "<input type=\"hidden\" name=\"\(e(name))\" value=\"\(e(value))\">"
        }
        h += "<fieldset><legend>\(e(step.title))</legend><p>\(e(step.intro))</p>"
        for q in step.questions(for: fields) { h += question(q, fields) }
        h += "</fieldset>"
        let last = !steps.indices.contains { $0 > index && steps[$0].isShown(for: fields) }
        h += "<button type=\"submit\">\(last ? "Finish and see the result" : "Continue")</button></form>"
        return Layout.page(title: "Questionnaire", current: .assessment, body: h)
    }

    static func question(_ q: WebQuestion, _ fields: FormFields) -> String {
        let hint = q.hint.map { "<span class=\"small\" id=\"\(e(q.id))-hint\"> \(e($0))</span>" } ?? ""
        let described = q.hint == nil ? "" : " aria-describedby=\"\(e(q.id))-hint\""
        let current = fields.first(q.path)
        switch q.kind {
        case .yesNo:
            return radios(q, [("yes", "yes"), ("no", "no"), ("unknown", "don't know")], current: current, hint: hint, described: described)
        case .choice(let choices):
            return radios(q, choices + [("unknown", "don't know")], current: current, hint: hint, described: described)
        case .multi(let choices):
            let ticked = Set(fields.all(q.path))
            var h = "<fieldset class=\"q\"\(described)><legend>\(e(q.text))</legend>\(hint)<div class=\"choices\">"
            for (i, c) in (choices + [("none", "none of these")]).enumerated() {
                let id = "\(q.id)-\(i)"
                h += "<label for=\"\(e(id))\"><input type=\"checkbox\" id=\"\(e(id))\" name=\"\(e(q.path))\" value=\"\(e(c.word))\"\(ticked.contains(c.word) ? " checked" : "")> \(e(c.label))</label>"
            }
            return h + "</div></fieldset>"
        case .integer(let range):
            return input(q, type: "number", extra: " min=\"\(range.lowerBound)\" max=\"\(range.upperBound)\" step=\"1\" inputmode=\"numeric\"", current: current, hint: hint, described: described)
        case .number(let range):
            return input(q, type: "number", extra: " min=\"\(Int(range.lowerBound))\" max=\"\(Int(range.upperBound))\" step=\"any\" inputmode=\"decimal\"", current: current, hint: hint, described: described)
        case .date:
            return input(q, type: "date", extra: "", current: current, hint: hint, described: described)
        }
    }

    static func radios(_ q: WebQuestion, _ options: [(word: String, label: String)], current: String?, hint: String, described: String) -> String {
        var h = "<fieldset class=\"q\"\(described)><legend>\(e(q.text))</legend>\(hint)<div class=\"choices\">"
        for (i, o) in options.enumerated() {
            let id = "\(q.id)-\(i)"
            let checked = (current ?? "unknown") == o.word ? " checked" : ""
            h += "<label for=\"\(e(id))\"><input type=\"radio\" id=\"\(e(id))\" name=\"\(e(q.path))\" value=\"\(e(o.word))\"\(checked)> \(e(o.label))</label>"
        }
        return h + "</div></fieldset>"
    }

    static func input(_ q: WebQuestion, type: String, extra: String, current: String?, hint: String, described: String) -> String {
        "<div class=\"q\"><label for=\"\(e(q.id))\">\(e(q.text))</label>\(hint)<input type=\"\(type)\" id=\"\(e(q.id))\" name=\"\(e(q.path))\" value=\"\(e(current ?? ""))\"\(extra)\(described)></div>"
    }
}
