/// How far an import has got; handed to the progress callback after every file.
public struct ImportProgress: Sendable, Hashable {
    /// Files done (read, and stored or counted).
    public var filesDone: Int
    /// Files found under the paths given.
    public var filesTotal: Int
    /// Bytes on disk of the files done / of all files.
    public var bytesDone: Int
    /// Bytes on disk of all files.
    public var bytesTotal: Int
    /// Seconds since the import started.
    public var elapsedSeconds: Double

    /// A progress report.
    public init(filesDone: Int, filesTotal: Int, bytesDone: Int, bytesTotal: Int, elapsedSeconds: Double) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.elapsedSeconds = elapsedSeconds
    }

    /// Bytes read per second so far (0 at the start).
    public var bytesPerSecond: Double { elapsedSeconds > 0 ? Double(bytesDone) / elapsedSeconds : 0 }
}
