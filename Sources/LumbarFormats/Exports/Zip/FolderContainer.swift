import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An unpacked export folder, seen like an archive: files listed relative to the folder in
/// sorted order (hidden files left out), read whole or in 256 KB chunks.
final class FolderContainer: ExportContainer {
    let name: String
    let entries: [ExportEntry]
    private let base: String
    private let limits: ExportLimits

    /// The folder at `path`; with `listing: false` nothing is listed (`entries` is empty) and
    /// files are found by `entry(_:)` only (a lone `export.xml` in a big Downloads folder).
    init(path: String, limits: ExportLimits, listing: Bool = true) throws(ExportError) {
        name = path
        base = path.hasSuffix("/") ? path : path + "/"
        self.limits = limits
        guard listing else {
            entries = []
            return
        }
        let relative: [String]
        do {
            relative = try FileManager.default.subpathsOfDirectory(atPath: path).sorted()
        } catch {
            throw .unreadableArchive(archive: path, reason: "cannot list the folder")
        }
        var list: [ExportEntry] = []
        for sub in relative where !sub.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var folder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + sub, isDirectory: &folder), !folder.boolValue,
                FileWalker.isRegularFile(base + sub)
            else { continue }
            let size = FileWalker.size(of: base + sub)
            list.append(ExportEntry(path: sub, size: size, compressedSize: size))
        }
        entries = list
    }

    func entry(_ path: String) -> ExportEntry? {
        guard isSafeEntryPath(path) else { return nil }
        var folder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base + path, isDirectory: &folder), !folder.boolValue,
            FileWalker.isRegularFile(base + path)
        else { return nil }
        let size = FileWalker.size(of: base + path)
        return ExportEntry(path: path, size: size, compressedSize: size)
    }

    func read(_ entry: ExportEntry) throws(ExportError) -> [UInt8] {
        do {
            return try RegularFile.read(base + entry.path, limit: limits.maxFileBytes)
        } catch {
            throw .malformed(archive: name, entry: entry.path, reason: FormatError(file: base + entry.path, error).description)
        }
    }

    func stream(_ entry: ExportEntry, verify: Bool, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let file = fopen(base + entry.path, "rb") else {
            throw ExportError.malformed(archive: name, entry: entry.path, reason: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 { try buffer.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<n])) } }
            if n < buffer.count {
                if ferror(file) != 0 {
                    throw ExportError.malformed(archive: name, entry: entry.path, reason: "a read error")
                }
                return
            }
        }
    }
}
