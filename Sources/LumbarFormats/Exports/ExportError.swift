/// Why an export, or one file inside it, could not be read. Every message names the archive (or
/// folder) and, when there is one, the entry, and says what to do.
public enum ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The archive could not be opened: not a zip, or cut short (no end-of-central-directory).
    case unreadableArchive(archive: String, reason: String)
    /// An entry whose path would leave the export folder (`../`, absolute paths: "zip slip").
    case unsafePath(archive: String, entry: String)
    /// An entry that expands more than the allowed ratio, or past the import's total limit.
    case zipBomb(archive: String, entry: String, reason: String)
    /// An encrypted entry (lumbar does not ask for passwords).
    case encrypted(archive: String, entry: String)
    /// An entry whose compressed data is damaged or cut short.
    case damagedEntry(archive: String, entry: String, reason: String)
    /// A required part of the export is missing or malformed.
    case malformed(archive: String, entry: String, reason: String)

    /// `archive!entry`, the name used for a file inside an export everywhere in lumbar.
    public static func qualified(_ archive: String, _ entry: String) -> String { "\(archive)!\(entry)" }

    /// The archive or folder given.
    public var archive: String {
        switch self {
        case .unreadableArchive(let a, _), .unsafePath(let a, _), .zipBomb(let a, _, _), .encrypted(let a, _),
            .damagedEntry(let a, _, _), .malformed(let a, _, _):
            a
        }
    }

    /// The message shown to the runner.
    public var description: String {
        switch self {
        case .unreadableArchive(let a, let reason):
            "\(a): cannot open the archive: \(reason). Download the export again."
        case .unsafePath(let a, let e):
            "\(Self.qualified(a, e)): the entry's path leaves the archive (zip slip); it was not read. The archive may be hostile."
        case .zipBomb(let a, let e, let reason):
            "\(Self.qualified(a, e)): \(reason); not read (a zip bomb?). Raise --max-ratio or --max-uncompressed if the export is genuine."
        case .encrypted(let a, let e):
            "\(Self.qualified(a, e)): the entry is encrypted; lumbar cannot read password-protected archives. Unzip it yourself and import the folder."
        case .damagedEntry(let a, let e, let reason):
            "\(Self.qualified(a, e)): the compressed data is damaged (\(reason)). Download the export again."
        case .malformed(let a, let e, let reason):
            "\(Self.qualified(a, e)): \(reason)."
        }
    }

    /// The failure as the import summary lists it.
    var failure: ImportFailure {
        switch self {
        case .unreadableArchive(let a, _): ImportFailure(file: a, offset: nil, message: description)
        case .unsafePath(let a, let e), .zipBomb(let a, let e, _), .encrypted(let a, let e), .damagedEntry(let a, let e, _),
            .malformed(let a, let e, _):
            ImportFailure(file: Self.qualified(a, e), offset: nil, message: description)
        }
    }
}
