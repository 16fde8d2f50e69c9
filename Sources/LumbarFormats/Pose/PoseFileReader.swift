import Foundation
import LumbarCore

/// Reads any pose-keypoint input lumbar knows, telling the format apart by its shape:
/// a folder -> OpenPose frame files; `.csv` -> MediaPipe CSV; JSON array -> COCO keypoint
/// results; JSON object with `people` -> one OpenPose frame; with `frames` -> MediaPipe JSON.
public enum PoseFileReader {
    /// The largest single keypoint file read (folders are read file by file).
    public static let maximumFileBytes = 512 * 1024 * 1024

    /// The normalised sequence of `path`.
    public static func read(path: String, options: PoseReadOptions = PoseReadOptions()) throws -> PoseSequence {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PoseFileError.unreadable(file: path, reason: "no such file or folder")
        }
        if isDirectory.boolValue { return try OpenPoseReader.read(path: path, options: options) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maximumFileBytes else {
            throw PoseFileError.unreadable(file: path, reason: "larger than \(maximumFileBytes / 1024 / 1024) MB")
        }
        return try read(data: OpenPoseReader.readData(path), name: path, options: options)
    }

    /// The normalised sequence of one keypoint file held in memory; `name` (its path) tells a
    /// `.csv` apart and names the file in errors.
    public static func read(data: Data, name path: String, options: PoseReadOptions = PoseReadOptions()) throws -> PoseSequence {
        guard data.count <= maximumFileBytes else {
            throw PoseFileError.unreadable(file: path, reason: "larger than \(maximumFileBytes / 1024 / 1024) MB")
        }
        guard !data.isEmpty else { throw PoseFileError.empty(file: path) }
        if path.lowercased().hasSuffix(".csv") {
            guard let text = String(data: data, encoding: .utf8) else {
                throw PoseFileError.damaged(file: path, reason: "not UTF-8 text")
            }
            return try MediaPipeCSVReader.read(path: path, text: text, options: options)
        }
        let root = try JSONValues.parse(data, file: path)
        if let array = root as? [Any] { return try COCOResultsReader.read(path: path, array: array, options: options) }
        if let object = root as? [String: Any] {
            if object["people"] != nil { return try OpenPoseReader.read(frame: data, path: path, options: options) }
            if object["frames"] != nil { return try MediaPipeReader.read(path: path, object: object, options: options) }
            if object["annotations"] != nil {
                throw PoseFileError.notRecognised(file: path, reason: "a COCO annotation file (ground truth); export the detector's results array instead")
            }
        }
        throw PoseFileError.notRecognised(file: path, reason: "JSON without \"people\" (OpenPose), \"frames\" (MediaPipe) or a results array (COCO)")
    }
}
