import LumbarCore

/// The core endurance tests (McGill battery, clinical.md 4.1, R41/R42/R44): a form of four
/// hold times. With script each has a start/stop timer that fills in the seconds; without it
/// the seconds are typed.
enum CoreTestsPage {
    static let fields: [(name: String, kind: CoreTestKind, how: String)] = [
        ("flexorSeconds", .flexor, "Sit against a support at 60°, knees and hips bent 90°, arms across the chest; the hold ends when your back touches the support."),
        ("extensorSeconds", .extensor, "Face down, hips at the edge of a bench, legs held; keep the upper body level. The test stops at 240 s (R44)."),
        ("sideBridgeRightSeconds", .sideBridgeRight, "On your right elbow and feet, body in one straight line; ends when the hips drop."),
        ("sideBridgeLeftSeconds", .sideBridgeLeft, "On your left elbow and feet, body in one straight line; ends when the hips drop."),
    ]

    static func render(history: [CoreTestResult], today: LocalDate, notice: String? = nil, error: String? = nil) -> String {
        var h = "<h1>Core tests</h1><p>Do these only when the back is not in a flare-up. Stop a hold at once if it brings on leg pain, numbness or sharp pain. Rest a few minutes between holds.</p>"
        h += Layout.notice(notice) + Layout.notice(error, error: true)
        h += "<form method=\"post\" action=\"/core-tests\"><div class=\"q\"><label for=\"date\">Tested on</label><input type=\"date\" id=\"date\" name=\"date\" value=\"\(e(today.description))\" required></div>"
        for f in fields {
            h += "<fieldset class=\"q\" data-timer><legend>\(e(f.kind.title.prefix(1).uppercased() + f.kind.title.dropFirst()))</legend><p class=\"small\" id=\"\(f.name)-how\">\(e(f.how))</p>"
            h += "<label for=\"\(f.name)\">Seconds held</label> <input type=\"number\" id=\"\(f.name)\" name=\"\(f.name)\" min=\"0\" max=\"600\" step=\"0.1\" inputmode=\"decimal\" aria-describedby=\"\(f.name)-how\"></fieldset>"
        }
        h += "<button type=\"submit\">Save the holds</button></form>"
        if !history.isEmpty {
            h += "<h2>Recorded</h2><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Date</th>"
            for f in fields { h += "<th scope=\"col\" class=\"num\">\(e(f.kind.title))</th>" }
            h += "</tr></thead><tbody>"
            for r in history.reversed() {
                h += "<tr><td>\(e(r.date.description))</td>"
                for f in fields { h += "<td class=\"num\">\(e(f.kind.seconds(in: r).map { NumberText.format($0, decimals: 1) + " s" } ?? "-"))</td>" }
                h += "</tr>"
            }
            h += "</tbody></table></div>"
        }
        return Layout.page(title: "Core tests", current: .coreTests, body: h, script: true)
    }

    /// The result typed into the form (or sent to the API as fields); refuses wrong values.
    static func parse(_ form: FormFields, today: LocalDate) throws(WebError) -> CoreTestResult {
        var r = CoreTestResult(date: today)
        if let raw = form.first("date") {
            guard let d = LocalDate(raw) else { throw WebError.badField(field: "date", reason: "type a date like 2026-12-01 (got \"\(raw)\")") }
            guard d <= today else { throw WebError.badField(field: "date", reason: "\(d) is in the future") }
            r.date = d
        }
        var any = false
        for f in fields {
            guard let raw = form.first(f.name) else { continue }
            guard let s = Double(raw), s.isFinite, AnswerRanges.coreTestSeconds.contains(s) else {
                throw WebError.badField(field: f.name, reason: "type the seconds held, 0 to 600 (got \"\(raw)\")")
            }
            any = true
            switch f.kind {
            case .flexor: r.flexorSeconds = s
            case .extensor: r.extensorSeconds = s
            case .sideBridgeRight: r.sideBridgeRightSeconds = s
            case .sideBridgeLeft: r.sideBridgeLeftSeconds = s
            }
        }
        guard any else { throw WebError.badField(field: "holds", reason: "enter at least one hold time in seconds") }
        return r
    }
}
