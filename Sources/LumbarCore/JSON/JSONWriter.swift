/// A byte-level JSON writer: no reflection, no intermediate objects, byte-stable output.
///
/// Used for every `--json` output and for golden files. Numbers: integers print without a
/// fraction; other finite doubles print in Swift's shortest round-trip form; NaN and infinity
/// (never valid JSON) print as `null`.
///
/// The bytes live in one growing allocation written through a pointer: each value asks for room
/// once (one uniqueness and one capacity check) and then stores its bytes directly, where
/// appending to an `[UInt8]` checked both for every byte (half the time of `inspect --json`).
public struct JSONWriter {
    private var storage: Storage
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Whether the container being written needs a comma before its next member; the enclosing
    /// containers' flags wait in `outer` (touched only when a container opens or closes, not for
    /// every member: a large `inspect --json` writes 15 members per record).
    private var needsComma = false
    private var outer: [Bool] = []
    private var pendingKey = false
    private let pretty: Bool
    private var dateMemo = RFC3339.DateMemo()

    public init(pretty: Bool = false, reserving capacity: Int = 4096) {
        self.pretty = pretty
        self.capacity = max(capacity, 64)
        storage = Storage(capacity: self.capacity)
        base = storage.base
    }

    /// Everything written and not yet flushed.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    public var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// Bytes written and not yet flushed.
    public var pendingByteCount: Int { count }

    /// Hands what was written so far to `sink` and empties the buffer, keeping its memory: a
    /// large document then streams out in chunks instead of being held whole in memory.
    public mutating func flush(_ sink: (UnsafeRawBufferPointer) -> Void) {
        sink(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    // MARK: room

    /// The place to write up to `n` more bytes; `commit` then counts what was written.
    @inline(__always)
    private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if _slowPath(!isKnownUniquelyReferenced(&storage) || count + n > capacity) { grow(n) }
        return base + count
    }

    /// A private copy (after the writer itself was copied) and/or more memory.
    private mutating func grow(_ n: Int) {
        let newCapacity = count + n > capacity ? max(capacity * 2, count + n) : capacity
        let fresh = Storage(capacity: newCapacity)
        fresh.base.update(from: base, count: count)
        storage = fresh
        base = fresh.base
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        room(1).pointee = byte
        count += 1
    }

    @inline(__always)
    private mutating func put(_ source: UnsafeBufferPointer<UInt8>) {
        let p = room(source.count)
        if let from = source.baseAddress { p.update(from: from, count: source.count) }
        count += source.count
    }

    // MARK: structure

    private mutating func separator() {
        if pretty {
            let p = room(2 + 2 * outer.count)
            var n = 0
            if needsComma { p[n] = 44; n += 1 }
            if !outer.isEmpty {
                p[n] = 10
                n += 1
                for _ in 0..<(2 * outer.count) { p[n] = 32; n += 1 }
            }
            count += n
        } else if needsComma {
            put(44)
        }
        needsComma = true
    }

    private mutating func close(_ byte: UInt8) {
        let had = needsComma
        needsComma = outer.removeLast()
        if pretty && had {
            put(10)
            for _ in 0..<outer.count { put(32); put(32) }
        }
        put(byte)
    }

    private mutating func valueSeparator() {
        if pendingKey {
            pendingKey = false
            needsComma = true
        } else {
            separator()
        }
    }

    // MARK: containers

    public mutating func beginObject() { valueSeparator(); put(123); outer.append(needsComma); needsComma = false }
    public mutating func endObject() { close(125) }
    public mutating func beginArray() { valueSeparator(); put(91); outer.append(needsComma); needsComma = false }
    public mutating func endArray() { close(93) }

    /// Writes `"key":` inside an object; the next value call completes the member.
    public mutating func key(_ k: String) {
        separator()
        appendQuoted(k)
        put(58)
        if pretty { put(32) }
        needsComma = false
        pendingKey = true
    }

    /// Writes a key quoted once in advance (see `JSONKey`): for the keys of large arrays.
    public mutating func key(_ k: JSONKey) {
        separator()
        k.quoted.withUnsafeBufferPointer { put($0) }
        if pretty { put(32) }
        needsComma = false
        pendingKey = true
    }

    /// Ends the document with a newline (for line-oriented output).
    public mutating func newline() { put(10) }

    // MARK: values

    public mutating func value(_ s: String) { valueSeparator(); appendQuoted(s) }
    public mutating func value(_ b: Bool) { valueSeparator(); appendASCII(b ? "true" : "false") }
    public mutating func null() { valueSeparator(); appendASCII("null") }
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
        let p = room(RFC3339.maxLength + 2)
        p[0] = 34
        let n = RFC3339.write(utcSeconds, to: p + 1, memo: &dateMemo)
        p[n + 1] = 34
        count += n + 2
    }
    /// Pre-encoded JSON, inserted as one value.
    public mutating func raw(_ json: String) { valueSeparator(); appendASCII(json) }

