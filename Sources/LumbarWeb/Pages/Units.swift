import LumbarCore

/// How distances, durations and paces are written on the pages (metric, fixed decimals).
enum Units {
    static func km(_ meters: Double?) -> String {
        guard let meters, meters.isFinite else { return "-" }
        return NumberText.format(meters / 1000, decimals: 2) + " km"
    }

    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "-" }
        let s = Int(seconds.rounded())
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(s / 60):\(two(s % 60))"
    }

    static func pace(meters: Double?, seconds: Double) -> String {
        guard let meters, meters > 0, seconds > 0 else { return "-" }
        return duration(seconds / (meters / 1000)) + " /km"
    }
}
