import Foundation
import LumbarCore

/// Reads OpenPose `--write_json` output: a folder of per-frame `<name>_<frame>_keypoints.json`
/// files (sorted by the frame number in the name; missing numbers are empty frames) or one such
/// file. The model (BODY_25, COCO-18, Halpe-26, COCO-17, SpineTrack-37) is told apart by the
/// length of `pose_keypoints_2d`; with several people the runner is tracked (`PersonTracker`).
public enum OpenPoseReader {
    /// One parsed frame: every person's points, and the layout of the first non-empty person.
    struct Frame {
        var people: [[Keypoint]]
        var layout: KeypointLayout?
    }

    /// Parses one frame file's JSON (fast path `OpenPoseScanner`, else `JSONSerialization`).
    static func parseFrame(_ data: Data, file: String, frame: Int) throws -> Frame {
        let people: [[Double]?]
        if let fast = OpenPoseScanner.people(in: data) {
            people = fast
        } else {
            people = try slowPeople(data, file: file, frame: frame)
        }
        var out = Frame(people: [], layout: nil)
        for values in people {
            guard let values else {
                throw PoseFileError.badFrame(file: file, frame: frame, reason: "\"pose_keypoints_2d\" holds a value that is not a finite number")
            }
            if values.isEmpty { continue }
            guard let layout = KeypointLayout.openPose(valueCount: values.count) else {
                throw PoseFileError.badFrame(file: file, frame: frame, reason: "\"pose_keypoints_2d\" has \(values.count) numbers; expected 75 (BODY_25), 54 (COCO-18), 78 (Halpe-26), 51 (COCO-17) or 111 (SpineTrack-37)")
            }
            if let l = out.layout, l != layout {
                throw PoseFileError.badFrame(file: file, frame: frame, reason: "people with different keypoint models (\(l.name) and \(layout.name))")
            }
            var points: [Keypoint] = []
            points.reserveCapacity(values.count / 3)
            for k in stride(from: 0, to: values.count - 2, by: 3) {
                points.append(Keypoint(x: values[k], y: values[k + 1], confidence: max(0, min(1, values[k + 2]))))
            }
            out.layout = layout
            out.people.append(points)
        }
        return out
    }

    /// Each person's `pose_keypoints_2d` through `JSONSerialization` (nil for a person whose
    /// array holds a non-number), with the errors that name what is missing.
    static func slowPeople(_ data: Data, file: String, frame: Int) throws -> [[Double]?] {
        guard let root = try JSONValues.parse(data, file: file) as? [String: Any] else {
            throw PoseFileError.notRecognised(file: file, reason: "the top level is not an object")
        }
        guard let people = root["people"] as? [Any] else {
            throw PoseFileError.notRecognised(file: file, reason: "no \"people\" array")
        }
        return try people.map { person in
            guard let values = (person as? [String: Any])?["pose_keypoints_2d"] as? [Any] else {
                throw PoseFileError.badFrame(file: file, frame: frame, reason: "a person has no \"pose_keypoints_2d\" array")
            }
            let numbers = values.map(JSONValues.number)
            return numbers.allSatisfy { $0 != nil } ? numbers.map { $0! } : nil
        }
    }

    /// The frame number in a file name: the last run of digits (`run_000000000012_keypoints.json` -> 12).
    static func frameNumber(_ name: String) -> Int? {
        var digits: Substring?
        var current = name.startIndex
        while current < name.endIndex {
            if name[current].isASCII, name[current].isNumber {
                var end = current
                while end < name.endIndex, name[end].isASCII, name[end].isNumber { end = name.index(after: end) }
                digits = name[current..<end]
                current = end
            } else {
                current = name.index(after: current)
            }
        }
        return digits.flatMap { Int($0.prefix(18)) }
    }