    // Convenience: `"key": value` pairs; optional values that are nil are left out.
    public mutating func field(_ k: String, _ v: String?) { if let v { key(k); value(v) } }
    public mutating func field(_ k: String, _ v: Double?) { if let v, v.isFinite { key(k); value(v) } }
    public mutating func field(_ k: String, _ v: Int?) { if let v { key(k); value(v) } }
    public mutating func field(_ k: String, _ v: Bool?) { if let v { key(k); value(v) } }
    /// `"key":number`, with one capacity check for the whole member: the inner loop of a large
    /// `inspect --json`.
    public mutating func field(_ k: JSONKey, _ v: Double?) {
        guard let v, v.isFinite else { return }
        if pretty || pendingKey {
            key(k)
            value(v)
            return
        }
        k.quoted.withUnsafeBufferPointer { key in
            let p = room(1 + key.count + JSONWriter.maxNumberLength)
            var n = 0
            if needsComma { p[0] = 44; n = 1 }
            (p + n).update(from: key.baseAddress!, count: key.count)
            n += key.count
            n += JSONWriter.write(v, to: p + n)
            count += n
        }
        needsComma = true
    }

    public static func round(_ d: Double, _ digits: Int) -> Double {
        var p = 1.0
        for _ in 0..<digits { p *= 10 }
        return (d * p).rounded() / p
    }

    // MARK: encoding

    private mutating func appendASCII(_ s: String) {
        var s = s
        s.withUTF8 { put($0) }
    }

    private mutating func appendInt(_ i: Int) {
        count += JSONWriter.write(i, to: room(JSONWriter.maxNumberLength))
    }

    private mutating func appendDouble(_ d: Double) {
        guard d.isFinite else { appendASCII("null"); return }
        count += JSONWriter.write(d, to: room(JSONWriter.maxNumberLength))
    }

    /// Room a number needs: `-9223372036854775808` is 20 bytes, Swift's longest double
    /// (`-2.2250738585072014e-308`) 24.
    static let maxNumberLength = 32

    /// Writes the decimal text of `i` at `p`; returns its length.
    @inline(__always)
    static func write(_ i: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        if i < 0 {
            p[0] = 45
            return 1 + digits(i.magnitude, to: p + 1)
        }
        return digits(i.magnitude, to: p)
    }

    /// Writes the decimal digits of `v`; returns how many.
    @inline(__always)
    private static func digits(_ v: UInt, to p: UnsafeMutablePointer<UInt8>) -> Int {
        var length = 1
        var limit: UInt = 10
        while length < 20, v >= limit {
            length += 1
            if limit > UInt.max / 10 { break }
            limit *= 10
        }
        var v = v
        for k in stride(from: length - 1, through: 0, by: -1) {
            p[k] = UInt8(truncatingIfNeeded: 48 + v % 10)
            v /= 10
        }
        return length
    }

    /// `x` rounded to an integer (ties to even) for |x| < 2^52, in two additions: inline, where
    /// `rounded()` is a call into libm (a sixth of the time of a large `inspect --json`).
    @inline(__always)
    static func nearest(_ x: Double) -> Double {
        let magic = 4_503_599_627_370_496.0  // 2^52
        return x >= 0 ? (x + magic) - magic : -((-x + magic) - magic)
    }

