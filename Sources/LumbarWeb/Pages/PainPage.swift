import LumbarCore
import LumbarStore

/// The pain diary: a quick entry after a run (0-10 during, after, next morning, and how hard
/// the run felt), linked to the run, and the recent entries.
enum PainPage {
    static func render(entries: [PainEntry], recentRuns: [ActivitySummary], today: LocalDate, selectedRun: String?, notice: String? = nil, error: String? = nil) -> String {
        var h = "<h1>Pain diary</h1><p>Log your back pain after each run (0 = none, 10 = worst imaginable). From 8 runs with pain logged lumbar can tell which of your runs hurt.</p>"
        h += Layout.notice(notice) + Layout.notice(error, error: true)
        h += "<form method=\"post\" action=\"/pain\"><div class=\"q\"><label for=\"date\">Date</label><input type=\"date\" id=\"date\" name=\"date\" value=\"\(e(today.description))\"></div>"
        h += "<div class=\"q\"><label for=\"run\">Run</label><select id=\"run\" name=\"run\"><option value=\"\">the run of that date (if one)</option>"
        for r in recentRuns {
            let sel = r.id.rawValue == selectedRun ? " selected" : ""
            h += "<option value=\"\(e(r.id.rawValue))\"\(sel)>\(e(r.localDate.description)) · \(e(Units.km(r.distanceMeters)))</option>"
        }
        h += "</select></div>"
        for (name, label) in [("during", "Pain during the run"), ("after", "Pain after the run"), ("nextMorning", "Pain the next morning"), ("rpe", "How hard the run felt (0-10, session RPE)")] {
            h += "<div class=\"q\"><label for=\"\(name)\">\(e(label))</label><input type=\"number\" id=\"\(name)\" name=\"\(name)\" min=\"0\" max=\"10\" step=\"0.5\" inputmode=\"decimal\"></div>"
        }
        h += "<div class=\"q\"><label for=\"note\">Note</label><input type=\"text\" id=\"note\" name=\"note\" maxlength=\"500\"></div>"
        h += "<button type=\"submit\">Save</button></form>"
        if let m = PainMonitoring.evaluate(entries) {
            h += "<h2>Pain-monitoring zone</h2><p class=\"box\">Your run of \(e(m.entry.date.description)): <strong>\(e(m.zone.rawValue))</strong>. \(e(m.reasons.joined(separator: " ")))</p><p class=\"small\">Limits adapted from an Achilles-tendon model (R71; clinical.md 8.11).</p>"
        }
        if !entries.isEmpty {
            h += "<h2>Recent entries</h2><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\" class=\"num\">During</th><th scope=\"col\" class=\"num\">After</th><th scope=\"col\" class=\"num\">Next morning</th><th scope=\"col\" class=\"num\">RPE</th><th scope=\"col\">Note</th></tr></thead><tbody>"
            for p in entries.suffix(30).reversed() {
                h += "<tr><td>\(e(p.date.description))</td>" + [p.duringRun, p.afterRun, p.nextMorning, p.perceivedExertion].map { "<td class=\"num\">\(e($0.map { NumberText.format($0, decimals: 1) } ?? "-"))</td>" }.joined() + "<td>\(e(p.note ?? ""))</td></tr>"
            }
            h += "</tbody></table></div>"
        }
        return Layout.page(title: "Pain diary", current: .pain, body: h)
    }

    /// The entry typed into the form; refuses wrong values (nothing is stored then).
    static func parse(_ form: FormFields, today: LocalDate) throws(WebError) -> (entry: PainEntry, run: ActivityID?) {
        var entry = PainEntry(date: today)
        if let raw = form.first("date") {
            guard let d = LocalDate(raw) else { throw WebError.badField(field: "date", reason: "type a date like 2026-12-01 (got \"\(raw)\")") }
            entry.date = d
        }
        func score(_ name: String) throws(WebError) -> Double? {
            guard let raw = form.first(name) else { return nil }
            guard let v = Double(raw), v.isFinite, AnswerRanges.painScale.contains(v) else {
                throw WebError.badField(field: name, reason: "type a number from 0 to 10 (got \"\(raw)\")")
            }
            return v
        }
        entry.duringRun = try score("during")
        entry.afterRun = try score("after")
        entry.nextMorning = try score("nextMorning")
        entry.perceivedExertion = try score("rpe")
        if let note = form.first("note") {
            guard note.count <= 500 else { throw WebError.badField(field: "note", reason: "keep the note under 500 characters") }
            // Control characters (a NUL cannot even be stored on PostgreSQL) are no part of a note.
            guard !note.unicodeScalars.contains(where: { $0.value < 32 && $0 != "\t" && $0 != "\n" && $0 != "\r" }) else {
                throw WebError.badField(field: "note", reason: "contains a control character; type the note as plain text")
            }
            entry.note = note
        }
        guard entry.duringRun != nil || entry.afterRun != nil || entry.nextMorning != nil || entry.perceivedExertion != nil else {
            throw WebError.badField(field: "pain", reason: "enter at least one score (during, after, next morning or RPE)")
        }
        do { try PainEntryValidator.validate(entry) } catch { throw WebError.badField(field: "pain", reason: error.description) }
        return (entry, form.first("run").map { ActivityID($0) })
    }
}
