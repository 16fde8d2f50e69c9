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

    /// Parses JSON data, mapping failures to `PoseFileError.damaged`.
    static func parse(_ data: Data, file: String) throws -> Any {
        guard !data.isEmpty else { throw PoseFileError.empty(file: file) }
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw PoseFileError.damaged(file: file, reason: "not valid JSON (\(error.localizedDescription))")
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