    /// Writes a finite `d` at `p` (room for `maxNumberLength`) as integers print, or in the
    /// shortest text that reads back as `d`; returns its length.
    static func write(_ d: Double, to p: UnsafeMutablePointer<UInt8>) -> Int {
        if abs(d) < 1e15, d == nearest(d) { return write(Int(d), to: p) }
        // Fast path for the short decimals most scaled sensor values are (12.35 m, 2.804 m/s):
        // if d == n / 10^k for some k <= 6 (division is correctly rounded, so that text reads
        // back as d), then m = nearest(d * 10^6) is n * 10^(6-k) (for |d| < 1e9 the product's
        // error is under 0.15) and m / 10^6 == d; m without its trailing zeros gives the
        // smallest such k: the same text as `description`, in one multiplication and one
        // division instead of its ~60 ns. A value with more decimals (a position) fails the
        // test at once and takes the general path.
        if abs(d) >= 1e-4, abs(d) < 1e9 {
            let m = nearest(d * 1_000_000)
            if m / 1_000_000 == d {
                var n = Int(m)
                var decimals = 6
                while n % 10 == 0 {
                    n /= 10
                    decimals -= 1
                }
                return writeFixed(n, decimals: decimals, to: p)
            }
        }
        // Swift's shortest round-trip text, written in place: the stdlib hands `write(to:)`
        // the digits as ASCII bytes, so no String is made.
        var sink = ASCIISink(start: p)
        d.write(to: &sink)
        if !sink.overflowed { return sink.count }
        let text = Array(d.description.utf8.prefix(maxNumberLength))
        p.update(from: text, count: text.count)
        return text.count
    }

    /// Receives `Double.write(to:)` into room already made in the writer.
    private struct ASCIISink: TextOutputStream {
        let start: UnsafeMutablePointer<UInt8>
        var count = 0
        var overflowed = false

        mutating func write(_ string: String) {
            var string = string
            string.withUTF8 { _writeASCII($0) }
        }

        mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
            guard let from = buffer.baseAddress else { return }
            guard count + buffer.count <= JSONWriter.maxNumberLength else { overflowed = true; return }
            (start + count).update(from: from, count: buffer.count)
            count += buffer.count
        }
    }

    /// `n / 10^decimals` (decimals 1...6) in plain decimal notation at `p`; returns its length.
    /// The digits of |n| are written right to left with the point set in among them (no
    /// division by a variable power of ten).
    @inline(__always)
    private static func writeFixed(_ n: Int, decimals: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        var v = n.magnitude
        var digitCount = 1
        var limit: UInt = 10
        while digitCount < 19, v >= limit {
            digitCount += 1
            limit *= 10
        }
        let length = (n < 0 ? 1 : 0) + max(digitCount, decimals + 1) + 1
        var at = length - 1
        for _ in 0..<decimals {
            p[at] = UInt8(truncatingIfNeeded: 48 + v % 10)
            v /= 10
            at -= 1
        }
        p[at] = 46
        at -= 1
        repeat {
            p[at] = UInt8(truncatingIfNeeded: 48 + v % 10)
            v /= 10
            at -= 1
        } while v > 0
        if n < 0 { p[0] = 45 }
        return length
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    static func quoted(_ s: String) -> [UInt8] {
        var w = JSONWriter(reserving: s.utf8.count + 2)
        w.appendQuoted(s)
        return w.bytes
    }

    private mutating func appendQuoted(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            // Worst case: every byte becomes \u00XX.
            let p = room(6 * utf8.count + 2)
            var n = 0
            p[n] = 34; n += 1
            for c in utf8 {
                switch c {
                case 34: p[n] = 92; p[n + 1] = 34; n += 2
                case 92: p[n] = 92; p[n + 1] = 92; n += 2
                case 10: p[n] = 92; p[n + 1] = 110; n += 2
                case 13: p[n] = 92; p[n + 1] = 114; n += 2
                case 9: p[n] = 92; p[n + 1] = 116; n += 2
                case 0..<32:
                    p[n] = 92; p[n + 1] = 117; p[n + 2] = 48; p[n + 3] = 48
                    p[n + 4] = JSONWriter.hex[Int(c >> 4)]
                    p[n + 5] = JSONWriter.hex[Int(c & 15)]
                    n += 6
                default: p[n] = c; n += 1
                }
            }
            p[n] = 34; n += 1
            count += n
        }
    }

    /// Owns the writer's memory; a writer that was copied makes its own before writing.
    private final class Storage {
        let base: UnsafeMutablePointer<UInt8>
        init(capacity: Int) { base = .allocate(capacity: capacity) }
        deinit { base.deallocate() }
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
