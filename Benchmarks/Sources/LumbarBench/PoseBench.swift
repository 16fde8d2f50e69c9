import Foundation
import LumbarCore
import LumbarFormats

/// Posture from video keypoints: 10 minutes at 60 fps (36,000 frames) of the synthetic runner
/// with noise, dropped frames, low-confidence points, left/right swaps and outliers.
/// - `analyse`: clean + view + steps + metrics + findings on the in-memory sequence (target < 1 s).
/// - `read OpenPose folder`: the same clip as 36,000 BODY_25 frame files in
///   `Benchmarks/.data/pose-openpose/` (generated on first run, git-ignored), read and tracked.
enum PoseBench {
    static func run() throws -> [BenchResult] {
        var p = SyntheticRunnerParameters()
        p.durationSeconds = 600
        p.framesPerSecond = 60
        p.noisePixels = 1.5
        p.droppedFrameRate = 0.01
        p.lowConfidenceRate = 0.02
        p.swapRate = 0.01
        p.outlierRate = 0.005
        p.leanIncreaseDegrees = 4
        let (clip, truth) = SyntheticRunner(p).clip()
        var analysis: PostureAnalysis?
        let analyse = try measure(repeats: 3) {
            let a = try PostureAnalyzer.analyze(clip)
            _ = PostureFindings.findings(for: a, date: LocalDate(year: 2026, month: 1, day: 1))
            analysis = a
        }
        guard let a = analysis else { return [] }
        let lean = a.summaries[.trunkLeanDegrees]?.mean ?? .nan
        var results = [
            BenchResult(name: "analyse 36000 frames", value: analyse.wall, unit: "s",
                        note: "cpu \(String(format: "%.3f", analyse.cpu)) s; \(a.steps.count) steps; cadence \(String(format: "%.1f", a.cadenceStepsPerMinute ?? .nan)) vs \(truth.cadenceStepsPerMinute); lean \(String(format: "%.2f", lean)) vs \(String(format: "%.2f", truth.trunkLeanDegrees))"),
            BenchResult(name: "analyse throughput", value: Double(clip.frameCount) / analyse.wall, unit: "frames/s"),
        ]
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".data/pose-openpose")
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).count) ?? 0
        if existing != clip.frameCount {
            try? FileManager.default.removeItem(at: folder)
            let write = try measure(repeats: 1) { try PoseFileWriter.writeOpenPoseFolder(clip, layout: .body25, to: folder) }
            results.append(BenchResult(name: "write 36000 OpenPose files", value: write.wall, unit: "s", note: "once, into Benchmarks/.data"))
        }
        var frames = 0
        let read = try measure(repeats: 2) {
            frames = try PoseFileReader.read(path: folder.path, options: PoseReadOptions(framesPerSecond: 60)).frameCount
        }
        results.append(BenchResult(name: "read 36000 OpenPose files", value: read.wall, unit: "s",
                                   note: "cpu \(String(format: "%.3f", read.cpu)) s; \(frames) frames; \(String(format: "%.0f", Double(frames) / read.wall)) files/s"))
        results.append(BenchResult(name: "peak memory", value: peakMemoryMB(), unit: "MB"))
        return results
    }
}
