import LumbarCore

/// `Activity Date` of `activities.csv`: `"May 29, 2022, 3:53:35 PM"`, in UTC, with an English
/// month name (German exports write `"29.05.2022, 15:53:35"`, also read).
enum StravaDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let germanMonths = ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"]

    /// UTC seconds since 1970, or nil.
    static func parse(_ text: String) -> Double? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var year = 0, month = 0, day = 0
        var timeIndex = 0
        if parts.count >= 4, let m = monthNumber(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]) {
            (year, month, day, timeIndex) = (y, m, d, 3)
        } else if parts.count >= 2 {
            let dmy = parts[0].split(separator: ".").compactMap { Int($0) }
            guard dmy.count == 3 else { return nil }
            (day, month, year, timeIndex) = (dmy[0], dmy[1], dmy[2], 1)
        } else {
            return nil
        }
        let hms = parts[timeIndex].split(separator: ":").compactMap { Int($0) }
        guard hms.count == 3, (1...12).contains(month), (1...31).contains(day), year > 1900 else { return nil }
        var hour = hms[0]
        if parts.count > timeIndex + 1 {
            let marker = parts[timeIndex + 1].uppercased()
            if marker == "PM", hour < 12 { hour += 12 }
            if marker == "AM", hour == 12 { hour = 0 }
        }
        guard hour < 24, hms[1] < 60, hms[2] < 61, day <= LocalDate.daysInMonth(year: year, month: month) else { return nil }
        let days = LocalDate(year: year, month: month, day: day).daysSinceEpoch
        return Double(days * 86_400 + hour * 3600 + hms[1] * 60 + hms[2])
    }

    private static func monthNumber(_ word: String) -> Int? {
        let key = String(word.lowercased().prefix(3))
        if let i = months.firstIndex(of: key) { return i + 1 }
        if let i = germanMonths.firstIndex(of: key) { return i + 1 }
        return nil
    }
}
