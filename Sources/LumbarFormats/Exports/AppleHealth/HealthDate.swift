import LumbarCore

/// Apple Health dates: `yyyy-MM-dd HH:mm:ss ±hhmm` (`2019-07-19 10:36:11 -0700`), a wall time and
/// its numeric offset (formats.md "Apple Health export.xml essentials"), read straight from the
/// attribute bytes.
enum HealthDate {
    /// UTC seconds since 1970 and the offset in seconds, or nil when the text has another layout.
    @inline(__always)
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> (utc: Double, offset: Int)? {
        guard b.count >= 25, b[4] == 45, b[7] == 45, b[10] == 32, b[13] == 58, b[16] == 58, b[19] == 32,
            b[20] == 43 || b[20] == 45
        else { return nil }
        @inline(__always) func d(_ i: Int) -> Int? {
            let c = b[i] &- 48
            return c <= 9 ? Int(c) : nil
        }
        guard let y0 = d(0), let y1 = d(1), let y2 = d(2), let y3 = d(3), let mo0 = d(5), let mo1 = d(6),
            let d0 = d(8), let d1 = d(9), let h0 = d(11), let h1 = d(12), let mi0 = d(14), let mi1 = d(15),
            let s0 = d(17), let s1 = d(18), let oh0 = d(21), let oh1 = d(22), let om0 = d(23), let om1 = d(24)
        else { return nil }
        let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
        let month = mo0 * 10 + mo1
        let day = d0 * 10 + d1
        let hour = h0 * 10 + h1, minute = mi0 * 10 + mi1, second = s0 * 10 + s1
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysInMonth(year: year, month: month),
            hour < 24, minute < 60, second < 61
        else { return nil }
        let offset = ((oh0 * 10 + oh1) * 3600 + (om0 * 10 + om1) * 60) * (b[20] == 45 ? -1 : 1)
        let days = LocalDate(year: year, month: month, day: day).daysSinceEpoch
        return (Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset), offset)
    }

    /// `parse` over a Swift string (tests, rare paths).
    static func parse(_ text: String) -> (utc: Double, offset: Int)? {
        var copy = Array(text.utf8)
        return copy.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0)) }
    }
}
