import Foundation
import LumbarCore
import ZIPFoundation

@testable import LumbarFormats

/// Builders for export fixtures written at test time (nothing generated is committed).
enum ExportFixtures {
    /// Writes a zip at `path` holding `entries` (deflated unless `stored`).
    static func zip(_ path: String, _ entries: [(String, [UInt8])], stored: Bool = false) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, bytes) in entries {
            let data = Data(bytes)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: stored ? .none : .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
    }

    /// Sets the "encrypted" flag (bit 0) of every entry, in local headers and central directory.
    static func markEncrypted(_ path: String) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var i = 0
        while i + 10 < bytes.count {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x03, bytes[i + 3] == 0x04 { bytes[i + 6] |= 1 }
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x01, bytes[i + 3] == 0x02 { bytes[i + 8] |= 1 }
            i += 1
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// A GPX run of `points` one-second points starting at `start` (UTC seconds), heading north.
    static func gpx(start: Int, points: Int = 60, type: String? = "running", indent: Bool = false) -> [UInt8] {
        var text = indent ? "   \n  " : ""
        text += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk>"
        if let type { text += "<type>\(type)</type>" }
        text += "<trkseg>"
        for i in 0..<points {
            text += "<trkpt lat=\"\(52.5 + Double(i) * 0.00003)\" lon=\"13.4\"><time>\(RFC3339.format(Double(start + i)))</time></trkpt>"
        }
        return Array((text + "</trkseg></trk></gpx>\n").utf8)
    }

    static func pipeline() -> ImportPipeline { ImportPipeline(readers: DefaultReaders.all) }

    /// Imports `paths` into a fresh recording destination.
    static func importing(
        _ paths: [String], into destination: RecordingDestination = RecordingDestination(), limits: ExportLimits = ExportLimits()
    ) async throws -> (ImportSummary, [Activity]) {
        let inputs = try ImportInputs.resolve(paths, limits: limits)
        let summary = try await pipeline().run(inputs: inputs, into: destination)
        return (summary, await destination.saved)
    }
}