    /// Reads a folder of frame files or one file.
    public static func read(path: String, options: PoseReadOptions) throws -> PoseSequence {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PoseFileError.unreadable(file: path, reason: "no such file or folder")
        }
        if isDirectory.boolValue { return try readFolder(path, options: options) }
        return try read(frame: readData(path, limit: maximumFrameBytes), path: path, options: options)
    }

    /// One OpenPose frame file already read.
    static func read(frame data: Data, path: String, options: PoseReadOptions) throws -> PoseSequence {
        guard data.count <= maximumFrameBytes else {
            throw PoseFileError.unreadable(
                file: path, reason: "\(data.count / 1_048_576) MB is larger than the \(maximumFrameBytes / 1_048_576) MB limit for one OpenPose frame")
        }
        let frame = try parseFrame(data, file: path, frame: 0)
        return try assemble([(0, frame)], frameCount: 1, file: path, options: options, notes: [])
    }

    /// The largest OpenPose frame file read (one frame is a few KB, even with many people).
    public static let maximumFrameBytes = 16 * 1024 * 1024

    /// The bytes of `path`, refused (before reading) when larger than `limit`, and read only if
    /// it is a regular file: a FIFO named by mistake is an error, not a hang (`RegularFile`).
    static func readData(_ path: String, limit: Int = PoseFileReader.maximumFileBytes) throws -> Data {
        do {
            return Data(try RegularFile.read(path, limit: limit))
        } catch {
            switch error {
            case .tooLarge(let bytes, let limit):
                throw PoseFileError.unreadable(
                    file: path, reason: "\(bytes / 1_048_576) MB is larger than the \(limit / 1_048_576) MB limit for this kind of keypoint file")
            case .unreadable(let reason):
                throw PoseFileError.unreadable(file: path, reason: reason)
            }
        }
    }

    static func readFolder(_ path: String, options: PoseReadOptions) throws -> PoseSequence {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
            throw PoseFileError.unreadable(file: path, reason: error.localizedDescription)
        }
        var files = names.filter { $0.hasSuffix("_keypoints.json") }
        if files.isEmpty { files = names.filter { $0.hasSuffix(".json") } }
        guard !files.isEmpty else { throw PoseFileError.empty(file: path) }
        guard options.framesPerSecond != nil else { throw PoseFileError.noFrameRate(file: path) }
        var numbered = files.map { (name: $0, number: frameNumber($0.replacingOccurrences(of: "_keypoints.json", with: ""))) }
        let numbers = numbered.compactMap(\.number)
        let useNumbers = numbers.count == numbered.count && Set(numbers).count == numbers.count
            && (numbers.max()! - numbers.min()! + 1) <= 4 * numbers.count
        numbered.sort { useNumbers ? $0.number! < $1.number! : $0.name < $1.name }
        let first = useNumbers ? numbers.min()! : 0
        var frames: [(Int, Frame)] = []
        var bad: [String] = []
        for (k, entry) in numbered.enumerated() {
            let index = useNumbers ? entry.number! - first : k
            let file = (path as NSString).appendingPathComponent(entry.name)
            do {
                frames.append((index, try parseFrame(try readData(file, limit: maximumFrameBytes), file: file, frame: index)))
            } catch let error as PoseFileError {
                bad.append(error.description)
            }
        }
        let frameCount = useNumbers ? numbers.max()! - first + 1 : numbered.count
        if bad.count * 2 > numbered.count {
            throw PoseFileError.tooManyBadFrames(file: path, bad: bad.count, total: numbered.count, first: bad[0])
        }
        var notes: [String] = []
        if !bad.isEmpty {
            notes.append("\(bad.count) frame files were skipped as unusable (shown as missing frames), e.g. \(bad.prefix(2).joined(separator: "; "))")
        }
        return try assemble(frames, frameCount: frameCount, file: path, options: options, notes: notes)
    }

    /// Builds the sequence: the majority layout, the tracked runner per frame.
    static func assemble(_ frames: [(Int, Frame)], frameCount: Int, file: String, options: PoseReadOptions, notes: [String]) throws -> PoseSequence {
        var counts: [String: (KeypointLayout, Int)] = [:]
        for (_, f) in frames { if let l = f.layout { counts[l.name, default: (l, 0)].1 += 1 } }
        guard let layout = counts.values.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.name > $1.0.name) })?.0 else {
            throw PoseFileError.empty(file: file)
        }
        guard let fps = options.framesPerSecond else { throw PoseFileError.noFrameRate(file: file) }
        var s = PoseSequence(model: layout.name, framesPerSecond: fps, frameCount: frameCount)
        s.notes = notes
        var tracker = PersonTracker()
        var absurd = 0
        var otherLayout = 0
        var maxCoordinate = 0.0
        for (index, frame) in frames {
            guard frame.layout == layout else { if frame.layout != nil { otherLayout += 1 }; continue }
            guard let chosen = tracker.choose(frame.people) else { continue }
            let points = frame.people[chosen]
            for p in points where p.confidence > 0 { maxCoordinate = max(maxCoordinate, abs(p.x), abs(p.y)) }
            if !layout.assign(points, to: &s, frame: index) { absurd += 1 }
        }
        if absurd > 0 {
            let reason = "\(absurd) frames have coordinates beyond 1,000,000 pixels"
            if absurd * 2 > frames.count { throw PoseFileError.tooManyBadFrames(file: file, bad: absurd, total: frames.count, first: reason) }
            s.notes.append(reason + " and were skipped.")
        }
        if maxCoordinate > 0, maxCoordinate <= 1 { throw PoseFileError.normalisedCoordinates(file: file) }
        if otherLayout > 0 { s.notes.append("\(otherLayout) frames used another keypoint model than \(layout.name) and were skipped.") }
        if let note = tracker.note { s.notes.append(note) }
        let empty = s.emptyFrameCount
        if empty > 0 { s.notes.append("\(empty) of \(frameCount) frames had no runner (treated as missing).") }
        return s
    }
}
