import Foundation

/// The reference record CSVs beside the python-fitparse test files (MANIFEST.md): made with the
/// FIT SDK's Java dump tool, invalid values written as 0 (or "null" in the Forerunner 70 file).
struct FITReferenceRow {
    var time: Double
    var heartRate: Double?
    var cadence: Double?
    var speed: Double?
    var distance: Double?
    var latitudeSemicircles: Int?
    var longitudeSemicircles: Int?
    var altitude: Double?

    /// Rows of a `garmin-*-records.csv` (timestamp like "Sun Jun 11 07:34:09 PDT 2017").
    static func garmin(_ text: String) -> [FITReferenceRow] {
        text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let c = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard c.count >= 8, let t = parseJavaDate(c[0]) else { return nil }
            return FITReferenceRow(
                time: t, heartRate: Double(c[1]), cadence: Double(c[2]), speed: Double(c[3]), distance: Double(c[4]),
                latitudeSemicircles: Int(c[5]), longitudeSemicircles: Int(c[6]), altitude: Double(c[7]))
        }
    }

    /// Rows of `compressed-speed-distance-records.csv`: raw relative timestamp, hr, speed, distance, cadence.
    static func compressed(_ text: String) -> [FITReferenceRow] {
        text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let c = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard c.count >= 5, let t = Double(c[0]) else { return nil }
            return FITReferenceRow(time: t, heartRate: Double(c[1]), cadence: Double(c[4]), speed: Double(c[2]), distance: Double(c[3]))
        }
    }

    /// "Sun Jun 11 07:34:09 PDT 2017" -> Unix seconds (PDT/PST/UTC/GMT zones).
    static func parseJavaDate(_ s: String) -> Double? {
        let p = s.split(separator: " ")
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard p.count == 6, let m = months.firstIndex(of: String(p[1])), let day = Int(p[2]), let year = Int(p[5]) else { return nil }
        let hms = p[3].split(separator: ":").compactMap { Int($0) }
        let zone: [String: Int] = ["PDT": -7, "PST": -8, "UTC": 0, "GMT": 0]
        guard hms.count == 3, let z = zone[String(p[4])] else { return nil }
        let days = daysFromCivil(year, m + 1, day)
        return Double(days * 86400 + hms[0] * 3600 + hms[1] * 60 + hms[2] - z * 3600)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
