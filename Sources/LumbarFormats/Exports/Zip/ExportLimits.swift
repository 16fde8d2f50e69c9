import Foundation

/// Limits that keep a hostile archive from exhausting memory or disk (`--max-ratio`,
/// `--max-uncompressed` on `lumbar import`).
public struct ExportLimits: Sendable, Hashable {
    /// The largest compression ratio accepted for one entry. 1000:1 by default: deflate tops out
    /// near 1032:1 on a single repeated byte, while real XML, CSV and FIT files compress 5-30:1.
    public var maxRatio: Double
    /// The most bytes decompressed over a whole import. 64 GiB by default: more than ten times
    /// the largest Apple Health exports reported (5 GB, formats.md).
    public var maxUncompressedBytes: Int64
    /// The largest single small file (CSV, JSON, activity file) read into memory: 1 GiB, as for
    /// loose files (`FileLoader.Limits`).
    public var maxFileBytes: Int

    /// The defaults of `lumbar import`.
    public init(maxRatio: Double = 1000, maxUncompressedBytes: Int64 = 64 << 30, maxFileBytes: Int = 1 << 30) {
        self.maxRatio = maxRatio
        self.maxUncompressedBytes = maxUncompressedBytes
        self.maxFileBytes = maxFileBytes
    }
}

/// Bytes decompressed so far in one import, shared by every archive it opens (nested ones too).
final class DecompressionBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var used: Int64 = 0
    let limit: Int64

    init(limit: Int64) { self.limit = limit }

    /// Takes `count` bytes from the budget; false once the import has used more than the limit.
    func take(_ count: Int) -> Bool {
        lock.withLock {
            used += Int64(count)
            return used <= limit
        }
    }
}
