/// A field of an answers file that this version does not know. The contract allows new fields,
/// so it is kept (and written back by `AnswersEncoder`) but ignored by every analysis.
public struct UnknownAnswerField: Sendable, Hashable {
    /// The object it sits in (`""` for the top level, `episode`, `pain.peg`, ...).
    public var parentPath: String
    public var key: String
    public var value: JSONTree

    public init(parentPath: String, key: String, value: JSONTree) {
        self.parentPath = parentPath
        self.key = key
        self.value = value
    }

    /// The full JSON path, e.g. `episode.foo`.
    public var path: String { parentPath.isEmpty ? key : "\(parentPath).\(key)" }
}

/// The result of decoding an answers file: the answers, the unknown fields kept, and the
/// warnings to show the person.
public struct DecodedAnswers: Sendable, Hashable {
    public var answers: Answers
    public var unknownFields: [UnknownAnswerField]

    public init(answers: Answers, unknownFields: [UnknownAnswerField] = []) {
        self.answers = answers
        self.unknownFields = unknownFields
    }

    /// One line per unknown field: `unknown field episode.foo (kept, ignored)`.
    public var warnings: [String] { unknownFields.map { "unknown field \($0.path) (kept, ignored)" } }
}
