/// Runs one handler over a file with `XMLPushParser`: the part GPX and TCX share.
enum XMLDecoding {
    /// Parses in-memory bytes in 256 KB chunks.
    static func run(_ handler: XMLEventHandler, bytes: [UInt8], file: String) {
        let parser = XMLPushParser(handler: handler, file: file)
        bytes.withUnsafeBufferPointer { parser.parse($0) }
    }

    /// Streams the file at `path` through a 256 KB buffer.
    static func run(_ handler: XMLEventHandler, path: String, file: String) throws(FormatError) {
        let parser = XMLPushParser(handler: handler, file: file)
        try parser.parse(path: path, file: file)
    }

    /// The reason text for a parse failure: libxml2's message with line and column.
    static func reason(_ failure: XMLParseFailure) -> String {
        "invalid XML at line \(failure.line), column \(failure.column): \(failure.message)"
    }

    /// Whether `prefix` (after a UTF-8 BOM and white space) starts with markup and names
    /// `rootElement` within the bytes given.
    static func prefix(_ prefix: ArraySlice<UInt8>, mentions rootElement: String) -> Bool {
        var bytes = prefix
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        bytes = bytes.drop { XMLBytes.isSpace($0) }
        guard bytes.first == UInt8(ascii: "<") else { return false }
        let needle = Array(rootElement.utf8)
        guard bytes.count >= needle.count else { return false }
        var i = bytes.startIndex
        while i + needle.count <= bytes.endIndex {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}

/// The parts end to end, in one allocation of the exact size (a 200 MB GPX has about 576,000
/// samples: growing by doubling would briefly hold twice that); a single part is shared, not copied.
func concatenated<T>(_ parts: [[T]]) -> [T] {
    if parts.count == 1 { return parts[0] }
    var all: [T] = []
    all.reserveCapacity(parts.reduce(0) { $0 + $1.count })
    for part in parts { all.append(contentsOf: part) }
    return all
}
