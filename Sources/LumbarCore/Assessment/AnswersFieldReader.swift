/// Reads the members of one JSON object of an answers file, checking each field's type and
/// range and remembering which members it used, so the rest can be reported as unknown.
struct AnswersFieldReader {
    let path: String
    private let members: [JSONTree.Member]
    private var used: Set<String> = []

    init(_ tree: JSONTree, path: String) throws(AnswersError) {
        guard case .object(let members) = tree else {
            throw .wrongType(path: path, expected: "an object ({ ... })", found: Self.found(tree))
        }
        self.path = path
        self.members = members
    }

    func fullPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The value shown after "found" in messages: strings and booleans also name their kind.
    static func found(_ tree: JSONTree) -> String {
        switch tree {
        case .string, .bool: "\(tree.shortDescription) (\(tree.kindName))"
        default: tree.shortDescription
        }
    }

    /// The member's value; `nil` when absent or `null` (a `null` answer means "not answered").
    mutating func value(_ key: String) -> JSONTree? {
        guard let m = members.first(where: { $0.key == key }) else { return nil }
        used.insert(key)
        if case .null = m.value { return nil }
        return m.value
    }

    mutating func bool(_ key: String) throws(AnswersError) -> Bool? {
        guard let v = value(key) else { return nil }
        guard case .bool(let b) = v else {
            throw .wrongType(path: fullPath(key), expected: "true or false", found: Self.found(v))
        }
        return b
    }

    mutating func int(_ key: String, _ range: ClosedRange<Int>) throws(AnswersError) -> Int? {
        guard let v = value(key) else { return nil }
        let expected = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard case .number(let d, let text) = v else {
            throw .wrongType(path: fullPath(key), expected: expected, found: Self.found(v))
        }
        guard d == d.rounded() else { throw .wrongType(path: fullPath(key), expected: expected, found: text) }
        guard d >= Double(range.lowerBound), d <= Double(range.upperBound) else {
            throw .outOfRange(path: fullPath(key), expected: expected, found: text)
        }
        return Int(d)
    }

    mutating func number(_ key: String, _ range: ClosedRange<Double>) throws(AnswersError) -> Double? {
        guard let v = value(key) else { return nil }
        let expected = "a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound))"
        guard case .number(let d, let text) = v else {
            throw .wrongType(path: fullPath(key), expected: expected, found: Self.found(v))
        }
        guard range.contains(d) else { throw .outOfRange(path: fullPath(key), expected: expected, found: text) }
        return d
    }

    static func plain(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type) throws(AnswersError) -> T?
    where T.RawValue == String {
        guard let v = value(key) else { return nil }
        return try Self.word(v, path: fullPath(key), T.self)
    }

    mutating func choices<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type) throws(AnswersError) -> [T]?
    where T.RawValue == String {
        guard let v = value(key) else { return nil }
        guard case .array(let items) = v else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw .wrongType(path: fullPath(key), expected: "an array of words from: \(allowed)", found: Self.found(v))
        }
        var out: [T] = []
        for (n, item) in items.enumerated() {
            let word = try Self.word(item, path: "\(fullPath(key))[\(n)]", T.self)
            if !out.contains(where: { $0.rawValue == word.rawValue }) { out.append(word) }
        }
        return out
    }

    private static func word<T: RawRepresentable & CaseIterable>(_ v: JSONTree, path: String, _: T.Type)
        throws(AnswersError) -> T where T.RawValue == String
    {
        let allowed = T.allCases.map(\.rawValue)
        guard case .string(let s) = v else {
            throw .wrongType(path: path, expected: "one of \(allowed.joined(separator: ", "))", found: found(v))
        }
        guard let value = T(rawValue: s) else { throw .unknownValue(path: path, allowed: allowed, found: v.shortDescription) }
        return value
    }

    mutating func date(_ key: String) throws(AnswersError) -> LocalDate? {
        guard let v = value(key) else { return nil }
        guard case .string(let s) = v else {
            throw .wrongType(path: fullPath(key), expected: "a date as YYYY-MM-DD", found: Self.found(v))
        }
        guard let date = LocalDate(s) else { throw .malformedDate(path: fullPath(key), found: v.shortDescription) }
        return date
    }

    /// A nested object's reader, or `nil` when the member is absent or `null`.
    mutating func object(_ key: String) throws(AnswersError) -> AnswersFieldReader? {
        guard let v = value(key) else { return nil }
        return try AnswersFieldReader(v, path: fullPath(key))
    }

    /// Members this reader never asked for, in file order.
    var unknownFields: [UnknownAnswerField] {
        members.filter { !used.contains($0.key) }.map {
            UnknownAnswerField(parentPath: path, key: $0.key, value: $0.value)
        }
    }
}
