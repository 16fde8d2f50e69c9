extension JSONTree {
    /// Why a text is not JSON, and where (1-based line and column, in bytes).
    public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
        /// 1-based line.
        public var line: Int
        /// 1-based column, in bytes.
        public var column: Int
        /// What was wrong, in words.
        public var reason: String
        public var description: String { "line \(line), column \(column): \(reason)" }
    }

    /// Deepest nesting accepted, so hostile input cannot exhaust the stack.
    public static let maximumDepth = 64

    /// Parses one JSON document (RFC 8259). Rejects trailing text, duplicate keys, nesting deeper
    /// than `maximumDepth`, and invalid UTF-8 inside strings.
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONTree {
        var p = Parser(bytes: bytes)
        p.skipSpace()
        let tree = try p.value(depth: 0)
        p.skipSpace()
        if p.i < bytes.count { throw p.error("unexpected text after the JSON value") }
        return tree
    }

    /// Parses a JSON document held in a string.
    public static func parse(_ text: String) throws(SyntaxError) -> JSONTree {
        try parse(Array(text.utf8))
    }
}

private struct Parser {
    let bytes: [UInt8]
    var i = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func error(_ reason: String) -> JSONTree.SyntaxError {
        var line = 1
        var column = 1
        for b in bytes[0..<min(i, bytes.count)] {
            if b == 10 { line += 1; column = 1 } else { column += 1 }
        }
        return JSONTree.SyntaxError(line: line, column: column, reason: reason)
    }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
    }

    mutating func value(depth: Int) throws(JSONTree.SyntaxError) -> JSONTree {
        guard i < bytes.count else { throw error("the text ends where a value was expected") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("unexpected character '\(printable(bytes[i]))' where a value was expected")
        }
    }

    func printable(_ b: UInt8) -> String {
        b >= 32 && b < 127 ? String(UnicodeScalar(b)) : "\\u{\(String(b, radix: 16))}"
    }

    mutating func literal(_ word: String) throws(JSONTree.SyntaxError) {
        for c in word.utf8 {
            guard i < bytes.count, bytes[i] == c else { throw error("expected '\(word)'") }
            i += 1
        }
    }

    mutating func object(depth: Int) throws(JSONTree.SyntaxError) -> JSONTree {
        guard depth <= JSONTree.maximumDepth else { throw error("nested deeper than \(JSONTree.maximumDepth) levels") }
        i += 1
        var members: [JSONTree.Member] = []
        var seen = Set<String>()
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a quoted field name") }
            let keyStart = i
            let key = try string()
            guard seen.insert(key).inserted else {
                i = keyStart
                throw error("the field \"\(key)\" appears twice in the same object")
            }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after \"\(key)\"") }
            i += 1
            skipSpace()
            members.append(JSONTree.Member(key: key, value: try value(depth: depth)))
            skipSpace()
            guard i < bytes.count else { throw error("the text ends inside an object (missing '}')") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw error("expected ',' or '}' in an object")
        }
    }

    mutating func array(depth: Int) throws(JSONTree.SyntaxError) -> JSONTree {
        guard depth <= JSONTree.maximumDepth else { throw error("nested deeper than \(JSONTree.maximumDepth) levels") }
        i += 1
        var items: [JSONTree] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth))
            skipSpace()
            guard i < bytes.count else { throw error("the text ends inside an array (missing ']')") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw error("expected ',' or ']' in an array")
        }
    }

    mutating func number() throws(JSONTree.SyntaxError) -> JSONTree {
        let start = i
        func digit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, digit(bytes[i]) else { throw error("a number needs a digit after '-'") }
        if bytes[i] == 48 {
            i += 1
            if i < bytes.count, digit(bytes[i]) { throw error("numbers cannot have leading zeros") }
        } else {
            while i < bytes.count, digit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < bytes.count, digit(bytes[i]) else { throw error("a number needs digits after '.'") }
            while i < bytes.count, digit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, digit(bytes[i]) else { throw error("a number needs digits in its exponent") }
            while i < bytes.count, digit(bytes[i]) { i += 1 }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw error("the number \(text) is too large") }
        return .number(value, text: text)
    }

    mutating func hex4() throws(JSONTree.SyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 48...57: d = UInt32(b - 48)
            case 65...70: d = UInt32(b - 55)
            case 97...102: d = UInt32(b - 87)
            default: throw error("a \\u escape needs four hex digits")
            }
            v = v * 16 + d
            i += 1
        }
        return v
    }

    mutating func string() throws(JSONTree.SyntaxError) -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw error("the text ends inside a string (missing '\"')") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; break }
            if b < 32 { throw error("control characters must be escaped inside strings") }
            if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { throw error("the text ends inside an escape") }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(34)
            case UInt8(ascii: "\\"): out.append(92)
            case UInt8(ascii: "/"): out.append(47)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == 92, bytes[i + 1] == UInt8(ascii: "u") else {
                        throw error("a lone surrogate in a \\u escape")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("a lone surrogate in a \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(scalar) else { throw error("a lone surrogate in a \\u escape") }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default: throw error("unknown escape '\\\(printable(e))'")
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw error("a string is not valid UTF-8") }
        return s
    }
}
