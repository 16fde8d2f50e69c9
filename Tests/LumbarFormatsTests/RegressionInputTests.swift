import Foundation
import LumbarCore
import Testing

@testable import LumbarFormats

/// Inputs that once crashed, hung or leaked (found by `scripts/fuzz`, minimised, committed under
/// `Tests/Regressions/<target>/`): each is read the way its fuzzer reads it. Leaks show only
/// under `scripts/sanitize` (LeakSanitizer); here the outcome itself is checked.
@Suite("Regression inputs from fuzzing")
struct RegressionInputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Regressions")

    static func files(_ target: String) -> [String] {
        let dir = folder.appendingPathComponent(target).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted().map { dir + "/" + $0 }
    }

    static func bytes(_ path: String) throws -> [UInt8] { try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) }

    /// An internal subset declaring an entity made libxml2 build a stand-in document the parser
    /// context does not free (LeakSanitizer, fuzz-gpx). The entity is still never expanded.
    @Test func doctypeWithAnEntityIsReadWithoutExpandingOrLeaking() throws {
        let path = Self.folder.appendingPathComponent("gpx/doctype-entity-leak.gpx").path
        let bytes = try Self.bytes(path)
        for _ in 0..<3 {
            do throws(FormatError) {
                let decoded = try GPXReader().decode(bytes, file: path)
                #expect(decoded.activities.count == 1)
            } catch {
                #expect(error.description.contains(path))
            }
        }
    }

    @Test(arguments: ["fit", "gpx", "tcx", "applehealth", "answers", "pose"])
    func everyCommittedInputIsHandled(target: String) throws {
        for path in Self.files(target) {
            let bytes = try Self.bytes(path)
            switch target {
            case "fit": _ = try? FITReader().decode(bytes, file: path)
            case "gpx": _ = try? GPXReader().decode(bytes, file: path)
            case "tcx": _ = try? TCXReader().decode(bytes, file: path)
            case "applehealth": _ = AppleHealthDocument.decode(bytes, file: path)
            case "answers": _ = try? AnswersDecoder.decode(bytes)
            default:
                guard let selector = bytes.first else { continue }
                var options = PoseReadOptions()
                if selector & 2 != 0 { options.framesPerSecond = 30 }
                if selector & 4 != 0 { options.imageWidth = 1920; options.imageHeight = 1080 }
                _ = try? PoseFileReader.read(data: Data(bytes.dropFirst()), name: selector & 1 == 0 ? "k.json" : "k.csv", options: options)
            }
        }
    }
}
