import Foundation
import LumbarCore
import Testing
@testable import LumbarFormats

/// Damaged keypoint files (bytes flipped, cut short) never crash a reader: they read or throw a
/// `PoseFileError`.
@Suite struct PoseMutationTests {
    static func mutants(of text: String, seed: UInt64, count: Int) -> [Data] {
        var rng = SplitMix64(seed: seed)
        let bytes = Array(text.utf8)
        return (0..<count).map { k in
            var b = bytes
            if k % 3 == 0 {
                b = Array(b.prefix(Int(rng.unit() * Double(b.count))))
            } else {
                for _ in 0..<(1 + Int(rng.unit() * 4)) {
                    let at = Int(rng.unit() * Double(b.count))
                    let alphabet = Array("0123456789,.-e[]{}\":nNaI ".utf8)
                    b[at] = alphabet[Int(rng.unit() * Double(alphabet.count))]
                }
            }
            return Data(b)
        }
    }

    @Test func damagedFilesThrowOrRead() throws {
        var p = SyntheticRunnerParameters()
        p.durationSeconds = 1.5
        let (clip, _) = SyntheticRunner(p).clip()
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sources: [(String, String)] = [
            ("frame.json", PoseFileWriter.openPoseFrame(people: [PoseFileWriter.points(clip, frame: 3, layout: .body25)!])),
            ("results.json", PoseFileWriter.cocoResults(clip)),
            ("mp.json", PoseFileWriter.mediaPipeJSON(clip, fps: 60)),
            ("mp.csv", PoseFileWriter.mediaPipeCSV(clip, fps: 60)),
        ]
        var thrown = 0, read = 0
        for (k, (name, text)) in sources.enumerated() {
            for (m, data) in PoseMutationTests.mutants(of: text, seed: UInt64(k + 1), count: 40).enumerated() {
                let url = dir.appendingPathComponent("\(m)-\(name)")
                try data.write(to: url)
                do {
                    let s = try PoseFileReader.read(path: url.path, options: PoseReadOptions(framesPerSecond: 60))
                    #expect(s.times.count == s.frameCount)
                    _ = try? PostureAnalyzer.analyze(s)
                    read += 1
                } catch is PoseFileError {
                    thrown += 1
                }
            }
        }
        #expect(thrown > 0 && read > 0)
    }
}

/// Absurd but finite coordinates are refused by the readers, never turned into infinities.
@Suite struct PoseAbsurdCoordinateTests {
    @Test func hugeCoordinatesAreRefused() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = "[" + (0..<25).map { "\(1e300 * Double($0 + 1)), 5, 0.9" }.joined(separator: ", ") + "]"
        for f in 0..<90 {
            _ = try write("{\"people\":[{\"pose_keypoints_2d\":\(huge)}]}", "h_\(f)_keypoints.json", in: dir)
        }
        #expect(throws: PoseFileError.self) { try PoseFileReader.read(path: dir.path, options: PoseReadOptions(framesPerSecond: 30)) }
    }
}
