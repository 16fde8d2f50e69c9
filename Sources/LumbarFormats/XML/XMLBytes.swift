#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Number and text helpers working on the raw UTF-8 bytes libxml2 hands over.
enum XMLBytes {
    /// Powers of ten that are exact in a `Double` (10^0 ... 10^22).
    private static let exactPowers: [Double] = (0...22).map { pow(10.0, Double($0)) }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }

    /// `bytes` without leading and trailing XML white space.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let base = bytes.baseAddress else { return bytes }
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }

    /// A decimal number such as `-122.391386000`, `191.5999756`, `1e3`, surrounded by optional
    /// white space. Up to 15 significant digits the result is correctly rounded (an exact
    /// mantissa divided by an exact power of ten, Clinger 1990); 16-19 digits (Garmin's
    /// 15-decimal coordinates) take the same path within one unit in the last place (1e-14
    /// degrees, far below any GPS precision); longer numbers and exponents go through `strtod`.
    /// Returns nil for anything that is not a finite number.
    static func double(_ raw: UnsafeBufferPointer<UInt8>) -> Double? {
        let bytes = trimmed(raw)
        let n = bytes.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        if bytes[0] == 45 || bytes[0] == 43 {
            negative = bytes[0] == 45
            i = 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawDigit = false
        while i < n, bytes[i] >= 48, bytes[i] <= 57 {
            mantissa = mantissa &* 10 &+ UInt64(bytes[i] - 48)
            if mantissa != 0 { digits += 1 }
            sawDigit = true
            i += 1
        }
        if i < n, bytes[i] == 46 {
            i += 1
            while i < n, bytes[i] >= 48, bytes[i] <= 57 {
                mantissa = mantissa &* 10 &+ UInt64(bytes[i] - 48)
                if mantissa != 0 { digits += 1 }
                fractionDigits += 1
                sawDigit = true
                i += 1
            }
        }
        guard sawDigit else { return nil }
        if i == n, digits <= 19, fractionDigits <= 22 {
            let value = Double(mantissa) / exactPowers[fractionDigits]
            return negative ? -value : value
        }
        // Exponents, long mantissas and anything unusual: the C library, on a NUL-terminated copy.
        guard n < 64 else { return nil }
        var copy = [CChar](repeating: 0, count: n + 1)
        for k in 0..<n { copy[k] = CChar(bitPattern: bytes[k]) }
        return copy.withUnsafeBufferPointer { buffer -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &end)
            guard let end, end - UnsafeMutablePointer(mutating: buffer.baseAddress!) == n,
                value.isFinite
            else { return nil }
            return value
        }
    }

    /// The bytes as a `String` (only for rare, short values such as a track's name or type).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: trimmed(bytes), as: UTF8.self)
    }
}
