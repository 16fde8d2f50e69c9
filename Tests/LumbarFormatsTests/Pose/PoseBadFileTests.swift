import Foundation
import LumbarCore
import Testing
@testable import LumbarFormats

/// Bad keypoint files give errors that name the file (and frame) and say what to do, or are
/// skipped with a reason; nothing crashes.
@Suite struct PoseBadFileTests {
    let person75 = "[" + (0..<25).map { "\(100 + $0), \(200 + $0), 0.9" }.joined(separator: ", ") + "]"

    func frame(_ keypoints: String) -> String {
        "{\"version\":1.3,\"people\":[{\"person_id\":[-1],\"pose_keypoints_2d\":\(keypoints)}]}"
    }

    @Test func missingPathAndEmptyInputs() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("nope.json").path
        #expect(throws: PoseFileError.unreadable(file: missing, reason: "no such file or folder")) {
            try PoseFileReader.read(path: missing)
        }
        let empty = try write("", "empty.json", in: dir)
        #expect(throws: PoseFileError.empty(file: empty)) { try PoseFileReader.read(path: empty) }
        let folder = dir.appendingPathComponent("frames")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(throws: PoseFileError.empty(file: folder.path)) { try PoseFileReader.read(path: folder.path) }
    }

    /// A FIFO named as the keypoint file is refused by name, and one in an OpenPose folder is a
    /// skipped frame; either used to block forever in Foundation's `Data(contentsOf:)`.
    @Test(.timeLimit(.minutes(1))) func fifoIsRefusedNotWaitedOn() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("clip.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: PoseFileError.unreadable(
            file: fifo, reason: "not a regular file (a FIFO, socket or device); lumbar reads files only")) {
            try PoseFileReader.read(path: fifo)
        }
        let folder = dir.appendingPathComponent("frames")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try write(frame(person75), "frames/clip_000000000000_keypoints.json", in: dir)
        let stuck = folder.appendingPathComponent("clip_000000000001_keypoints.json").path
        #expect(mkfifo(stuck, 0o600) == 0)
        // In a folder, an unreadable frame is skipped like any unusable one, and said so.
        let sequence = try PoseFileReader.read(path: folder.path, options: PoseReadOptions(framesPerSecond: 30))
        #expect(sequence.times.count == 2)
        #expect(sequence.notes.contains { $0.contains("\(stuck): cannot be read: not a regular file") })
    }

    @Test func notJSONOrNotAKeypointFile() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let garbage = try write("{\"people\": [", "broken.json", in: dir)
        do {
            _ = try PoseFileReader.read(path: garbage)
            Issue.record("must fail")
        } catch let e as PoseFileError {
            guard case .damaged(let f, _) = e else { Issue.record("\(e)"); return }
            #expect(f == garbage)
        }
        let other = try write("{\"hello\": 1}", "other.json", in: dir)
        #expect(throws: PoseFileError.self) { try PoseFileReader.read(path: other) }
        let annotations = try write("{\"annotations\": []}", "ann.json", in: dir)
        do {
            _ = try PoseFileReader.read(path: annotations)
        } catch let e as PoseFileError {
            #expect(e.description.contains("results array"))
        }
    }

    @Test func wrongKeypointCountInOneFileIsAnErrorNamingTheCount() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(frame("[1, 2, 0.5, 3, 4]"), "x_000000000000_keypoints.json", in: dir)
        do {
            _ = try PoseFileReader.read(path: path, options: PoseReadOptions(framesPerSecond: 30))
            Issue.record("must fail")
        } catch let e as PoseFileError {
            #expect(e.description.contains("5 numbers"))
            #expect(e.description.contains(path))
        }
    }

    @Test func badFramesInAFolderAreSkippedWithAReason() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for f in 0..<10 {
            let body = f == 4 ? frame("[1, 2]") : f == 6 ? "not json" : frame(person75)
            _ = try write(body, "clip_" + String(format: "%012d", f) + "_keypoints.json", in: dir)
        }
        let s = try PoseFileReader.read(path: dir.path, options: PoseReadOptions(framesPerSecond: 30))
        #expect(s.frameCount == 10)
        #expect(s[.neck, 4] == nil && s[.neck, 6] == nil && s[.neck, 5] != nil)
        #expect(s.notes.contains { $0.contains("2 frame files were skipped") && $0.contains("clip_000000000004") })
    }

    @Test func mostlyBadFramesFail() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for f in 0..<5 { _ = try write(f == 0 ? frame(person75) : frame("[1]"), "c_\(f)_keypoints.json", in: dir) }
        #expect(throws: PoseFileError.self) { try PoseFileReader.read(path: dir.path, options: PoseReadOptions(framesPerSecond: 30)) }
    }

    @Test func folderWithoutFrameRate() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try write(frame(person75), "a_0_keypoints.json", in: dir)
        #expect(throws: PoseFileError.noFrameRate(file: dir.path)) { try PoseFileReader.read(path: dir.path) }
        #expect(PoseFileError.noFrameRate(file: "f").description.contains("--fps"))
    }

    @Test func normalisedOpenPoseCoordinatesAreRefused() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let small = "[" + (0..<25).map { _ in "0.4, 0.5, 0.9" }.joined(separator: ", ") + "]"
        _ = try write(frame(small), "a_0_keypoints.json", in: dir)
        #expect(throws: PoseFileError.normalisedCoordinates(file: dir.path)) {
            try PoseFileReader.read(path: dir.path, options: PoseReadOptions(framesPerSecond: 30))
        }
    }

    @Test func emptyPeopleFramesAreMissingFrames() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for f in 0..<4 {
            _ = try write(f == 2 ? "{\"version\":1.3,\"people\":[]}" : frame(person75), "e_\(f)_keypoints.json", in: dir)
        }
        let s = try PoseFileReader.read(path: dir.path, options: PoseReadOptions(framesPerSecond: 30))
        #expect(s.emptyFrameCount == 1)
        #expect(s.notes.contains { $0.contains("1 of 4 frames had no runner") })
    }

    @Test func cocoResultsProblems() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let kp = "[" + (0..<17).map { "\(100 + $0), \(200 + $0), 0.9" }.joined(separator: ", ") + "]"
        let good = "{\"image_id\": 1, \"category_id\": 1, \"keypoints\": \(kp), \"score\": 0.9}"
        let short = "{\"image_id\": 2, \"category_id\": 1, \"keypoints\": [1, 2, 3], \"score\": 0.9}"
        let cat = "{\"image_id\": 3, \"category_id\": 2, \"keypoints\": \(kp), \"score\": 0.9}"
        let path = try write("[\(good), \(short), \(cat), \(good.replacingOccurrences(of: "\"image_id\": 1", with: "\"image_id\": 4"))]", "r.json", in: dir)
        #expect(throws: PoseFileError.noFrameRate(file: path)) { try PoseFileReader.read(path: path) }
        let s = try PoseFileReader.read(path: path, options: PoseReadOptions(framesPerSecond: 30))
        #expect(s.frameCount == 4)
        #expect(s.notes.contains { $0.contains("image_id 2: 3 keypoint numbers") })
        #expect(s.notes.contains { $0.contains("category_id") })
        let noID = try write("[{\"category_id\": 1, \"keypoints\": \(kp)}]", "n.json", in: dir)
        #expect(throws: PoseFileError.self) { try PoseFileReader.read(path: noID, options: PoseReadOptions(framesPerSecond: 30)) }
        let empty = try write("[]", "e.json", in: dir)
        #expect(throws: PoseFileError.empty(file: empty)) { try PoseFileReader.read(path: empty) }
    }

    @Test func mediaPipeProblems() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let landmarks = "[" + (0..<33).map { _ in "[0.5, 0.5, 0, 0.9]" }.joined(separator: ",") + "]"
        let noSize = try write("{\"fps\": 30, \"frames\": [{\"t\": 0, \"landmarks\": \(landmarks)}]}", "a.json", in: dir)
        #expect(throws: PoseFileError.needsImageSize(file: noSize)) { try PoseFileReader.read(path: noSize) }
        let ok = try PoseFileReader.read(path: noSize, options: PoseReadOptions(imageWidth: 640, imageHeight: 480))
        #expect(ok[.leftHip, 0]?.x == 320)
        let noRate = try write("{\"width\": 640, \"height\": 480, \"frames\": [{\"landmarks\": \(landmarks)}, {\"landmarks\": []}]}", "b.json", in: dir)
        #expect(throws: PoseFileError.noFrameRate(file: noRate)) { try PoseFileReader.read(path: noRate) }
        let backwards = try write("{\"width\": 640, \"height\": 480, \"frames\": [{\"t\": 1, \"landmarks\": \(landmarks)}, {\"t\": 0.5, \"landmarks\": \(landmarks)}]}", "c.json", in: dir)
        #expect(throws: PoseFileError.damaged(file: backwards, reason: "frame times \"t\" do not increase")) {
            try PoseFileReader.read(path: backwards)
        }
        let absurd = try write("{\"fps\": 1e300, \"width\": 640, \"height\": 480, \"frames\": [{\"landmarks\": \(landmarks)}]}", "e.json", in: dir)
        #expect(throws: PoseFileError.self) { try PoseFileReader.read(path: absurd) }
        let wrongCount = "[[0.5, 0.5, 0, 0.9]]"
        let mixed = try write("{\"fps\": 30, \"width\": 640, \"height\": 480, \"frames\": [{\"landmarks\": \(landmarks)}, {\"landmarks\": \(landmarks)}, {\"landmarks\": \(wrongCount)}]}", "d.json", in: dir)
        let s = try PoseFileReader.read(path: mixed)
        #expect(s.notes.contains { $0.contains("frame 2: 1 landmarks, expected 33") })
    }

    @Test func mediaPipeCSVProblems() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let header = "frame," + (0..<33).map { "x\($0),y\($0),z\($0),v\($0)" }.joined(separator: ",")
        let row = { (f: Int, v: String) in "\(f)," + [String](repeating: v, count: 132).joined(separator: ",") }
        let text = "# fps=30, width=640, height=480\n\(header)\n\(row(0, "0.5"))\n\(row(1, "nan"))\n\(row(2, "0.5"))\n\(row(3, "0.5"))\n"
        let path = try write(text, "a.csv", in: dir)
        let s = try PoseFileReader.read(path: path)
        #expect(s.frameCount == 4)
        #expect(s[.leftHip, 1] == nil)
        #expect(s.notes.contains { $0.contains("frame 1") && $0.contains("NaN") })
        let badHeader = try write("time,x0\n0,1\n", "b.csv", in: dir)
        #expect(throws: PoseFileError.self) { try PoseFileReader.read(path: badHeader) }
        let allNaN = try write("# fps=30, width=640, height=480\n\(header)\n\(row(0, "nan"))\n\(row(1, "nan"))\n", "c.csv", in: dir)
        do {
            _ = try PoseFileReader.read(path: allNaN)
            Issue.record("must fail")
        } catch let e as PoseFileError {
            #expect(e.description.contains(allNaN))
        }
    }
}
