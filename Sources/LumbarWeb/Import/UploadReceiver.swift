import Foundation
import Hummingbird

/// Streams a request body to a new file on disk, chunk by chunk (never the whole body in
/// memory), refusing it once it passes the limit. The file lives in its own fresh folder,
/// which the caller removes.
struct UploadReceiver: Sendable {
    var directory: String
    var limitBytes: Int64

    /// A file name safe to create: the last path component, letters, digits, `.`, `-`, `_` only.
    static func safeName(_ raw: String?) -> String {
        let last = (raw ?? "").split(separator: "/").last.map(String.init) ?? ""
        let kept = String(last.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII || "._-".unicodeScalars.contains($0) })
        let trimmed = String(kept.drop { $0 == "." }.prefix(200))
        return trimmed.isEmpty ? "upload" : trimmed
    }

    /// Writes `body` to `<fresh folder>/<name>`; returns the folder and the file's path.
    func receive(_ body: RequestBody, name: String, declaredLength: Int64?) async throws -> (folder: URL, file: URL, bytes: Int64) {
        if let declaredLength, declaredLength > limitBytes { throw WebError.tooLarge(limitBytes: limitBytes) }
        let folder = URL(fileURLWithPath: directory).appendingPathComponent("lumbar-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        do {
            guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
                throw WebError.storeFailed("cannot create a temporary file in \(directory)")
            }
            let handle = try FileHandle(forWritingTo: file)
            defer { try? handle.close() }
            var written: Int64 = 0
            for try await buffer in body {
                written += Int64(buffer.readableBytes)
                if written > limitBytes { throw WebError.tooLarge(limitBytes: limitBytes) }
                try buffer.withUnsafeReadableBytes { try handle.write(contentsOf: $0) }
            }
            guard written > 0 else { throw WebError.badBody("The upload is empty: choose a FIT, GPX or TCX file (or .gz), or an export .zip.") }
            return (folder, file, written)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }
}
