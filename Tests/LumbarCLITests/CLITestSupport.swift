import Foundation
import LumbarCore
import LumbarFormats

/// A reader of a one-line test format: `RUN START DISTANCE SAMPLES [HR]`.
struct LineReader: ActivityFileReader {
    var format: String { "line" }

    func recognises(prefix: ArraySlice<UInt8>, fileName: String) -> Bool { prefix.starts(with: Array("RUN ".utf8)) }

    func decode(_ bytes: [UInt8], file: String) throws(FormatError) -> DecodedFile {
        let words = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 4, let start = Double(words[1]), let distance = Double(words[2]), let count = Int(words[3]) else {
            throw .damaged(file: file, offset: 4, reason: "expected START DISTANCE SAMPLES")
        }
        let hr = words.count > 4
        let samples = (0..<count).map { Sample(time: start + Double($0), heartRate: hr ? 150 : nil) }
        let activity = Activity(sport: .running, start: start, elapsedSeconds: 1800, distanceMeters: distance,
                                device: hr ? "Watch" : nil, samples: samples)
        return DecodedFile(format: format, activities: [activity], records: samples)
    }
}

enum CLITemp {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "lumbar-cli-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
