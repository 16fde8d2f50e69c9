import LumbarCore

/// One run: its numbers, the route and the traces.
enum RunPage {
    static func render(_ a: Activity, fallbackOffset: Int) -> String {
        let date = a.localDate(fallbackOffsetSeconds: fallbackOffset)
        let name = a.name.flatMap { $0.isEmpty ? nil : $0 } ?? "Run"
        let seconds = a.movingSeconds ?? a.elapsedSeconds
        var h = "<p><a href=\"/runs\">All runs</a></p><h1>\(e(name)) <span class=\"muted\">\(e(date.description))</span></h1>"
        h += "<div class=\"cards\">"
        h += stat("Distance", Units.km(a.distanceMeters)) + stat("Time", Units.duration(seconds))
        h += stat("Pace", Units.pace(meters: a.distanceMeters, seconds: seconds))
        h += stat("Average heart rate", a.averageHeartRate.map { NumberText.format($0, decimals: 0) + " bpm" } ?? "-")
        h += stat("Ascent", a.ascentMeters.map { NumberText.format($0, decimals: 0) + " m" } ?? "-")
        h += "</div>"
        var details: [String] = []
        if let rpe = a.perceivedExertion { details.append("Effort (RPE) " + NumberText.format(rpe, decimals: 0) + "/10") }
        if let gear = a.gear { details.append("Shoes: " + gear) }
        if a.commute == true { details.append("Commute") }
        if !details.isEmpty { h += "<p>\(e(details.joined(separator: " · ")))</p>" }
        if let notes = a.notes { h += "<blockquote>\(e(notes))</blockquote>" }
        h += "<h2>Route</h2>"
        h += Layout.figure(RunCharts.route(a.samples), caption: "The route, north up.", empty: "No positions recorded (a treadmill or indoor run).")
        h += "<h2>Traces</h2>"
        let traces = RunCharts.traces(a.samples)
        if traces.isEmpty { h += "<p class=\"muted\">No pace, heart-rate, cadence or contact-time samples in this file.</p>" }
        for (channel, svg) in traces {
            h += "<h3 id=\"\(channel.id)\">\(e(channel.name)) <span class=\"muted\">(\(e(channel.unit)))</span></h3>"
            h += "<figure>\(svg)</figure>"
        }
        let sources = a.sources.map { $0.path.lastComponent + " (\($0.format))" }
        if !sources.isEmpty { h += "<p class=\"muted\">From: \(e(sources.joined(separator: ", ")))</p>" }
        h += "<p><a class=\"button\" href=\"/pain?run=\(e(percentEncode(a.id?.rawValue ?? "")))\">Log pain after this run</a></p>"
        return Layout.page(title: name, current: .runs, body: h)
    }

    static func stat(_ label: String, _ value: String) -> String {
        "<div class=\"card\"><span class=\"muted\">\(e(label))</span><strong>\(e(value))</strong></div>"
    }
}

extension String {
    /// The last path component (pages never show the full local path of a source file).
    var lastComponent: String { split(separator: "/").last.map(String.init) ?? self }
}
