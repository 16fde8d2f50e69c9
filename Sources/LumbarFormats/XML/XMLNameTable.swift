/// Maps the element names a reader cares about to small codes, comparing raw bytes: no `String`
/// is made per element on the hot path. Names are matched on their local part only, so
/// `gpxtpx:hr`, `ns3:hr` and a plain `hr` are the same element.
struct XMLNameTable: Sendable {
    /// Code 0 is "an element this reader ignores".
    static let unknown: UInt8 = 0

    private var entries: [(bytes: [UInt8], code: UInt8)] = []
    /// Entries bucketed by name length (names longer than 63 bytes are never interesting).
    private var byLength: [[Int]] = Array(repeating: [], count: 64)

    /// `names[i]` gets code `i + 1`.
    init(_ names: [String]) {
        precondition(names.count < 255)
        for (i, name) in names.enumerated() {
            let bytes = Array(name.utf8)
            entries.append((bytes, UInt8(i + 1)))
            byLength[bytes.count].append(entries.count - 1)
        }
    }

    /// The code of the NUL-terminated local name at `name`, or `unknown`.
    @inline(__always)
    func code(of name: UnsafePointer<UInt8>) -> UInt8 {
        var length = 0
        while name[length] != 0 {
            length += 1
            if length >= 64 { return Self.unknown }
        }
        for index in byLength[length] {
            let entry = entries[index]
            var same = true
            entry.bytes.withUnsafeBufferPointer { expected in
                for i in 0..<length where expected[i] != name[i] {
                    same = false
                    break
                }
            }
            if same { return entry.code }
        }
        return Self.unknown
    }
}
