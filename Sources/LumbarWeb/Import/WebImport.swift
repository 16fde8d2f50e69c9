import Foundation
import LumbarCore
import LumbarFormats
import LumbarStore
import ZIPFoundation

/// Runs an uploaded file through the same import pipeline as `lumbar import`: a zip (Strava,
/// Garmin or any folder export) is unpacked next to it first. The temporary folder is removed
/// afterwards, whatever happens. Imports are atomic per file and never touch what was stored.
struct WebImport: Sendable {
    var store: any Store
    var configuration: WebConfiguration

    func run(folder: URL, files: [URL]) async throws -> ImportSummary {
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (i, file) in files.enumerated() {
            guard file.pathExtension.lowercased() == "zip" else { paths.append(file.path); continue }
            let unpacked = folder.appendingPathComponent("unpacked-\(i)")
            do {
                try FileManager.default.unzipItem(at: file, to: unpacked)
            } catch {
                throw WebError.badBody("\(file.lastPathComponent) could not be unpacked as a zip archive (\(error)). Check that the download finished.")
            }
            paths.append(unpacked.path)
        }
        let pipeline = ImportPipeline(readers: configuration.readers, options: .init())
        do {
            return try await pipeline.run(paths: paths, into: WebStoreDestination(store: store))
        } catch let error as ImportPathError {
            throw WebError.badBody(error.description)
        }
    }

    /// One sentence for people: what was imported.
    static func message(_ s: ImportSummary) -> String {
        var parts = ["Imported \(s.imported) run\(s.imported == 1 ? "" : "s")"]
        if s.duplicates > 0 { parts.append("\(s.duplicates) already stored") }
        if s.merged > 0 { parts.append("\(s.merged) merged with another copy of the same run") }
        if s.skippedCount > 0 { parts.append("\(s.skippedCount) other activities skipped") }
        if !s.ignored.isEmpty { parts.append("\(s.ignored.count) files lumbar does not read ignored") }
        if !s.failed.isEmpty { parts.append("\(s.failed.count) files could not be read: " + s.failed.prefix(3).map(\.message).joined(separator: "; ")) }
        return parts.joined(separator: ", ") + "."
    }

    /// The summary as JSON for the API.
    static func json(_ s: ImportSummary) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("message", message(s))
        w.field("files", s.files)
        w.field("imported", s.imported)
        w.field("duplicates", s.duplicates)
        w.field("merged", s.merged)
        w.field("skipped", s.skippedCount)
        w.key("ignored"); w.beginArray(); for i in s.ignored { w.value(i.lastComponent) }; w.endArray()
        w.key("failed"); w.beginArray(); for f in s.failed { w.value(f.message) }; w.endArray()
        w.key("warnings"); w.beginArray(); for x in s.warnings { w.value("\(x)") }; w.endArray()
        w.endObject()
        return w.string
    }
}

/// The store seen as the import pipeline's destination.
struct WebStoreDestination: ImportDestination {
    let store: any Store

    func hasSource(contentHash: String) async throws -> Bool { try await store.hasSource(contentHash: contentHash) }

    func save(_ activity: Activity) async throws -> ImportSaveResult {
        switch try await store.save(activity) {
        case .inserted: .inserted
        case .duplicate: .duplicate
        case .merged: .merged
        }
    }
}
