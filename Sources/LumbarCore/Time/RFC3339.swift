/// Fixed-layout RFC 3339 / ISO 8601 timestamps, parsed and written without Foundation formatters.
///
/// `ISO8601DateFormatter` costs about 45 us a call (swift-notes.md); this costs well under 1 us,
/// which matters for GPX/TCX readers (one timestamp per point) and `inspect --json`.
public enum RFC3339 {
    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff...][Z|±HH:MM|±HHMM]` (also with a space for `T`, and
    /// lowercase `t`/`z`). No zone designator means UTC. Returns UTC seconds since 1970, or nil.
    public static func parse<C: Collection>(_ bytes: C) -> Double? where C.Element == UInt8 {
        var it = bytes.makeIterator()
        var b: UInt8 = 0
        func next() -> UInt8? { it.next() }
        func digits(_ n: Int, _ first: UInt8? = nil) -> Int? {
            var v = 0
            for i in 0..<n {
                guard let c = (i == 0 ? first : nil) ?? next(), c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        // Skip leading white space.
        repeat {
            guard let c = next() else { return nil }
            b = c
        } while b == 32 || b == 9 || b == 10 || b == 13
        guard let year = digits(4, b), next() == 45, let month = digits(2), next() == 45,
            let day = digits(2), let sep = next(), sep == 84 || sep == 116 || sep == 32,
            let hour = digits(2), next() == 58, let minute = digits(2), next() == 58,
            let second = digits(2),
            (1...12).contains(month), day >= 1, day <= LocalDate.daysInMonth(year: year, month: month),
            hour <= 24, minute <= 59, second <= 60
        else { return nil }
        var fraction = 0.0
        var offset = 0
        var c = next()
        if c == 46 || c == 44 {  // '.' or ','
            var scale = 0.1
            var any = false
            c = next()
            while let d = c, d >= 48, d <= 57 {
                fraction += Double(d - 48) * scale
                scale *= 0.1
                any = true
                c = next()
            }
            guard any else { return nil }
        }
        if let z = c {
            if z == 90 || z == 122 {  // Z
                c = next()
            } else if z == 43 || z == 45 {  // + -
                guard let oh = digits(2) else { return nil }
                var om = 0
                c = next()
                if c == 58 { c = next() }
                if let m1 = c, m1 >= 48, m1 <= 57 {
                    guard let m = digits(2, m1) else { return nil }
                    om = m
                    c = next()
                }
                guard oh <= 23, om <= 59 else { return nil }
                offset = (oh * 3600 + om * 60) * (z == 45 ? -1 : 1)
            }
            // Only trailing white space may follow.
            while let t = c {
                guard t == 32 || t == 9 || t == 10 || t == 13 else { return nil }
                c = next()
            }
        }
        let days = LocalDate(year: year, month: month, day: day).daysSinceEpoch
        let secs = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Double(secs) + fraction
    }

    public static func parse(_ text: String) -> Double? {
        var t = text
        return t.withUTF8 { parse($0) }
    }

    /// The longest text `write` makes: `YYYY-MM-DDTHH:MM:SS.ffffffZ` (years 0...9999).
    public static let maxLength = 27

    /// Appends `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` for UTC seconds since 1970. Fractions are written
    /// only when present, with up to 6 digits and trailing zeros removed.
    public static func append(_ utcSeconds: Double, to out: inout [UInt8]) {
        var text: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &text) { b in
            let p = b.baseAddress!.assumingMemoryBound(to: UInt8.self)
            out.append(contentsOf: UnsafeBufferPointer(start: p, count: write(utcSeconds, to: p)))
        }
    }

    /// Writes the same text as `append` at `p` (room for `maxLength` bytes); returns its length.
    /// For writers that compose output in place (the JSON writer: one capacity check a value).
    public static func write(_ utcSeconds: Double, to p: UnsafeMutablePointer<UInt8>) -> Int {
        var memo = DateMemo()
        return write(utcSeconds, to: p, memo: &memo)
    }

    /// The `YYYY-MM-DD` last written, so a run's thousands of timestamps on one day compute
    /// the calendar date once.
    public struct DateMemo: Sendable {
        var days = Int.min
        var text: (UInt64, UInt16) = (0, 0)
        public init() {}
    }

    /// `write`, reusing `memo`'s date when the day is the same.
    public static func write(_ utcSeconds: Double, to p: UnsafeMutablePointer<UInt8>, memo: inout DateMemo) -> Int {
        var whole = utcSeconds.rounded(.down)
        var micros = Int(((utcSeconds - whole) * 1_000_000).rounded())
        if micros >= 1_000_000 {
            whole += 1
            micros -= 1_000_000
        }
        let total = Int(whole)
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secOfDay = total - days * 86_400
        if days != memo.days {
            let date = LocalDate(daysSinceEpoch: days)
            let year = min(max(date.year, 0), 9999)  // RFC 3339 has four digits; readers give 1970...2200
            withUnsafeMutableBytes(of: &memo.text) { b in
                let d = b.baseAddress!.assumingMemoryBound(to: UInt8.self)
                two(year / 100, d)
                two(year % 100, d + 2)
                d[4] = 45
                two(date.month, d + 5)
                d[7] = 45
                two(date.day, d + 8)
            }
            memo.days = days
        }
        withUnsafeBytes(of: memo.text) { b in
            p.update(from: b.baseAddress!.assumingMemoryBound(to: UInt8.self), count: 10)
        }
        p[10] = 84
        two(secOfDay / 3600, p + 11)
        p[13] = 58
        two(secOfDay / 60 % 60, p + 14)
        p[16] = 58
        two(secOfDay % 60, p + 17)
        var n = 19
        if micros > 0 {
            p[n] = 46
            n += 1
            var digits = 6
            var m = micros
            while m % 10 == 0 {
                m /= 10
                digits -= 1
            }
            for i in stride(from: n + digits - 1, through: n, by: -1) {
                p[i] = UInt8(truncatingIfNeeded: 48 + m % 10)
                m /= 10
            }
            n += digits
        }
        p[n] = 90
        return n + 1
    }

    /// Two decimal digits of `v` (0...99) at `p`.
    @inline(__always)
    private static func two(_ v: Int, _ p: UnsafeMutablePointer<UInt8>) {
        p[0] = UInt8(truncatingIfNeeded: 48 + v / 10)
        p[1] = UInt8(truncatingIfNeeded: 48 + v % 10)
    }

    /// `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`.
    public static func format(_ utcSeconds: Double) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(27)
        append(utcSeconds, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
