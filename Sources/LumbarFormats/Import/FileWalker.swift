import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A path given to `lumbar import` that cannot be used: a usage error (exit code 2).
public enum ImportPathError: Error, Sendable, Hashable, CustomStringConvertible {
    case missing(path: String)
    case unreadableFolder(path: String, reason: String)

    /// The message shown to the runner.
    public var description: String {
        switch self {
        case .missing(let path): "\(path): no such file or folder. Check the path and try again."
        case .unreadableFolder(let path, let reason): "\(path): cannot list this folder: \(reason)."
        }
    }
}

/// Turns the paths a user gave into the files to look at: files as given, folders walked
/// recursively in sorted order (hidden files and folders left out), each file once.
public enum FileWalker {
    /// A file to import and its size on disk.
    public struct Entry: Sendable, Hashable {
        /// The folder path as given joined with the path inside it.
        public var path: String
        /// Bytes on disk.
        public var size: Int
    }

    /// The files under `paths`, in the order given, each folder's files sorted by path.
    public static func files(in paths: [String]) throws(ImportPathError) -> [Entry] {
        let fm = FileManager.default
        var result: [Entry] = []
        var seen = Set<String>()
        func add(_ path: String, _ size: Int) {
            if seen.insert(path).inserted { result.append(Entry(path: path, size: size)) }
        }
        for path in paths {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missing(path: path) }
            if !isFolder.boolValue {
                add(path, size(of: path))
                continue
            }
            let relative: [String]
            do {
                relative = try fm.subpathsOfDirectory(atPath: path)
            } catch {
                throw .unreadableFolder(path: path, reason: (error as NSError).localizedDescription)
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            for sub in relative.sorted() {
                if sub.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                let full = base + sub
                var dir: ObjCBool = false
                guard fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue else { continue }
                add(full, size(of: full))
            }
        }
        return result
    }

    /// Whether `path` is a regular file (after symlinks). A FIFO, socket or device is not: opening a
    /// FIFO for reading waits for a writer forever, and a device can be endless.
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
