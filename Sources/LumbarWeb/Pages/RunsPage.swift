import LumbarCore
import LumbarStore

/// The list of runs, newest first.
enum RunsPage {
    static func render(_ runs: [ActivitySummary]) -> String {
        var h = "<h1>Runs</h1>"
        guard !runs.isEmpty else {
            return Layout.page(title: "Runs", current: .runs, body: h + "<p>No runs yet. <a href=\"/import\">Import some</a>.</p>")
        }
        h += "<p>\(runs.count) runs. Pick one to see its route and traces.</p><div class=\"scroll\"><table><caption class=\"muted\">Newest first</caption>"
        h += "<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Run</th><th scope=\"col\" class=\"num\">Distance</th><th scope=\"col\" class=\"num\">Time</th><th scope=\"col\" class=\"num\">Pace</th></tr></thead><tbody>"
        for r in runs.prefix(1000) {
            let name = r.name.flatMap { $0.isEmpty ? nil : $0 } ?? "Run"
            let seconds = r.movingSeconds ?? r.elapsedSeconds
            h += "<tr><td>\(e(r.localDate.description))</td><td><a href=\"/runs/\(e(percentEncode(r.id.rawValue)))\">\(e(name))</a></td>"
            h += "<td class=\"num\">\(e(Units.km(r.distanceMeters)))</td><td class=\"num\">\(e(Units.duration(seconds)))</td><td class=\"num\">\(e(Units.pace(meters: r.distanceMeters, seconds: seconds)))</td></tr>"
        }
        h += "</tbody></table></div>"
        if runs.count > 1000 { h += "<p class=\"muted\">The newest 1,000 of \(runs.count) runs are listed; all of them count in Load and Result.</p>" }
        return Layout.page(title: "Runs", current: .runs, body: h)
    }
}

/// Percent-encodes an id for a URL path segment.
func percentEncode(_ s: String) -> String {
    var out = ""
    for b in s.utf8 {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            out.unicodeScalars.append(Unicode.Scalar(b))
        default:
            let hex = Array("0123456789ABCDEF")
            out += "%\(hex[Int(b >> 4)])\(hex[Int(b & 15)])"
        }
    }
    return out
}
