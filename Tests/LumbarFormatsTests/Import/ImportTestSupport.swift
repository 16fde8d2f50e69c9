import CGzip
import Foundation
import LumbarCore
import LumbarFormats

/// A tiny text format for pipeline tests: `FAKE` on the first line, then one command a line:
/// `run SPORT START DISTANCE SAMPLES`, `warn OFFSET MESSAGE`, `fail OFFSET`, `assumed`;
/// `#` lines are padding.
struct FakeReader: ActivityFileReader {
    var format: String { "fake" }

    func recognises(prefix: ArraySlice<UInt8>, fileName: String) -> Bool {
        prefix.starts(with: Array("FAKE".utf8))
    }

    func decode(_ bytes: [UInt8], file: String) throws(FormatError) -> DecodedFile {
        var decoded = DecodedFile(format: format, activities: [], records: [])
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst() {
            let words = line.split(separator: " ").map(String.init)
            switch words.first {
            case "run":
                let start = Double(words[2])!
                let samples = (0..<Int(words[4])!).map { Sample(time: start + Double($0), heartRate: 150) }
                let activity = Activity(
                    sport: Sport(rawValue: words[1])!, start: start, elapsedSeconds: 3000,
                    distanceMeters: Double(words[3])!, samples: samples)
                decoded.activities.append(activity)
                decoded.records += samples
            case "warn":
                decoded.warnings.append(DecodeWarning(file: file, offset: Int(words[1]), message: words[2...].joined(separator: " ")))
            case "fail":
                throw .damaged(file: file, offset: Int(words[1]), reason: "test damage")
            case "assumed":
                decoded.sportWasAssumed = true
            default:
                continue
            }
        }
        return decoded
    }
}

/// Records what the pipeline saved; the same file and session twice is a duplicate.
actor RecordingDestination: ImportDestination {
    var saved: [Activity] = []

    func hasSource(contentHash: String) async throws -> Bool {
        saved.contains { $0.sources.contains { $0.contentHash == contentHash } }
    }

    func save(_ activity: Activity) async throws -> ImportSaveResult {
        let source = activity.sources[0]
        if saved.contains(where: { $0.sources[0].contentHash == source.contentHash && $0.sources[0].sessionIndex == source.sessionIndex }) {
            return .duplicate
        }
        saved.append(activity)
        return .inserted
    }
}

enum TestFiles {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "lumbar-import-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws { try write(Array(text.utf8), to: path) }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// `text` as gzip, compressed by zlib's deflate.
    static func gzip(_ text: String) -> [UInt8] { gzip(Array(text.utf8)) }

    static func gzip(_ input: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                   zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))) + 64)
        var input = input
        let produced = input.withUnsafeMutableBufferPointer { inp in
            output.withUnsafeMutableBufferPointer { out -> Int in
                stream.next_in = inp.baseAddress
                stream.avail_in = UInt32(inp.count)
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return out.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<produced])
    }

    /// 2026-03-02T07:00:00Z.
    static let start = 1_772_434_800

    static func run(_ sport: String = "running", start: Int = start, distance: Int = 10_000, samples: Int = 30) -> String {
        "FAKE\nrun \(sport) \(start) \(distance) \(samples)\n"
    }
}
