import Foundation
import LumbarCore
import Testing
@testable import LumbarFormats

/// The synthetic runner rendered in every input format (with noise, dropped frames, low
/// confidence, swaps and a bystander where the format allows several people) reads back and
/// gives the known truths within tolerance.
@Suite struct PoseFormatsRecoveryTests {
    static let openPoseLayouts: [KeypointLayout] = [.body25, .coco18, .halpe26, .coco17, .spineTrack37]

    func check(_ s: PoseSequence, _ truth: SyntheticRunnerTruth, view: CameraView, model: String) throws {
        #expect(s.model == model)
        let a = try PostureAnalyzer.analyze(s)
        #expect(a.view.view == view)
        let cadence = try #require(a.cadenceStepsPerMinute)
        #expect(abs(cadence - truth.cadenceStepsPerMinute) <= 2, "\(model) cadence \(cadence)")
        if view == .side {
            let lean = try #require(a.summaries[.trunkLeanDegrees]).mean
            #expect(abs(lean - truth.trunkLeanDegrees) <= 1.5, "\(model) lean \(lean) vs \(truth.trunkLeanDegrees)")
        } else {
            let l = try #require(a.summaries[.pelvicDropLeftStanceDegrees]).mean
            let r = try #require(a.summaries[.pelvicDropRightStanceDegrees]).mean
            #expect(abs(l - truth.pelvicDropLeftDegrees) <= 1.5, "\(model) left drop \(l)")
            #expect(abs(r - truth.pelvicDropRightDegrees) <= 1.5, "\(model) right drop \(r)")
        }
    }

    @Test(arguments: openPoseLayouts, [CameraView.side, .front])
    func openPoseFolder(_ layout: KeypointLayout, _ view: CameraView) throws {
        let (clip, truth) = faultyClip(view: view, seed: UInt64(layout.count))
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try PoseFileWriter.writeOpenPoseFolder(clip, layout: layout, to: dir, extraPeople: bystander(clip, layout: layout))
        let s = try PoseFileReader.read(path: dir.path, options: PoseReadOptions(framesPerSecond: 60))
        #expect(s.frameCount == clip.frameCount)
        #expect(s.notes.contains { $0.contains("more than one person") })
        #expect(s.has(.spineL3) == (layout == .spineTrack37))
        try check(s, truth, view: view, model: layout.name)
        if layout == .spineTrack37, view == .side {
            let a = try PostureAnalyzer.analyze(s)
            #expect(a.summaries[.lumbarCurvatureDegrees] != nil)
        }
    }

    @Test(arguments: [CameraView.side, .front])
    func cocoResults(_ view: CameraView) throws {
        let (clip, truth) = faultyClip(view: view, lean: 14, cadence: 180, seed: 77)
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(PoseFileWriter.cocoResults(clip, firstImageID: 1000, extraPeople: bystander(clip, layout: .coco17)), "results.json", in: dir)
        let s = try PoseFileReader.read(path: path, options: PoseReadOptions(framesPerSecond: 60))
        try check(s, truth, view: view, model: "COCO-17")
    }

    @Test(arguments: [CameraView.side, .front], [true, false])
    func mediaPipeJSON(_ view: CameraView, _ withFPS: Bool) throws {
        let (clip, truth) = faultyClip(view: view, lean: 4, cadence: 160, seed: 5)
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(PoseFileWriter.mediaPipeJSON(clip, fps: withFPS ? 60 : nil), "landmarks.json", in: dir)
        let s = try PoseFileReader.read(path: path)
        #expect(abs(s.framesPerSecond - 60) < 0.01)
        #expect(s.imageWidth == 1920)
        try check(s, truth, view: view, model: "MediaPipe-33")
    }

    @Test(arguments: [CameraView.side, .front])
    func mediaPipeCSV(_ view: CameraView) throws {
        let (clip, truth) = faultyClip(view: view, seed: 11)
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(PoseFileWriter.mediaPipeCSV(clip, fps: 60), "landmarks.csv", in: dir)
        let s = try PoseFileReader.read(path: path)
        try check(s, truth, view: view, model: "MediaPipe-33")
        let noRate = try write(PoseFileWriter.mediaPipeCSV(clip, fps: nil), "norate.csv", in: dir)
        #expect(throws: PoseFileError.noFrameRate(file: noRate)) { try PoseFileReader.read(path: noRate) }
        let s2 = try PoseFileReader.read(path: noRate, options: PoseReadOptions(framesPerSecond: 60))
        #expect(s2.frameCount == clip.frameCount)
    }

    @Test func missingFrameNumbersAreMissingFrames() throws {
        let (clip, _) = faultyClip(seed: 4)
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try PoseFileWriter.writeOpenPoseFolder(clip, layout: .body25, to: dir)
        for f in [10, 11, 200] {
            try FileManager.default.removeItem(at: dir.appendingPathComponent("run_" + String(format: "%012d", f) + "_keypoints.json"))
        }
        let s = try PoseFileReader.read(path: dir.path, options: PoseReadOptions(framesPerSecond: 60))
        #expect(s.frameCount == clip.frameCount)
        #expect(s[.neck, 10] == nil && s[.neck, 200] == nil)
        #expect(s.times[300] == 5)
    }
}

/// A larger person walking into the picture mid-clip does not take over from the runner.
@Suite struct PersonTrackingTests {
    @Test func continuityBeatsSize() throws {
        let (clip, truth) = faultyClip(seed: 21)
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let giant: (Int) -> [[Keypoint]] = { f in
            guard f >= 100, let pts = PoseFileWriter.points(clip, frame: f, layout: .body25) else { return [] }
            return [pts.map { $0.confidence > 0 ? Keypoint(x: ($0.x - 960) * 1.6 + 300, y: ($0.y - 900) * 1.6 + 1000, confidence: $0.confidence) : $0 }]
        }
        try PoseFileWriter.writeOpenPoseFolder(clip, layout: .body25, to: dir, extraPeople: giant)
        let s = try PoseFileReader.read(path: dir.path, options: PoseReadOptions(framesPerSecond: 60))
        #expect(s.notes.contains { $0.contains("not the largest person") })
        let a = try PostureAnalyzer.analyze(s)
        #expect(abs(a.legLengthPixels - 225) < 15, "leg \(a.legLengthPixels) px: the runner, not the 1.6x person")
        #expect(abs((a.cadenceStepsPerMinute ?? 0) - truth.cadenceStepsPerMinute) <= 2)
    }

    @Test func theLargestPersonStartsTheTrack() {
        var tracker = PersonTracker()
        let small = [Keypoint(x: 0, y: 0, confidence: 0.9), Keypoint(x: 10, y: 10, confidence: 0.9)]
        let large = [Keypoint(x: 100, y: 100, confidence: 0.9), Keypoint(x: 200, y: 300, confidence: 0.9)]
        #expect(tracker.choose([small, large]) == 1)
        #expect(tracker.choose([[Keypoint(x: 0, y: 0, confidence: 0)]]) == nil)
        #expect(tracker.note?.contains("1 frames showed more than one person") == true)
    }
}
