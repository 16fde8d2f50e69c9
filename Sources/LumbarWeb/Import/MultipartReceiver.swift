import Foundation
import Hummingbird

/// Streams a `multipart/form-data` body (the import form posted without script) to files on
/// disk, one per file part, holding at most one chunk plus the boundary in memory.
struct MultipartReceiver: Sendable {
    var receiver: UploadReceiver

    /// The boundary from a `Content-Type: multipart/form-data; boundary=...` header.
    static func boundary(_ contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for part in contentType.split(separator: ";") {
            let kv = part.trimmingCharacters(in: .whitespaces)
            if kv.lowercased().hasPrefix("boundary=") {
                let b = kv.dropFirst(9).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return b.isEmpty || b.count > 200 ? nil : b
            }
        }
        return nil
    }

    private enum State { case preamble, headers, content, done }

    /// Writes every file part into a fresh folder; returns the folder and the files.
    func receive(_ body: RequestBody, boundary: String) async throws -> (folder: URL, files: [URL]) {
        let folder = URL(fileURLWithPath: receiver.directory).appendingPathComponent("lumbar-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [URL] = []
        var handle: FileHandle?
        do {
            let first = Array("--\(boundary)".utf8), delimiter = Array("\r\n--\(boundary)".utf8)
            var pending: [UInt8] = [], state = State.preamble, total: Int64 = 0
            for try await buffer in body {
                total += Int64(buffer.readableBytes)
                if total > receiver.limitBytes { throw WebError.tooLarge(limitBytes: receiver.limitBytes) }
                pending.append(contentsOf: buffer.readableBytesView)
                var progressed = true
                while progressed {
                    progressed = false
                    switch state {
                    case .preamble:
                        if let i = Self.find(first, in: pending) { pending.removeFirst(i + first.count); state = .headers; progressed = true }
                    case .headers:
                        if pending.count >= 2 && pending[0] == 45 && pending[1] == 45 { state = .done; break }
                        if let i = Self.find(Array("\r\n\r\n".utf8), in: pending) {
                            let headers = String(decoding: pending[..<i], as: UTF8.self)
                            pending.removeFirst(i + 4)
                            try? handle?.close()
                            handle = nil
                            if let name = Self.filename(headers), !name.isEmpty {
                                var url = folder.appendingPathComponent(UploadReceiver.safeName(name))
                                if files.contains(url) { url = folder.appendingPathComponent("\(files.count)-" + UploadReceiver.safeName(name)) }
                                FileManager.default.createFile(atPath: url.path, contents: nil)
                                handle = try FileHandle(forWritingTo: url)
                                files.append(url)
                            }
                            state = .content
                            progressed = true
                        }
                    case .content:
                        if let i = Self.find(delimiter, in: pending) {
                            try handle?.write(contentsOf: pending[..<i])
                            pending.removeFirst(i + delimiter.count)
                            if pending.count >= 2 && pending[0] == 45 && pending[1] == 45 { state = .done } else {
                                if let j = Self.find(Array("\r\n".utf8), in: pending) { pending.removeFirst(j + 2) }
                                state = .headers
                            }
                            progressed = true
                        } else if pending.count > delimiter.count {
                            let keep = delimiter.count
                            try handle?.write(contentsOf: pending[..<(pending.count - keep)])
                            pending.removeFirst(pending.count - keep)
                        }
                    case .done:
                        pending.removeAll()
                    }
                }
            }
            try? handle?.close()
            handle = nil
            let nonEmpty = files.filter { ((try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int) ?? 0) > 0 }
            guard !nonEmpty.isEmpty else { throw WebError.badBody("No file was uploaded: choose a FIT, GPX or TCX file, or an export .zip.") }
            return (folder, nonEmpty)
        } catch {
            try? handle?.close()
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    static func filename(_ headers: String) -> String? {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition") {
            guard let r = line.range(of: "filename=\"") else { return nil }
            let rest = line[r.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        return nil
    }

    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count, let first = needle.first else { return nil }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
