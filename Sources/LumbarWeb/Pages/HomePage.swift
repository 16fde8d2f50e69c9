import Foundation
import LumbarCore

/// Home: what is stored and the one next step that would help most.
enum HomePage {
    static func render(_ o: Dashboard.Overview) -> String {
        var h = "<h1>Why does my back hurt after running?</h1>"
        h += "<p>lumbar weighs four usual causes (posture, conditioning, strain from overuse, a disc) from your watch files, your answers, core tests and pain diary. Red flags always come first. Everything stays on this computer.</p>"
        h += "<h2>Next step</h2><p class=\"box\" id=\"next-step\">\(nextStep(o))</p>"
        h += "<h2>What lumbar has</h2><div class=\"cards\">"
        let span = o.firstRun.map { first in "\(first) to \(o.lastRun ?? first)" } ?? "none yet"
        h += card("Runs", "\(o.runs)", span, link: "/runs")
        h += card("Questionnaire", o.answers == 0 ? "not yet" : "answered", o.answers == 0 ? "red flags are unchecked" : "\(o.answers) set(s) stored", link: "/assessment")
        h += card("Core tests", "\(o.coreTests)", "recorded", link: "/core-tests")
        h += card("Pain diary", "\(o.painEntries)", "entries", link: "/pain")
        h += "</div><p><a class=\"button\" href=\"/result\">See the result</a> <a href=\"/report\">Download the report (HTML)</a></p>"
        return Layout.page(title: "Home", current: .home, body: h)
    }

    static func nextStep(_ o: Dashboard.Overview) -> String {
        if o.answers == 0 {
            return "Answer the <a href=\"/assessment\">questionnaire</a> first: its safety questions (red flags) matter most."
        }
        if o.runs == 0 { return "<a href=\"/import\">Import your runs</a> (FIT, GPX, TCX files or an export zip) so lumbar can weigh training load." }
        if o.coreTests == 0 { return "Time the four <a href=\"/core-tests\">core endurance tests</a>: they tell whether conditioning is part of it." }
        if o.painEntries < 8 { return "Log your pain after each run in the <a href=\"/pain\">pain diary</a>: from 8 runs lumbar can tell which runs hurt." }
        return "Everything is in: read your <a href=\"/result\">result and plan</a>."
    }

    /// The next step without markup (for the API).
    static func nextStepPlain(_ o: Dashboard.Overview) -> String {
        nextStep(o).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    static func card(_ title: String, _ value: String, _ detail: String, link: String) -> String {
        "<div class=\"card\"><a href=\"\(link)\">\(e(title))</a><strong>\(e(value))</strong><span class=\"muted\">\(e(detail))</span></div>"
    }
}
