import Foundation
import ZIPFoundation

/// A zip archive read in place with ZIPFoundation: entries are streamed, never extracted to
/// disk, and every read is checked against the limits (ratio per entry, total over the import,
/// the declared size) so a zip bomb stops at the first chunk past the limit.
final class ZipContainer: ExportContainer {
    let name: String
    let entries: [ExportEntry]
    private let archive: Archive
    private let byPath: [String: Entry]
    private let encrypted: Set<String>
    private let limits: ExportLimits
    private let budget: DecompressionBudget

    /// Opens the archive at `path`; `name` is how messages call it (`outer.zip!inner.zip` for a
    /// nested one).
    init(path: String, name: String, limits: ExportLimits, budget: DecompressionBudget) throws(ExportError) {
        self.name = name
        self.limits = limits
        self.budget = budget
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .unreadableArchive(
                archive: name, reason: "it is not a zip archive or it was cut short (no central directory found)")
        }
        var list: [ExportEntry] = []
        var map: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let path = entry.path
            if map[path] != nil { continue }
            map[path] = entry
            list.append(ExportEntry(
                path: path, size: Int(clamping: entry.uncompressedSize), compressedSize: Int(clamping: entry.compressedSize)))
        }
        // Entries ZIPFoundation did not list (it stops at an encrypted one) are listed from the
        // central directory, so reading them gives a clear error instead of silence.
        var encryptedPaths = Set<String>()
        var unlisted = Set<String>()
        for raw in ZipDirectoryFlags.entries(path) where !raw.path.hasSuffix("/") {
            if raw.encrypted { encryptedPaths.insert(raw.path) }
            if map[raw.path] == nil, unlisted.insert(raw.path).inserted {
                list.append(ExportEntry(path: raw.path, size: 0, compressedSize: 0))
            }
        }
        entries = list
        byPath = map
        encrypted = encryptedPaths
    }

    func entry(_ path: String) -> ExportEntry? {
        guard let e = byPath[path] else { return nil }
        return ExportEntry(path: path, size: Int(clamping: e.uncompressedSize), compressedSize: Int(clamping: e.compressedSize))
    }

    func read(_ entry: ExportEntry) throws(ExportError) -> [UInt8] {
        guard entry.size <= limits.maxFileBytes else {
            throw .zipBomb(archive: name, entry: entry.path, reason: "it declares \(entry.size / 1_048_576) MB, more than the \(limits.maxFileBytes / 1_048_576) MB limit for one file")
        }
        var out: [UInt8] = []
        out.reserveCapacity(entry.size)
        do {
            try stream(entry, verify: true) { out.append(contentsOf: $0) }
        } catch let error as ExportError {
            throw error
        } catch {
            throw .damagedEntry(archive: name, entry: entry.path, reason: "\(error)")
        }
        return out
    }

    private struct Stop: Error { let error: ExportError }

    func stream(_ entry: ExportEntry, verify: Bool, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard isSafeEntryPath(entry.path) else { throw ExportError.unsafePath(archive: name, entry: entry.path) }
        if encrypted.contains(entry.path) { throw ExportError.encrypted(archive: name, entry: entry.path) }
        guard let zipEntry = byPath[entry.path] else {
            throw ExportError.damagedEntry(
                archive: name, entry: entry.path, reason: "its directory record could not be read (it follows an encrypted or damaged entry)")
        }
        let declared = Int64(clamping: zipEntry.uncompressedSize)
        let compressed = max(Int64(clamping: zipEntry.compressedSize), 1)
        if zipEntry.isCompressed, Double(declared) / Double(compressed) > limits.maxRatio {
            throw ExportError.zipBomb(
                archive: name, entry: entry.path,
                reason: "it expands \(Int(Double(declared) / Double(compressed))) times, more than the \(Int(limits.maxRatio)):1 limit")
        }
        var produced: Int64 = 0
        let name = self.name
        let budget = self.budget
        let limit = budget.limit
        do {
            _ = try archive.extract(zipEntry, bufferSize: 256 * 1024, skipCRC32: !verify) { data in
                produced += Int64(data.count)
                if produced > declared {
                    throw Stop(error: .zipBomb(archive: name, entry: entry.path, reason: "it expands past its declared size of \(declared) bytes"))
                }
                if !budget.take(data.count) {
                    throw Stop(error: .zipBomb(archive: name, entry: entry.path, reason: "the import has decompressed more than the \(limit >> 30) GiB limit"))
                }
                try data.withUnsafeBytes { try body($0) }
            }
        } catch let stop as Stop {
            throw stop.error
        } catch let error as Archive.ArchiveError {
            throw ExportError.damagedEntry(archive: name, entry: entry.path, reason: Self.describe(error))
        } catch let error as ExportError {
            throw error
        } catch let error as CocoaError {
            throw ExportError.damagedEntry(archive: name, entry: entry.path, reason: "read error: \(error.localizedDescription)")
        }
        if produced < declared {
            throw ExportError.damagedEntry(archive: name, entry: entry.path, reason: "it ends after \(produced) of \(declared) bytes (the archive was cut short)")
        }
    }

    private static func describe(_ error: Archive.ArchiveError) -> String {
        switch error {
        case .invalidCRC32: "its CRC-32 checksum does not match"
        case .invalidCompressionMethod: "it uses a compression method other than deflate"
        default: "\(error)"
        }
    }
}
