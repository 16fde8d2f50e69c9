import Foundation
import LumbarCore

/// Reads a COCO-17 keypoint results file (mmpose, ViTPose, RTMPose, YOLO-pose, Keypoint R-CNN):
/// a JSON array of `{"image_id": n, "category_id": 1, "keypoints": [x, y, score] x 17, "score": s}`.
/// `image_id` is the frame number (consecutive ids; a missing id is an empty frame); several
/// detections of one image are tracked as in OpenPose. The file has no frame rate: `--fps`.
public enum COCOResultsReader {
    /// Reads `path` (already parsed as `array` when the caller sniffed it).
    public static func read(path: String, array: [Any], options: PoseReadOptions) throws -> PoseSequence {
        guard !array.isEmpty else { throw PoseFileError.empty(file: path) }
        var byImage: [Int: [[Keypoint]]] = [:]
        var bad: [String] = []
        var otherCategories = 0
        for (k, item) in array.enumerated() {
            guard let object = item as? [String: Any] else {
                throw PoseFileError.notRecognised(file: path, reason: "entry \(k) is not an object")
            }
            guard let imageValue = JSONValues.number(object["image_id"]), imageValue == imageValue.rounded(), abs(imageValue) < 1e15 else {
                throw PoseFileError.notRecognised(file: path, reason: "entry \(k) has no numeric \"image_id\"")
            }
            let image = Int(imageValue)
            if let category = JSONValues.number(object["category_id"]), category != 1 { otherCategories += 1; continue }
            guard let values = object["keypoints"] as? [Any] else {
                throw PoseFileError.notRecognised(file: path, reason: "entry \(k) has no \"keypoints\" array")
            }
            guard values.count == 51 else {
                bad.append("image_id \(image): \(values.count) keypoint numbers, expected 51 (17 x [x, y, score])")
                continue
            }
            guard let points = JSONValues.triples(values) else {
                bad.append("image_id \(image): a keypoint value is not a finite number")
                continue
            }
            byImage[image, default: []].append(points)
        }
        if byImage.isEmpty {
            if let first = bad.first { throw PoseFileError.badFrame(file: path, frame: 0, reason: first) }
            throw PoseFileError.empty(file: path)
        }
        if bad.count * 2 > array.count {
            throw PoseFileError.tooManyBadFrames(file: path, bad: bad.count, total: array.count, first: bad[0])
        }
        guard let fps = options.framesPerSecond else { throw PoseFileError.noFrameRate(file: path) }
        let ids = byImage.keys.sorted()
        let span = ids.last! - ids.first! + 1
        let useIds = span <= 4 * ids.count
        var s = PoseSequence(model: KeypointLayout.coco17.name, framesPerSecond: fps, frameCount: useIds ? span : ids.count)
        var tracker = PersonTracker()
        var absurd = 0
        var maxCoordinate = 0.0
        for (k, id) in ids.enumerated() {
            let people = byImage[id]!
            guard let chosen = tracker.choose(people) else { continue }
            for p in people[chosen] where p.confidence > 0 { maxCoordinate = max(maxCoordinate, abs(p.x), abs(p.y)) }
            if !KeypointLayout.coco17.assign(people[chosen], to: &s, frame: useIds ? id - ids.first! : k) { absurd += 1 }
        }
        if absurd > 0 {
            let reason = "\(absurd) frames have coordinates beyond 1,000,000 pixels"
            if absurd * 2 > ids.count { throw PoseFileError.tooManyBadFrames(file: path, bad: absurd, total: ids.count, first: reason) }
            s.notes.append(reason + " and were skipped.")
        }
        if maxCoordinate > 0, maxCoordinate <= 1 { throw PoseFileError.normalisedCoordinates(file: path) }
        if !bad.isEmpty { s.notes.append("\(bad.count) detections were skipped, e.g. \(bad[0]).") }
        if otherCategories > 0 { s.notes.append("\(otherCategories) detections were not people (category_id other than 1) and were ignored.") }
        if !useIds { s.notes.append("image_id values are far apart: frames were taken in id order, one per id.") }
        if let note = tracker.note { s.notes.append(note) }
        let empty = s.emptyFrameCount
        if empty > 0 { s.notes.append("\(empty) of \(s.frameCount) frames had no runner (treated as missing).") }
        return s
    }
}
