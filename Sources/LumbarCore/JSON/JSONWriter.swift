/// A byte-level JSON writer: no reflection, no intermediate objects, byte-stable output.
///
/// Used for every `--json` output and for golden files. Numbers: integers print without a
/// fraction; other finite doubles print in Swift's shortest round-trip form; NaN and infinity
/// (never valid JSON) print as `null`.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Whether the container being written needs a comma before its next member; the enclosing
    /// containers' flags wait in `outer` (touched only when a container opens or closes, not for
    /// every member: a large `inspect --json` writes 15 members per record).
    private var needsComma = false
    private var outer: [Bool] = []
    private let pretty: Bool

    public init(pretty: Bool = false, reserving capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func separator() {
        if needsComma { bytes.append(44) }
        needsComma = true
        if pretty && !outer.isEmpty {
            bytes.append(10)
            for _ in 0..<outer.count { bytes.append(32); bytes.append(32) }
        }
    }

    private mutating func close(_ byte: UInt8) {
        let had = needsComma
        needsComma = outer.removeLast()
        if pretty && had {
            bytes.append(10)
            for _ in 0..<outer.count { bytes.append(32); bytes.append(32) }
        }
        bytes.append(byte)
    }

    // MARK: containers

    public mutating func beginObject() { valueSeparator(); bytes.append(123); outer.append(needsComma); needsComma = false }
    public mutating func endObject() { close(125) }
    public mutating func beginArray() { valueSeparator(); bytes.append(91); outer.append(needsComma); needsComma = false }
    public mutating func endArray() { close(93) }

    /// Writes `"key":` inside an object; the next value call completes the member.
    public mutating func key(_ k: String) {
        separator()
        appendQuoted(k)
        bytes.append(58)
        if pretty { bytes.append(32) }
        needsComma = false
        pendingKey = true
    }
    private var pendingKey = false

    /// Writes a key quoted once in advance (see `JSONKey`): for the keys of large arrays.
    public mutating func key(_ k: JSONKey) {
        separator()
        bytes.append(contentsOf: k.quoted)
        if pretty { bytes.append(32) }
        needsComma = false
        pendingKey = true
    }

    /// Hands what was written so far to `sink` and empties the buffer, keeping its capacity: a
    /// large document then streams out in chunks instead of being held whole in memory.
    public mutating func flush(_ sink: ([UInt8]) -> Void) {
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Ends the document with a newline (for line-oriented output).
    public mutating func newline() { bytes.append(10) }

    /// Bytes written and not yet flushed.
    public var pendingByteCount: Int { bytes.count }

    private mutating func valueSeparator() {
        if pendingKey {
            pendingKey = false
            needsComma = true
        } else {
            separator()
        }
    }

    // MARK: values

    public mutating func value(_ s: String) { valueSeparator(); appendQuoted(s) }
    public mutating func value(_ b: Bool) { valueSeparator(); bytes.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8)) }
    public mutating func null() { valueSeparator(); bytes.append(contentsOf: [110, 117, 108, 108]) }
    public mutating func value(_ i: Int) { valueSeparator(); appendInt(i) }
    public mutating func value(_ d: Double) { valueSeparator(); appendDouble(d) }
    public mutating func value(_ s: String?) { if let s { value(s) } else { null() } }
    public mutating func value(_ d: Double?) { if let d { value(d) } else { null() } }
    public mutating func value(_ i: Int?) { if let i { value(i) } else { null() } }
    /// A number rounded to `digits` decimals (for values shown to people: no float noise).
    public mutating func value(_ d: Double, decimals digits: Int) {
        valueSeparator()
        appendDouble(JSONWriter.round(d, digits))
    }
    /// A UTC timestamp as RFC 3339 with `Z`.
    public mutating func timestamp(_ utcSeconds: Double) {
        valueSeparator()
        bytes.append(34)
        RFC3339.append(utcSeconds, to: &bytes)
        bytes.append(34)
    }
    /// Pre-encoded JSON, inserted as one value.
    public mutating func raw(_ json: String) { valueSeparator(); bytes.append(contentsOf: json.utf8) }

    // Convenience: `"key": value` pairs; optional values that are nil are left out.
    public mutating func field(_ k: String, _ v: String?) { if let v { key(k); value(v) } }
    public mutating func field(_ k: String, _ v: Double?) { if let v, v.isFinite { key(k); value(v) } }
    public mutating func field(_ k: String, _ v: Int?) { if let v { key(k); value(v) } }
    public mutating func field(_ k: String, _ v: Bool?) { if let v { key(k); value(v) } }
    public mutating func field(_ k: JSONKey, _ v: Double?) { if let v, v.isFinite { key(k); value(v) } }

    public static func round(_ d: Double, _ digits: Int) -> Double {
        var p = 1.0
        for _ in 0..<digits { p *= 10 }
        return (d * p).rounded() / p
    }

    // MARK: encoding

    private mutating func appendInt(_ i: Int) {
        if i == 0 { bytes.append(48); return }
        var v = i.magnitude
        if i < 0 { bytes.append(45) }
        var tmp: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                  UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &tmp) { buf in
            while v > 0 {
                buf[n] = UInt8(48 + v % 10)
                v /= 10
                n += 1
            }
            for k in stride(from: n - 1, through: 0, by: -1) { bytes.append(buf[k]) }
        }
    }

    /// `x` rounded to an integer (ties to even) for |x| < 2^52, in two additions: inline, where
    /// `rounded()` is a call into libm (a sixth of the time of a large `inspect --json`).
    @inline(__always)
    static func nearest(_ x: Double) -> Double {
        let magic = 4_503_599_627_370_496.0  // 2^52
        return x >= 0 ? (x + magic) - magic : -((-x + magic) - magic)
    }

    private static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    private mutating func appendDouble(_ d: Double) {
        guard d.isFinite else { bytes.append(contentsOf: [110, 117, 108, 108]); return }
        if abs(d) < 1e15, d == JSONWriter.nearest(d) {
            appendInt(Int(d))
            return
        }
        // Fast path for the short decimals most scaled sensor values are (e.g. 12.35 m, 2.804
        // m/s): the smallest k with d == n / 10^k exactly (division is correctly rounded, so the
        // text below reads back as the same double) prints as n with k decimals: the same text as
        // `description` in this range, without its cost (about 100 ns a number).
        if abs(d) >= 1e-4, abs(d) < 1e9 {
            for k in 1..<JSONWriter.powersOfTen.count {
                let p = JSONWriter.powersOfTen[k]
                let n = JSONWriter.nearest(d * p)
                if n / p == d {
                    appendFixed(Int(n), decimals: k)
                    return
                }
            }
        }
        bytes.append(contentsOf: d.description.utf8)
    }

    /// `n / 10^decimals` in plain decimal notation (`n` has no trailing zero in its last place).
    private mutating func appendFixed(_ n: Int, decimals: Int) {
        if n < 0 { bytes.append(45) }
        var magnitude = n.magnitude
        // Digits least significant first, in a fixed buffer (no allocation per number).
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { digits in
            var count = 0
            while magnitude > 0 || count <= decimals {
                digits[count] = UInt8(48 + magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: decimals, by: -1) { bytes.append(digits[i]) }
            bytes.append(46)
            for i in stride(from: decimals - 1, through: 0, by: -1) { bytes.append(digits[i]) }
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    static func quoted(_ s: String) -> [UInt8] {
        var w = JSONWriter(reserving: s.utf8.count + 2)
        w.appendQuoted(s)
        return w.bytes
    }

    private mutating func appendQuoted(_ s: String) {
        bytes.append(34)
        for c in s.utf8 {
            switch c {
            case 34: bytes.append(92); bytes.append(34)
            case 92: bytes.append(92); bytes.append(92)
            case 10: bytes.append(92); bytes.append(110)
            case 13: bytes.append(92); bytes.append(114)
            case 9: bytes.append(92); bytes.append(116)
            case 0..<32:
                bytes.append(contentsOf: [92, 117, 48, 48])
                bytes.append(JSONWriter.hex[Int(c >> 4)])
                bytes.append(JSONWriter.hex[Int(c & 15)])
            default: bytes.append(c)
            }
        }
        bytes.append(34)
    }
}

/// An object key quoted and escaped once, with its colon: `JSONKey("heartRate")` writes
/// `"heartRate":`. For the keys repeated in every element of a large array.
public struct JSONKey: Sendable {
    let quoted: [UInt8]

    public init(_ name: String) {
        quoted = JSONWriter.quoted(name) + [58]
    }
}
