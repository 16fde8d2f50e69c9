import Foundation
import LumbarCore
@testable import LumbarFormats

/// A fresh temporary folder per test (removed by the caller's `defer`).
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-pose-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A faulty synthetic clip: noise, dropped frames, low confidence, left/right swaps, outliers.
func faultyClip(view: CameraView = .side, lean: Double = 9, cadence: Double = 170, dropLeft: Double = 6,
                dropRight: Double = 2, seed: UInt64 = 3) -> (PoseSequence, SyntheticRunnerTruth) {
    var p = SyntheticRunnerParameters()
    p.view = view
    p.trunkLeanDegrees = lean
    p.cadenceStepsPerMinute = cadence
    p.pelvicDropLeftDegrees = dropLeft
    p.pelvicDropRightDegrees = dropRight
    p.noisePixels = 1.5
    p.droppedFrameRate = 0.01
    p.lowConfidenceRate = 0.02
    p.swapRate = 0.01
    p.outlierRate = 0.005
    p.seed = seed
    return SyntheticRunner(p).clip()
}

/// A smaller bystander in the background, a few hundred pixels away, in every third frame.
func bystander(_ s: PoseSequence, layout: KeypointLayout) -> (Int) -> [[Keypoint]] {
    { f in
        guard f % 3 == 0, let pts = PoseFileWriter.points(s, frame: f, layout: layout) else { return [] }
        return [pts.map { $0.confidence > 0 ? Keypoint(x: $0.x * 0.5 + 1200, y: $0.y * 0.5 + 100, confidence: $0.confidence) : $0 }]
    }
}

func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
}
