import LumbarCore

/// Point times on the hot path: the fixed layout every GPS writer uses
/// (`YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`) read straight from the bytes, with everything else
/// (lowercase `t`/`z`, a space separator, `±HHMM`, odd lengths) handed to `RFC3339.parse`, so
/// both give the same answer. `RFC3339.parse` is generic and lives in another module, where it
/// runs unspecialised: about a tenth of the whole GPX decode time before this fast path.
enum XMLTime {
    /// UTC seconds since 1970, or nil when the text is not an RFC 3339 time.
    @inline(__always)
    static func parse(_ raw: UnsafeBufferPointer<UInt8>) -> Double? {
        fast(XMLBytes.trimmed(raw)) ?? RFC3339.parse(raw)
    }

    private static func fast(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        let n = b.count
        guard n >= 20, b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58 else { return nil }
        @inline(__always) func d(_ i: Int) -> Int? {
            let c = b[i] &- 48
            return c <= 9 ? Int(c) : nil
        }
        guard let y0 = d(0), let y1 = d(1), let y2 = d(2), let y3 = d(3), let mo0 = d(5), let mo1 = d(6),
            let d0 = d(8), let d1 = d(9), let h0 = d(11), let h1 = d(12), let mi0 = d(14), let mi1 = d(15),
            let s0 = d(17), let s1 = d(18)
        else { return nil }
        let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
        let month = mo0 * 10 + mo1
        let day = d0 * 10 + d1
        let hour = h0 * 10 + h1
        let minute = mi0 * 10 + mi1
        let second = s0 * 10 + s1
        guard month >= 1, month <= 12, day >= 1, day <= LocalDate.daysInMonth(year: year, month: month),
            hour <= 24, minute <= 59, second <= 60
        else { return nil }
        var i = 19
        var fraction = 0.0
        if b[i] == 46 {
            i += 1
            var scale = 0.1
            let start = i
            while i < n, let digit = d(i) {
                fraction += Double(digit) * scale
                scale *= 0.1
                i += 1
            }
            guard i > start, i < n else { return nil }
        }
        var offset = 0
        if b[i] == 90, i == n - 1 {
            offset = 0
        } else if (b[i] == 43 || b[i] == 45), i == n - 6, b[i + 3] == 58,
            let oh0 = d(i + 1), let oh1 = d(i + 2), let om0 = d(i + 4), let om1 = d(i + 5)
        {
            let hours = oh0 * 10 + oh1
            let minutes = om0 * 10 + om1
            guard hours <= 23, minutes <= 59 else { return nil }
            offset = (hours * 3600 + minutes * 60) * (b[i] == 45 ? -1 : 1)
        } else {
            return nil
        }
        let days = LocalDate(year: year, month: month, day: day).daysSinceEpoch
        return Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
    }

    /// The UTC offset written at the end of an RFC 3339 time (`+01:00`, `-0500`), or nil for `Z`,
    /// no designator, or anything else.
    static func offsetSeconds(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        let text = XMLBytes.trimmed(raw)
        let n = text.count
        guard n >= 24 else { return nil }
        func digit(_ i: Int) -> Int? { text[i] >= 48 && text[i] <= 57 ? Int(text[i] - 48) : nil }
        var signIndex = n - 6
        var hasColon = true
        if text[signIndex] != 43, text[signIndex] != 45 {
            signIndex = n - 5
            hasColon = false
        }
        guard text[signIndex] == 43 || text[signIndex] == 45,
            let h1 = digit(signIndex + 1), let h2 = digit(signIndex + 2)
        else { return nil }
        let m = signIndex + (hasColon ? 4 : 3)
        guard !hasColon || text[signIndex + 3] == 58, let m1 = digit(m), let m2 = digit(m + 1) else { return nil }
        let seconds = (h1 * 10 + h2) * 3600 + (m1 * 10 + m2) * 60
        return text[signIndex] == 45 ? -seconds : seconds
    }
}
