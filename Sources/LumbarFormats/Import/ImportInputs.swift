import Foundation

/// What kind of export a path is, recognised by its layout (not its name).
public enum ExportKind: String, Sendable, Hashable {
    /// `activities.csv` next to `activities/`.
    case strava
    /// `DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_*.zip`.
    case garminConnect
    /// `apple_health_export/export.xml` (or a localised name), or that document alone.
    case appleHealth
    /// Any other zip: every FIT, GPX and TCX file in it is imported.
    case archive
}

/// One export found among the paths given.
public struct DetectedExport: @unchecked Sendable {
    /// What it is.
    public let kind: ExportKind
    /// The path as given.
    public let path: String
    /// Bytes on disk (the zip, the folder's files, or the XML document).
    public let bytesOnDisk: Int
    let container: any ExportContainer
    /// The Apple Health document.
    let document: ExportEntry?
    let strava: StravaExport?
}

/// The paths of one `lumbar import`, sorted into exports (zips and folders with a known layout,
/// an Apple Health `export.xml`) and loose activity files.
public struct ImportInputs: @unchecked Sendable {
    /// The exports, in the order given.
    public var exports: [DetectedExport] = []
    /// Loose files (folders without an export layout are walked as before).
    public var files: [FileWalker.Entry] = []
    /// Archives that could not be opened (a truncated zip): reported, nothing of them stored.
    public var failures: [ImportFailure] = []
    /// The limits the archives were opened with.
    public var limits: ExportLimits
    let budget: DecompressionBudget

    /// Sorts `paths`. Throws `ImportPathError` (a usage error) for a missing path.
    public static func resolve(_ paths: [String], limits: ExportLimits = ExportLimits()) throws(ImportPathError) -> ImportInputs {
        var inputs = ImportInputs(limits: limits, budget: DecompressionBudget(limit: limits.maxUncompressedBytes))
        var loose: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missing(path: path) }
            do {
                if let export = try inputs.detect(path, isFolder: isFolder.boolValue) {
                    inputs.exports.append(export)
                } else {
                    loose.append(path)
                }
            } catch {
                inputs.failures.append(error.failure)
            }
        }
        inputs.files = try FileWalker.files(in: loose)
        return inputs
    }

    /// The export at `path`, or nil when it is a plain file or folder.
    func detect(_ path: String, isFolder: Bool) throws(ExportError) -> DetectedExport? {
        let lower = path.lowercased()
        if isFolder {
            let folder = try FolderContainer(path: path, limits: limits)
            let size = folder.entries.reduce(0) { $0 + $1.size }
            return classify(folder, path: path, size: size, genericArchive: false)
        }
        let size = FileWalker.size(of: path)
        if lower.hasSuffix(".zip") || Self.startsLikeZip(path) {
            let zip = try ZipContainer(path: path, name: path, limits: limits, budget: budget)
            return classify(zip, path: path, size: size, genericArchive: true)
        }
        if lower.hasSuffix(".xml") {
            let url = URL(fileURLWithPath: path)
            let parent = try FolderContainer(path: url.deletingLastPathComponent().path, limits: limits, listing: false)
            guard let entry = parent.entry(url.lastPathComponent),
                AppleHealthExport.isHealthData(parent.prefix(entry, count: AppleHealthExport.sniffBytes))
            else { return nil }
            return DetectedExport(kind: .appleHealth, path: path, bytesOnDisk: size, container: parent, document: entry, strava: nil)
        }
        return nil
    }

    private func classify(_ c: any ExportContainer, path: String, size: Int, genericArchive: Bool) -> DetectedExport? {
        if let document = AppleHealthExport.find(in: c) {
            return DetectedExport(kind: .appleHealth, path: path, bytesOnDisk: size, container: c, document: document, strava: nil)
        }
        if !ExportImporter.garminParts(c).uploads.isEmpty {
            return DetectedExport(kind: .garminConnect, path: path, bytesOnDisk: size, container: c, document: nil, strava: nil)
        }
        if let strava = StravaExport.find(in: c) {
            return DetectedExport(kind: .strava, path: path, bytesOnDisk: size, container: c, document: nil, strava: strava)
        }
        return genericArchive
            ? DetectedExport(kind: .archive, path: path, bytesOnDisk: size, container: c, document: nil, strava: nil) : nil
    }

    private static func startsLikeZip(_ path: String) -> Bool {
        guard FileWalker.isRegularFile(path), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)).map(Array.init) ?? []
        return head == [0x50, 0x4B, 0x03, 0x04]
    }
}
