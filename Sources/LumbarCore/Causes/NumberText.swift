/// Byte-stable number text for sentences people read (no locale, no float noise).
public enum NumberText {
    /// `value` rounded to `decimals` places, without trailing zeros (`12`, `12.5`, `-0.3`).
    public static func format(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "-" }
        let rounded = JSONWriter.round(value, decimals)
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            let whole = Int(rounded)
            return whole == 0 ? "0" : String(whole)
        }
        var text = rounded.description
        if text.contains("e") { return text }
        if let dot = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: dot)...]
            if fraction.count > decimals {
                text = String(text[...dot]) + String(fraction.prefix(decimals))
            }
        }
        return text
    }

    /// A probability 0...1 as a whole percentage (`61 %`).
    public static func percent(_ probability: Double) -> String {
        format(probability * 100, decimals: 0) + " %"
    }

    /// A date as a runner reads it: `12 Nov 2026`.
    public static func date(_ date: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let month = (1...12).contains(date.month) ? months[date.month - 1] : "?"
        return "\(date.day) \(month) \(date.year)"
    }
}
