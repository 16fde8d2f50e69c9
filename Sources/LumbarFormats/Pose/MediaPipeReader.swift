import Foundation
import LumbarCore

/// Reads MediaPipe Pose landmarks in lumbar's documented JSON layout (docs/pose-formats.md):
/// `{"fps": 60, "width": 1920, "height": 1080, "frames": [{"t": 0.0, "landmarks": [[x, y, z, visibility] x 33]}]}`.
/// `x`, `y` are normalised to 0-1 and multiplied back by width and height (so angles keep the
/// picture's proportions); visibility is the confidence. A frame with `landmarks` empty or null
/// is a frame without a runner. Frame rate: `fps`, else from the `t` values, else `--fps`.
public enum MediaPipeReader {
    /// Reads an already parsed JSON object.
    public static func read(path: String, object: [String: Any], options: PoseReadOptions) throws -> PoseSequence {
        guard let frames = object["frames"] as? [Any] else {
            throw PoseFileError.notRecognised(file: path, reason: "no \"frames\" array")
        }
        guard !frames.isEmpty else { throw PoseFileError.empty(file: path) }
        guard let width = JSONValues.number(object["width"]) ?? options.imageWidth,
              let height = JSONValues.number(object["height"]) ?? options.imageHeight, width > 0, height > 0 else {
            throw PoseFileError.needsImageSize(file: path)
        }
        var times: [Double?] = []
        var rows: [[[Double]]?] = []
        var bad: [String] = []
        for (k, item) in frames.enumerated() {
            guard let frame = item as? [String: Any] else {
                throw PoseFileError.badFrame(file: path, frame: k, reason: "not an object")
            }
            times.append(JSONValues.number(frame["t"]))
            guard let landmarks = frame["landmarks"] as? [Any], !landmarks.isEmpty else { rows.append(nil); continue }
            guard landmarks.count == 33 else {
                bad.append("frame \(k): \(landmarks.count) landmarks, expected 33"); rows.append(nil); continue
            }
            var row: [[Double]] = []
            for l in landmarks {
                let values: [Double?]
                if let array = l as? [Any] {
                    values = array.map(JSONValues.number)
                } else if let o = l as? [String: Any] {
                    values = [o["x"], o["y"], o["z"], o["visibility"]].map(JSONValues.number)
                } else {
                    values = []
                }
                guard values.count >= 2, values.allSatisfy({ $0 != nil }) else { row = []; break }
                row.append(values.map { $0! })
            }
            if row.isEmpty { bad.append("frame \(k): a landmark is not [x, y, z, visibility] of finite numbers"); rows.append(nil); continue }
            rows.append(row)
        }
        return try MediaPipeReader.assemble(
            path: path, rows: rows, times: times, fileFPS: JSONValues.number(object["fps"]),
            width: width, height: height, bad: bad, options: options)
    }

    /// Builds the sequence from per-frame landmark rows (`[x, y, z?, visibility?]`, normalised).
    static func assemble(
        path: String, rows: [[[Double]]?], times: [Double?], fileFPS: Double?, width: Double, height: Double,
        bad: [String], options: PoseReadOptions
    ) throws -> PoseSequence {
        if bad.count * 2 > rows.count {
            throw PoseFileError.tooManyBadFrames(file: path, bad: bad.count, total: rows.count, first: bad[0])
        }
        let allTimed = times.allSatisfy { $0 != nil } && times.count > 1
        if allTimed {
            let t = times.map { $0! }
            guard zip(t, t.dropFirst()).allSatisfy({ $1 > $0 }) else {
                throw PoseFileError.damaged(file: path, reason: "frame times \"t\" do not increase")
            }
        }
        var fps = fileFPS.flatMap { $0 > 0 ? $0 : nil }
        if fps == nil, allTimed {
            let t = times.map { $0! }
            let steps = zip(t, t.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }
            if !steps.isEmpty {
                let step = steps.sorted()[steps.count / 2]
                if step > 0 { fps = 1 / step }
            }
        }
        guard let fps = fps ?? options.framesPerSecond else { throw PoseFileError.noFrameRate(file: path) }
        guard fps >= 1, fps <= 1000 else {
            throw PoseFileError.damaged(file: path, reason: "a frame rate of \(fps) per second is not plausible (expected 1-1000)")
        }
        var frameTimes: [Double]? = nil
        if allTimed {
            let t = times.map { $0! }
            frameTimes = t.map { $0 - t[0] }
        }
        var s = PoseSequence(model: KeypointLayout.mediaPipe33.name, framesPerSecond: fps, frameCount: rows.count, times: frameTimes)
        s.imageWidth = width
        s.imageHeight = height
        var absurd = 0
        for (f, row) in rows.enumerated() {
            guard let row else { continue }
            let points = row.map { v in
                Keypoint(x: v[0] * width, y: v[1] * height, confidence: v.count >= 4 ? max(0, min(1, v[3])) : 1)
            }
            if !KeypointLayout.mediaPipe33.assign(points, to: &s, frame: f) { absurd += 1 }
        }
        if absurd > 0 {
            let reason = "\(absurd) frames have coordinates beyond 1,000,000 pixels"
            if absurd * 2 > rows.count { throw PoseFileError.tooManyBadFrames(file: path, bad: absurd, total: rows.count, first: reason) }
            s.notes.append(reason + " and were skipped.")
        }
        if !bad.isEmpty { s.notes.append("\(bad.count) frames were skipped as unusable, e.g. \(bad[0]).") }
        let empty = s.emptyFrameCount
        if empty > 0 { s.notes.append("\(empty) of \(rows.count) frames had no runner (treated as missing).") }
        return s
    }
}
