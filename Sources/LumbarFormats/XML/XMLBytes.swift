#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Number and text helpers working on the raw UTF-8 bytes libxml2 hands over.
enum XMLBytes {
    /// 10^n for n in 0...22, the powers of ten that are exact in a `Double` (literals, so no
    /// lazy-global check on the hot path).
    @inline(__always)
    private static func exactPower(_ n: Int) -> Double {
        switch n {
        case 0: 1
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        default: 1e22
        }
    }

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
            let value = Double(mantissa) / exactPower(fractionDigits)
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
