/// Why an answers file (`lumbar.answers/1`, assessment.md) was rejected. Every case names the
/// JSON path of the field (e.g. `symptoms.legPain`), what was expected and what was found, so
/// the person can open the file and fix that one field.
public enum AnswersError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The document is larger than `AnswersDecoder.maximumBytes` (a real one is a few KB).
    case tooLarge(bytes: Int, limit: Int)
    /// The text is not JSON at all.
    case malformedJSON(line: Int, column: Int, reason: String)
    /// The document is JSON but not an object (`found` is its kind, e.g. "an array").
    case notAnObject(found: String)
    /// The required `schema` field is absent.
    case missingSchema
    /// `schema` is present but is not `lumbar.answers/1`.
    case wrongSchema(found: String)
    /// The field holds the wrong kind of value (e.g. a string where a number belongs).
    case wrongType(path: String, expected: String, found: String)
    /// A number outside the documented range (`AnswerRanges`).
    case outOfRange(path: String, expected: String, found: String)
    /// A word that is not one of the field's allowed values.
    case unknownValue(path: String, allowed: [String], found: String)
    /// A date that is not a real `YYYY-MM-DD` date.
    case malformedDate(path: String, found: String)

    /// The JSON path of the offending field (`""` for the whole document).
    public var path: String {
        switch self {
        case .tooLarge, .malformedJSON, .notAnObject: ""
        case .missingSchema, .wrongSchema: "schema"
        case .wrongType(let p, _, _), .outOfRange(let p, _, _), .unknownValue(let p, _, _),
            .malformedDate(let p, _):
            p
        }
    }

    /// One line a person can act on: `path: expected ...; found ...`.
    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            "the answers file is \(bytes) bytes, more than the \(limit / 1024) KB an answers file can be (a complete one is a few KB); check that this is the right file"
        case .malformedJSON(let line, let column, let reason):
            "the answers file is not valid JSON (line \(line), column \(column)): \(reason)"
        case .notAnObject(let found):
            "the answers file must be a JSON object ({ ... }); found \(found)"
        case .missingSchema:
            "schema: expected \"\(Answers.schema)\"; found no schema field (add \"schema\": \"\(Answers.schema)\")"
        case .wrongSchema(let found):
            "schema: expected \"\(Answers.schema)\"; found \(found)"
        case .wrongType(let path, let expected, let found),
            .outOfRange(let path, let expected, let found):
            "\(path): expected \(expected); found \(found)"
        case .unknownValue(let path, let allowed, let found):
            "\(path): expected one of \(allowed.joined(separator: ", ")); found \(found)"
        case .malformedDate(let path, let found):
            "\(path): expected a date as YYYY-MM-DD (e.g. 2026-11-27); found \(found)"
        }
    }
}
