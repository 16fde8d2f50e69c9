/// Wording shared by the form findings and the CLI: numbers as runners read them.
public enum FormWords {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "3 Nov".
    public static func day(_ d: LocalDate) -> String { "\(d.day) \(months[max(0, min(11, d.month - 1))])" }

    /// "your 18 km run on 3 Nov" (or "your 52 min run on 3 Nov" without distance).
    public static func run(_ r: RunForm) -> String {
        if let m = r.distanceMeters, m > 0 {
            let km = m / 1000
            let text = number(km, decimals: km >= 10 ? 0 : 1)
            return "your \(text) km run on \(day(r.date))"
        }
        return "your \(number(r.runningSeconds / 60, decimals: 0)) min run on \(day(r.date))"
    }

    /// A fixed-decimals rendering without Foundation formatting ("4.0", "-3.25").
    public static func number(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return "-" }
        guard abs(v) < 1e12 else { return v < 0 ? "-1e12+" : "1e12+" }  // corrupt data: no integer overflow
        var p = 1.0
        for _ in 0..<decimals { p *= 10 }
        let scaled = (abs(v) * p).rounded()
        let whole = Int(scaled / p)
        let sign = v < 0 && scaled > 0 ? "-" : ""
        guard decimals > 0 else { return "\(sign)\(whole)" }
        var frac = String(Int(scaled) - whole * Int(p))
        while frac.count < decimals { frac = "0" + frac }
        return "\(sign)\(whole).\(frac)"
    }

    /// "cadence fell 4 %", "ground contact rose 6 %", "balance moved 1.8 points to the left".
    public static func change(_ d: MetricDrift) -> String {
        let size = abs(d.change)
        switch d.metric {
        case .groundContactBalance:
            return "contact balance moved \(number(size, decimals: 1)) points to the \(d.change > 0 ? "left" : "right")"
        default:
            let name = d.metric == .cadence ? "cadence" : d.metric == .groundContactTime ? "ground contact" : "vertical oscillation"
            let verb = d.change < 0 ? "fell" : "rose"
            return "\(name) \(verb) \(number(size, decimals: 0)) %"
        }
    }

    /// "a, b and c".
    public static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
