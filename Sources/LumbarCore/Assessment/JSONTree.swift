/// A parsed JSON document as a plain tree, for decoders that need to say exactly which field was
/// wrong and why (Codable's errors cannot). Objects keep their members in file order.
public indirect enum JSONTree: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number's value and its literal text as written (e.g. `41`, `41.0`, `4.1e1`).
    case number(Double, text: String)
    case string(String)
    case array([JSONTree])
    /// Members in file order; keys are unique (the parser rejects duplicates).
    case object([Member])

    /// One `"key": value` pair of an object.
    public struct Member: Sendable, Hashable {
        /// The field name.
        public var key: String
        /// The field value.
        public var value: JSONTree
        /// A member from its key and value.
        public init(key: String, value: JSONTree) {
            self.key = key
            self.value = value
        }
    }

    /// What kind of value this is, in words for error messages ("a string", "an object").
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// A short rendering for error messages: strings quoted, numbers as written, containers by kind.
    public var shortDescription: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(_, let text): return text
        case .string(let s):
            let clipped = s.count > 40 ? String(s.prefix(40)) + "..." : s
            var w = JSONWriter()
            w.value(clipped)
            return w.string
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Writes this tree as JSON (member order preserved).
    public func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.null()
        case .bool(let b): writer.value(b)
        case .number(_, let text): writer.raw(text)
        case .string(let s): writer.value(s)
        case .array(let items):
            writer.beginArray()
            for item in items { item.write(to: &writer) }
            writer.endArray()
        case .object(let members):
            writer.beginObject()
            for m in members {
                writer.key(m.key)
                m.value.write(to: &writer)
            }
            writer.endObject()
        }
    }
}
