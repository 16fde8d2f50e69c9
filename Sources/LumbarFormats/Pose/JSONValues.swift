import Foundation
import LumbarCore

/// Small helpers over `JSONSerialization` values.
enum JSONValues {
    /// A finite number from a JSON value (nil for strings, null, NaN).
    static func number(_ any: Any?) -> Double? {
        switch any {
        case let d as Double: d.isFinite ? d : nil
        case let i as Int: Double(i)
        case let n as NSNumber: n.doubleValue.isFinite ? n.doubleValue : nil
        default: nil
        }
    }

    /// The deepest nesting of arrays and objects accepted in a keypoint file: every format
    /// lumbar reads nests 4 levels at most, so 32 leaves room without letting a hostile file
    /// drive the parser's recursion.
    static let maximumDepth = 32

    /// Parses JSON data, mapping failures to `PoseFileError.damaged`.
    static func parse(_ data: Data, file: String) throws -> Any {
        guard !data.isEmpty else { throw PoseFileError.empty(file: file) }
        if let offset = depthExceeded(data) {
            throw PoseFileError.damaged(
                file: file, reason: "arrays or objects nested deeper than \(maximumDepth) levels at byte \(offset) (not a keypoint file)")
        }
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw PoseFileError.damaged(file: file, reason: "not valid JSON (\(error.localizedDescription))")
        }
    }

    /// The offset where nesting first passes `maximumDepth` (strings skipped), or nil.
    static func depthExceeded(_ data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            var depth = 0
            var inString = false
            var escaped = false
            for (offset, byte) in raw.enumerated() {
                if inString {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > maximumDepth { return offset }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default: break
                }
            }
            return nil
        }
    }

    /// Flat `x, y, c` triples to keypoints; nil when the array has a non-number.
    static func triples(_ values: [Any]) -> [Keypoint]? {
        var out: [Keypoint] = []
        out.reserveCapacity(values.count / 3)
        var i = 0
        while i + 2 < values.count {
            guard let x = number(values[i]), let y = number(values[i + 1]), let c = number(values[i + 2]) else { return nil }
            out.append(Keypoint(x: x, y: y, confidence: max(0, min(1, c))))
            i += 3
        }
        return out
    }
}
