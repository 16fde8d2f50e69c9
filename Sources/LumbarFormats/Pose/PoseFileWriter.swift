import Foundation
import LumbarCore

/// Writes a `PoseSequence` in each input layout lumbar reads (OpenPose JSON frames, COCO-17
/// results, MediaPipe JSON and CSV): for round-trip tests, the synthetic-runner tests and the
/// benchmark. Joints a layout lacks are written as undetected (0, 0, 0); empty frames as no
/// person. Output is byte-stable (`JSONWriter`).
public enum PoseFileWriter {
    /// The layout's points of one frame (nil when the frame has no joint at all).
    public static func points(_ s: PoseSequence, frame: Int, layout: KeypointLayout) -> [Keypoint]? {
        var out = [Keypoint](repeating: Keypoint(x: 0, y: 0, confidence: 0), count: layout.count)
        var any = false
        for (joint, i) in layout.index {
            if let p = s[joint, frame] { out[i] = p; any = true }
        }
        return any ? out : nil
    }

    /// One OpenPose frame file with these people.
    public static func openPoseFrame(people: [[Keypoint]]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("version"); w.value(1.3)
        w.key("people")
        w.beginArray()
        for person in people {
            w.beginObject()
            w.key("person_id"); w.beginArray(); w.value(-1); w.endArray()
            w.key("pose_keypoints_2d")
            w.beginArray()
            for p in person { w.value(p.x, decimals: 2); w.value(p.y, decimals: 2); w.value(p.confidence, decimals: 3) }
            w.endArray()
            for k in ["face_keypoints_2d", "hand_left_keypoints_2d", "hand_right_keypoints_2d"] { w.key(k); w.beginArray(); w.endArray() }
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.string
    }

    /// Writes `<name>_<12-digit frame>_keypoints.json` for every frame into `directory`;
    /// `extraPeople(frame)` adds other people (bystanders) to a frame.
    public static func writeOpenPoseFolder(
        _ s: PoseSequence, layout: KeypointLayout, to directory: URL, name: String = "run",
        extraPeople: (Int) -> [[Keypoint]] = { _ in [] }
    ) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for f in 0..<s.frameCount {
            var people = extraPeople(f)
            if let p = points(s, frame: f, layout: layout) { people.insert(p, at: people.count / 2) }
            let file = directory.appendingPathComponent(name + "_" + String(format: "%012d", f) + "_keypoints.json")
            try Data(openPoseFrame(people: people).utf8).write(to: file)
        }
    }

    /// A COCO-17 keypoint results array (`image_id` = frame number + `firstImageID`).
    public static func cocoResults(_ s: PoseSequence, firstImageID: Int = 1, extraPeople: (Int) -> [[Keypoint]] = { _ in [] }) -> String {
        var w = JSONWriter(reserving: s.frameCount * 400)
        w.beginArray()
        for f in 0..<s.frameCount {
            var people = extraPeople(f)
            if let p = points(s, frame: f, layout: .coco17) { people.append(p) }
            for person in people {
                w.beginObject()
                w.key("image_id"); w.value(f + firstImageID)
                w.key("category_id"); w.value(1)
                w.key("keypoints")
                w.beginArray()
                for p in person { w.value(p.x, decimals: 2); w.value(p.y, decimals: 2); w.value(p.confidence, decimals: 3) }
                w.endArray()
                w.key("score"); w.value(0.9)
                w.endObject()
            }
        }
        w.endArray()
        return w.string
    }

    static func mediaPipeRow(_ s: PoseSequence, _ f: Int, width: Double, height: Double) -> [[Double]]? {
        guard let pts = points(s, frame: f, layout: .mediaPipe33) else { return nil }
        return pts.map { [JSONWriter.round($0.x / width, 6), JSONWriter.round($0.y / height, 6), 0, JSONWriter.round($0.confidence, 3)] }
    }

    /// lumbar's MediaPipe JSON layout; `fps` nil leaves it out (times `t` still written).
    public static func mediaPipeJSON(_ s: PoseSequence, width: Double = 1920, height: Double = 1080, fps: Double?) -> String {
        var w = JSONWriter(reserving: s.frameCount * 1200)
        w.beginObject()
        if let fps { w.key("fps"); w.value(fps) }
        w.key("width"); w.value(width)
        w.key("height"); w.value(height)
        w.key("frames")
        w.beginArray()
        for f in 0..<s.frameCount {
            w.beginObject()
            w.key("t"); w.value(s.times[f], decimals: 6)
            w.key("landmarks")
            w.beginArray()
            for l in mediaPipeRow(s, f, width: width, height: height) ?? [] {
                w.beginArray(); for v in l { w.value(v) }; w.endArray()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.string
    }

    /// lumbar's MediaPipe CSV layout with a `# fps=..., width=..., height=...` line.
    public static func mediaPipeCSV(_ s: PoseSequence, width: Double = 1920, height: Double = 1080, fps: Double?) -> String {
        var out = ""
        if let fps { out += "# fps=\(fps), width=\(width), height=\(height)\n" } else { out += "# width=\(width), height=\(height)\n" }
        out += "frame," + (0..<33).map { "x\($0),y\($0),z\($0),v\($0)" }.joined(separator: ",") + "\n"
        for f in 0..<s.frameCount {
            if let row = mediaPipeRow(s, f, width: width, height: height) {
                out += "\(f)," + row.map { $0.map { "\($0)" }.joined(separator: ",") }.joined(separator: ",") + "\n"
            } else {
                out += "\(f)" + String(repeating: ",", count: 132) + "\n"
            }
        }
        return out
    }
}
