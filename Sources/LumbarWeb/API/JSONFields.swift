import LumbarCore

/// Reads a flat JSON object posted to the API into form fields, checking each member's type
/// first, so a string where a number belongs is refused with the field named.
enum JSONFields {
    static func fields(_ bytes: [UInt8], numbers: Set<String>, strings: Set<String>) throws(WebError) -> FormFields {
        let tree: JSONTree
        do { tree = try JSONTree.parse(bytes) } catch { throw WebError.badBody("The body is not valid JSON (\(error.description)).") }
        guard case .object(let members) = tree else { throw WebError.badBody("The body must be a JSON object (got \(tree.kindName)).") }
        var out = FormFields()
        for m in members {
            switch m.value {
            case .null: continue
            case .number(_, let text) where numbers.contains(m.key): out.pairs.append((m.key, text))
            case .string(let s) where strings.contains(m.key): out.pairs.append((m.key, s))
            default:
                if numbers.contains(m.key) { throw WebError.badField(field: m.key, reason: "expected a number, got \(m.value.kindName)") }
                if strings.contains(m.key) { throw WebError.badField(field: m.key, reason: "expected a string, got \(m.value.kindName)") }
                throw WebError.badField(field: m.key, reason: "unknown field; known fields: \((numbers.union(strings)).sorted().joined(separator: ", "))")
            }
        }
        return out
    }
}
