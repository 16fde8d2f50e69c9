import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or a query string, in order
/// (a name may repeat: ticked checkboxes).
struct FormFields: Sendable, Equatable {
    var pairs: [(name: String, value: String)]

    static func == (a: FormFields, b: FormFields) -> Bool {
        a.pairs.map { $0.name } == b.pairs.map { $0.name } && a.pairs.map { $0.value } == b.pairs.map { $0.value }
    }

    init(pairs: [(name: String, value: String)] = []) { self.pairs = pairs }

    /// Parses `a=1&b=x+y&c=%C3%A9`; undecodable escapes are kept as typed.
    init(urlEncoded text: String) {
        pairs = text.split(separator: "&", omittingEmptySubsequences: true).map { part -> (name: String, value: String) in
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (name: decode(kv[0]), value: kv.count > 1 ? decode(kv[1]) : "")
        }
    }

    /// The first non-empty value of `name`, trimmed.
    func first(_ name: String) -> String? {
        pairs.first { $0.name == name && !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.value.trimmingCharacters(in: .whitespaces) }
    }

    /// Every value of `name`.
    func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map { $0.value } }
}
