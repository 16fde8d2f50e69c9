import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one file for the readers: the bytes (gzip undone), which reader recognises them, and
/// the content hash. Files lumbar does not read are told apart from damaged ones it should.
public struct FileLoader: Sendable {
    /// Size limits that keep a hostile or mistaken file from exhausting memory.
    public struct Limits: Sendable, Hashable {
        /// The largest file read (on disk).
        public var maxFileBytes: Int
        /// The largest decompressed size of a `.gz` file (refuses gzip bombs).
        public var maxInflatedBytes: Int

        /// 1 GiB on disk, 1 GiB decompressed: five times the largest GPX files seen in the wild
        /// (swift-notes.md measures a 200 MB one), while two files decoded at once stay in memory.
        public init(maxFileBytes: Int = 1 << 30, maxInflatedBytes: Int = 1 << 30) {
            self.maxFileBytes = maxFileBytes
            self.maxInflatedBytes = maxInflatedBytes
        }
    }

    /// A file ready to decode.
    public struct Loaded: Sendable {
        /// The path as given.
        public var path: String
        /// The content (decompressed for `.gz`).
        public var bytes: [UInt8]
        /// The first reader that recognised the content.
        public var reader: any ActivityFileReader
        /// A recovered problem in the container (a cut-short gzip).
        public var warning: DecodeWarning?

        /// The content hash of `bytes` (so `x.fit` and `x.fit.gz` are the same file).
        public var contentHash: String { ContentHash.hex(bytes) }
    }

    /// What loading one file gave.
    public enum Outcome: Sendable {
        case loaded(Loaded)
        /// Not a file lumbar reads (by name and content): counted, not an error.
        case ignored
        case failed(FormatError)
    }

    /// Extensions of the formats lumbar reads (after `.gz` is removed).
    public static let activityExtensions = ["fit", "gpx", "tcx"]

    /// The registry, asked in order.
    public var readers: [any ActivityFileReader]
    /// Size limits.
    public var limits: Limits

    /// A loader over `readers` (e.g. `DefaultReaders.all`).
    public init(readers: [any ActivityFileReader], limits: Limits = Limits()) {
        self.readers = readers
        self.limits = limits
    }

    /// Loads `path`. A file with a FIT/GPX/TCX name that no reader recognises fails; any other
    /// unrecognised file is ignored.
    public func load(_ path: String) -> Outcome {
        let name = (path as NSString).lastPathComponent
        let lower = name.lowercased()
        let gzipped = lower.hasSuffix(".gz")
        let innerName = gzipped ? String(name.dropLast(3)) : name
        let ext = (innerName as NSString).pathExtension.lowercased()
        let named = Self.activityExtensions.contains(ext)
        func notOurs(_ error: FormatError) -> Outcome { named ? .failed(error) : .ignored }

        let raw: [UInt8]
        do {
            raw = try RegularFile.read(path, limit: limits.maxFileBytes)
        } catch {
            return notOurs(FormatError(file: path, error))
        }
        return load(bytes: raw, path: path, name: name)
    }

    /// Sniffs and un-gzips bytes already read (a file inside an export); `name` is the file
    /// name that decides `.gz` handling and whether an unrecognised file is an error.
    public func load(bytes raw: [UInt8], path: String, name: String) -> Outcome {
        let lower = name.lowercased()
        let gzipped = lower.hasSuffix(".gz")
        let innerName = gzipped ? String(name.dropLast(3)) : name
        let ext = (innerName as NSString).pathExtension.lowercased()
        let named = Self.activityExtensions.contains(ext)
        func notOurs(_ error: FormatError) -> Outcome { named ? .failed(error) : .ignored }
        guard !raw.isEmpty else { return notOurs(.empty(file: path)) }
        var bytes = raw
        var warning: DecodeWarning?
        if gzipped {
            guard Gzip.isGzip(raw) else {
                return notOurs(.damaged(file: path, offset: 0, reason: "named .gz but not gzip data (no 1f 8b header)"))
            }
            do {
                let inflated = try Gzip.inflate(raw, file: path, limit: limits.maxInflatedBytes)
                bytes = inflated.bytes
                warning = inflated.warning
            } catch {
                return notOurs(error)
            }
            guard !bytes.isEmpty else { return notOurs(.empty(file: path)) }
        }
        let prefix = bytes[0..<min(512, bytes.count)]
        guard let reader = readers.first(where: { $0.recognises(prefix: prefix, fileName: innerName) }) else {
            return notOurs(.notRecognised(file: path))
        }
        return .loaded(Loaded(path: path, bytes: bytes, reader: reader, warning: warning))
    }

    /// Reads and decodes one file without storing anything (`lumbar inspect`). An unrecognised
    /// file is an error here.
    public func decode(_ path: String) throws(FormatError) -> DecodedFile {
        switch load(path) {
        case .ignored: throw .notRecognised(file: path)
        case .failed(let error): throw error
        case .loaded(let file):
            var decoded = try file.reader.decode(file.bytes, file: path)
            if let w = file.warning { decoded.warnings.insert(w, at: 0) }
            return decoded
        }
    }
}
