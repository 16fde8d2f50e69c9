import Foundation
import LumbarCore
import LumbarFormats

/// Everything the dashboard needs besides the store, handed in by `lumbar serve` (or a test).
public struct WebConfiguration: Sendable {
    /// The address to listen on; loopback by default so nothing outside this machine can connect
    /// (local mode has no sign-in).
    public var host: String
    /// The TCP port.
    public var port: Int
    /// The largest upload accepted, in bytes (16 GiB by default: a multi-year Apple Health
    /// export.zip is a few GB). Uploads are streamed to a temporary file, never held in memory.
    public var uploadLimitBytes: Int64
    /// Where uploads are written while they are imported (removed afterwards).
    public var uploadDirectory: String
    /// The readers the import uses.
    public var readers: [any ActivityFileReader]
    /// Today in the runner's zone (a parameter so tests and the analysis stay deterministic).
    public var today: @Sendable () -> LocalDate
    /// UTC seconds -> the runner's zone offset at that instant (dates runs whose file has none).
    public var offsetAt: @Sendable (Double) -> Int
    /// A cheap fingerprint of everything stored (for SQLite: the size and modification time of
    /// the database and its write-ahead log), or nil when there is none. When given, the home
    /// and load pages are computed once per version (and per day) instead of on every request;
    /// writes made by another process (`lumbar import` while serving) change it too.
    public var dataVersion: @Sendable () -> String?
    /// The clock for "recorded at" times of stored answers (UTC seconds).
    public var now: @Sendable () -> Double

    /// The default upload limit: 16 GiB.
    public static let defaultUploadLimitBytes: Int64 = 16 << 30

    /// A configuration; defaults: 127.0.0.1:8080, 16 GiB uploads into the system temp folder.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, uploadLimitBytes: Int64 = WebConfiguration.defaultUploadLimitBytes,
        uploadDirectory: String = NSTemporaryDirectory(), readers: [any ActivityFileReader] = DefaultReaders.all,
        today: @escaping @Sendable () -> LocalDate, offsetAt: @escaping @Sendable (Double) -> Int,
        now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 },
        dataVersion: @escaping @Sendable () -> String? = { nil }
    ) {
        self.dataVersion = dataVersion
        self.now = now
        self.host = host
        self.port = port
        self.uploadLimitBytes = uploadLimitBytes
        self.uploadDirectory = uploadDirectory
        self.readers = readers
        self.today = today
        self.offsetAt = offsetAt
    }

    /// The offset to use "now" (for runs and entries without one).
    var fallbackOffset: Int { offsetAt(Double(today().daysSinceEpoch) * 86_400) }
}
