/// Deterministic number and date wording for load texts (no formatters, no locale).
public enum LoadText {
    /// English month abbreviations.
    public static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `12 Nov`.
    public static func day(_ d: LocalDate) -> String { "\(d.day) \(months[max(0, min(11, d.month - 1))])" }

    /// Fixed decimals, half away from zero: `fixed(14.25, 1)` = `14.3`.
    public static func fixed(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        guard abs(x) * scale < 9e15 else { return x.description }  // absurd values: never trap
        let scaled = Int((abs(x) * scale).rounded())
        let sign = x < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(scaled) }
        let whole = scaled / Int(scale)
        var frac = String(scaled % Int(scale))
        while frac.count < decimals { frac = "0" + frac }
        return "\(sign)\(whole).\(frac)"
    }

    /// `14.2 km`.
    public static func km(_ meters: Double) -> String { fixed(meters / 1000, 1) + " km" }

    /// `48 %`.
    public static func percent(_ p: Double) -> String { fixed(p, 0) + " %" }
}
