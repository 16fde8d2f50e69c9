/// Why an export could not be written or read back. Messages name the file and what to do.
public enum StoreArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The export folder exists and holds files: lumbar never mixes an export with other files.
    case folderNotEmpty(path: String)
    /// A file or folder of the export cannot be written.
    case cannotWrite(path: String, reason: String)
    /// The folder has no `manifest.json`, so it is not a lumbar export.
    case notAnExport(path: String)
    /// The manifest names a format this lumbar does not read.
    case unsupportedFormat(path: String, found: String)
    /// A file of the export is missing or cannot be decoded (`field` names what is wrong).
    case damaged(path: String, reason: String)

    /// The message shown to the runner.
    public var description: String {
        switch self {
        case .folderNotEmpty(let path):
            "\(path): the folder is not empty. Export into a new or empty folder (nothing was written)."
        case .cannotWrite(let path, let reason):
            "\(path): cannot write the export (\(reason)). Check the folder is writable and the disk has space."
        case .notAnExport(let path):
            "\(path): no manifest.json, so this is not a lumbar export. Pass the folder `lumbar export --out` wrote."
        case .unsupportedFormat(let path, let found):
            "\(path): export format \"\(found)\" is not \(StoreArchive.format). Use the lumbar version that wrote it, or a newer one."
        case .damaged(let path, let reason):
            "\(path): \(reason). Nothing of this export was stored; export again from the original database."
        }
    }
}
