/// One file inside an export (a zip entry or a file in an unpacked folder).
public struct ExportEntry: Sendable, Hashable {
    /// The path inside the export, `/`-separated, never starting with `/`.
    public var path: String
    /// Uncompressed bytes (as declared by the archive).
    public var size: Int
    /// Compressed bytes in the archive (the same as `size` in a folder).
    public var compressedSize: Int

    /// The last path component.
    public var name: String { path.split(separator: "/").last.map(String.init) ?? path }
    /// The folder part (`a/b` for `a/b/c.txt`, empty at the top).
    public var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}

/// An export as a list of files that can be read whole or streamed in chunks: a zip archive
/// (`ZipContainer`) or an unpacked folder (`FolderContainer`).
protocol ExportContainer: AnyObject {
    /// The archive or folder as the user gave it.
    var name: String { get }
    /// Every readable file, in archive (or sorted path) order. Unsafe and encrypted entries are
    /// listed; reading them throws.
    var entries: [ExportEntry] { get }
    /// The whole entry (for CSV, JSON and activity files; at most `ExportLimits.maxFileBytes`).
    func read(_ entry: ExportEntry) throws(ExportError) -> [UInt8]
    /// The entry in chunks of at most 256 KB, never held whole. `verify`: check the CRC-32.
    func stream(_ entry: ExportEntry, verify: Bool, _ body: (UnsafeRawBufferPointer) throws -> Void) throws
    /// The entry at `path` (exact), if any.
    func entry(_ path: String) -> ExportEntry?
}

extension ExportContainer {
    /// The first `count` bytes of an entry (for sniffing).
    func prefix(_ entry: ExportEntry, count: Int) -> [UInt8] {
        var out: [UInt8] = []
        do {
            try stream(entry, verify: false) { chunk in
                out.append(contentsOf: chunk.prefix(count - out.count))
                if out.count >= count { throw EnoughBytes() }
            }
        } catch {}
        return out
    }
}

/// Whether an entry path stays inside the export: relative, no `..` component, no drive letter
/// or backslash tricks (zip slip).
func isSafeEntryPath(_ path: String) -> Bool {
    if path.isEmpty || path.hasPrefix("/") || path.hasPrefix("\\") || path.contains("\0") { return false }
    let parts = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
    if parts.contains(where: { $0 == ".." }) { return false }
    if let first = parts.first, first.count == 2, first.last == ":" { return false }
    return true
}

/// Thrown by a stream consumer to stop reading early (sniffing).
struct EnoughBytes: Error {}
