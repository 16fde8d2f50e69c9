import Foundation
import LumbarCore
import LumbarStore

/// Kilometres or miles, from `RunnerSettings.units`.
enum DistanceUnit {
    case kilometres, miles

    var meters: Double { self == .miles ? 1609.344 : 1000 }
    var label: String { self == .miles ? "mi" : "km" }
}

/// The renderings of `lumbar activities`.
enum ActivityListing {
    /// `{"activities": [{"id", "start", "localDate", "sport", "distanceMeters", "elapsedSeconds",
    /// "movingSeconds", "device", "sources": [{"path", "contentHash", "format", "sessionIndex"}]}]}`;
    /// absent values are left out.
    static func json(_ summaries: [ActivitySummary]) -> String {
        var w = JSONWriter(reserving: 256 * summaries.count + 32)
        w.beginObject()
        w.key("activities")
        w.beginArray()
        for s in summaries {
            w.beginObject()
            w.field("id", s.id.rawValue)
            w.key("start")
            w.timestamp(s.start)
            w.field("localDate", s.localDate.description)
            w.field("sport", s.sport.rawValue)
            w.field("distanceMeters", s.distanceMeters)
            w.field("elapsedSeconds", s.elapsedSeconds)
            w.field("movingSeconds", s.movingSeconds)
            w.field("device", s.device)
            w.key("sources")
            w.beginArray()
            for source in s.sources {
                w.beginObject()
                w.field("path", source.path)
                w.field("contentHash", source.contentHash)
                w.field("format", source.format)
                w.field("sessionIndex", source.sessionIndex)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.string + "\n"
    }

    /// A table: date, distance, elapsed time, pace (moving time where known), device, id.
    static func table(_ summaries: [ActivitySummary], units: DistanceUnit, since: LocalDate?) -> String {
        guard !summaries.isEmpty else {
            if let since { return "No runs stored on or after \(since).\n" }
            return "No runs stored yet. Import some with: lumbar import PATH\n"
        }
        let header = ["Date", "Distance (\(units.label))", "Time", "Pace (/\(units.label))", "Device", "ID"]
        let rows = summaries.map { s -> [String] in
            let distance = s.distanceMeters.map { String(format: "%.2f", $0 / units.meters) } ?? "-"
            let moving = s.movingSeconds ?? s.elapsedSeconds
            let pace = s.distanceMeters.flatMap { d in d > 0 && moving > 0 ? clock(moving / (d / units.meters), hours: false) : nil } ?? "-"
            return [s.localDate.description, distance, clock(s.elapsedSeconds, hours: true), pace, s.device ?? "-", s.id.rawValue]
        }
        let all = [header] + rows
        let widths = (0..<header.count).map { c in all.map { $0[c].count }.max() ?? 0 }
        let rightAligned: Set<Int> = [1, 2, 3]
        var out = ""
        for row in all {
            let cells = row.enumerated().map { c, text -> String in
                let pad = String(repeating: " ", count: widths[c] - text.count)
                return rightAligned.contains(c) ? pad + text : text + pad
            }
            out += cells.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        let total = summaries.compactMap(\.distanceMeters).reduce(0, +) / units.meters
        out += "\(summaries.count) run\(summaries.count == 1 ? "" : "s"), \(String(format: "%.1f", total)) \(units.label).\n"
        return out
    }

    /// `h:mm:ss` (or `m:ss` when `hours` is false and under an hour).
    static func clock(_ seconds: Double, hours: Bool) -> String {
        let total = Int(seconds.rounded())
        let h = total / 3600, m = total / 60 % 60, s = total % 60
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        if h > 0 || hours { return "\(h):\(two(m)):\(two(s))" }
        return "\(m):\(two(s))"
    }
}
