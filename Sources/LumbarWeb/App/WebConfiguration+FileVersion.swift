#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension WebConfiguration {
    /// A `dataVersion` for an SQLite database file: the size and modification time of the file
    /// and of its write-ahead log, which SQLite changes on every commit, whoever writes (so a
    /// `lumbar import` in another terminal shows on the next request). Two `stat` calls.
    public static func fileVersion(of path: String) -> @Sendable () -> String? {
        { () -> String? in
            var parts: [String] = []
            for file in [path, path + "-wal"] {
                var s = stat()
                guard stat(file, &s) == 0 else { parts.append("-"); continue }
                #if canImport(Glibc)
                parts.append("\(s.st_size):\(s.st_mtim.tv_sec).\(s.st_mtim.tv_nsec)")
                #else
                parts.append("\(s.st_size):\(s.st_mtimespec.tv_sec).\(s.st_mtimespec.tv_nsec)")
                #endif
            }
            return parts.joined(separator: "/")
        }
    }
}
