/// Makes an Apple Health `export.xml` safe for libxml2 as it streams past: the DOCTYPE and its
/// internal subset are cut out without being read (iOS 16-17 wrote a malformed `<!ATTLIST`), and
/// bytes XML 1.0 forbids (C0 controls other than tab, LF, CR, e.g. the stray `\x0b` of some
/// exports) become spaces, so offsets stay the same (formats.md pitfall 8).
struct HealthByteFilter {
    /// The prologue (everything before the root element) is held until the root starts; a
    /// prologue longer than this is not an Apple Health export.
    static let maximumPrologue = 4 << 20

    private var prologue: [UInt8] = []
    private(set) var inBody = false

    /// Filters `chunk`, handing what is ready to `emit`. Returns false when the prologue grew
    /// past `maximumPrologue` without a `<HealthData` root.
    mutating func filter(_ chunk: UnsafeRawBufferPointer, emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        if inBody {
            Self.cleanAndEmit(chunk, emit)
            return true
        }
        prologue.append(contentsOf: chunk)
        guard let root = Self.find(Array("<HealthData".utf8), in: prologue, from: 0) else {
            return prologue.count <= Self.maximumPrologue
        }
        var head = prologue
        if let doctype = Self.find(Array("<!DOCTYPE".utf8), in: head, from: 0), doctype < root {
            // The subset ends at the first `]>`; without a subset the DOCTYPE ends at `>`.
            let close = Self.find(Array("]>".utf8), in: head, from: doctype).map { $0 + 2 }
            let plainEnd = head[doctype...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 }
            let bracket = head[doctype..<root].firstIndex(of: UInt8(ascii: "["))
            let end = (bracket != nil ? close : plainEnd) ?? root
            for i in doctype..<min(end, root) { head[i] = 32 }
        }
        inBody = true
        prologue = []
        head.withUnsafeBytes { Self.cleanAndEmit($0, emit) }
        return true
    }

    /// Whether the prologue so far (nothing emitted yet) never reached the root.
    var isStillInPrologue: Bool { !inBody }

    private static func cleanAndEmit(_ chunk: UnsafeRawBufferPointer, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        let bytes = chunk.assumingMemoryBound(to: UInt8.self)
        guard let base = bytes.baseAddress else { return }
        // Eight bytes at a time: a word with no byte below 0x20 is skipped whole (the
        // classic "has a byte less than n" test); only words holding one are checked bytewise.
        var first = -1
        let raw = UnsafeRawPointer(base)
        var i = 0
        let n = bytes.count
        scan: while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0 {
                for k in i..<(i + 8) where Self.isIllegal(base[k]) {
                    first = k
                    break scan
                }
            }
            i += 8
        }
        if first < 0 {
            while i < n {
                if Self.isIllegal(base[i]) {
                    first = i
                    break
                }
                i += 1
            }
        }
        if first < 0 {
            emit(bytes)
            return
        }
        var copy = Array(bytes)
        for i in first..<copy.count where isIllegal(copy[i]) { copy[i] = 32 }
        copy.withUnsafeBufferPointer { emit($0) }
    }

    /// A C0 control character other than tab, LF and CR: not allowed anywhere in XML 1.0.
    @inline(__always)
    static func isIllegal(_ b: UInt8) -> Bool { b < 32 && b != 9 && b != 10 && b != 13 }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == needle[0] {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
