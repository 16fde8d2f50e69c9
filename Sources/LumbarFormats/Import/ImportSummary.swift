import LumbarCore

/// One file that could not be imported (nothing of it was stored).
public struct ImportFailure: Sendable, Hashable, CustomStringConvertible {
    /// The file as given.
    public var file: String
    /// The byte offset of the damage, when known.
    public var offset: Int?
    /// The full message for the runner (names the file and, when known, the offset).
    public var message: String

    /// A failure with its message.
    public init(file: String, offset: Int?, message: String) {
        self.file = file
        self.offset = offset
        self.message = message
    }

    /// A failure from a reader's or the loader's error.
    public init(_ error: FormatError) {
        var offset: Int?
        if case .damaged(_, let o, _) = error { offset = o }
        self.init(file: error.file, offset: offset, message: error.description)
    }

    /// The message.
    public var description: String { message }
}

/// What one `lumbar import` did, file by file and activity by activity.
public struct ImportSummary: Sendable, Hashable {
    /// Runs stored as new activities.
    public var imported = 0
    /// Runs (or whole files, skipped by their content hash) that were already stored.
    public var duplicates = 0
    /// Runs that were already stored from another source and were merged into it.
    public var merged = 0
    /// Activities that are not runs, by sport: read, counted, not stored.
    public var skipped: [Sport: Int] = [:]
    /// Files lumbar does not read (photos, notes, other formats), in walk order.
    public var ignored: [String] = []
    /// Recognised files that could not be read; nothing of them was stored.
    public var failed: [ImportFailure] = []
    /// Damage a reader recovered from: the data before it was kept.
    public var warnings: [DecodeWarning] = []
    /// Files that named no sport, so running was assumed (or `--sport` applied).
    public var assumedSport: [String] = []
    /// Files looked at, and their bytes on disk.
    public var files = 0
    /// Bytes on disk of the files looked at.
    public var bytes = 0

    /// Entries of exports not imported for a reason other than their sport (e.g. "manual Strava
    /// activity, no file"), counted by reason.
    public var skippedForReason: [String: Int] = [:]
    /// One line per export read: what it was and what came of it (how many runs were stored
    /// before an error stopped it).
    public var exportNotes: [String] = []

    /// The latest resting heart rate an Apple Health export holds (beats/min), for TRIMP when
    /// the runner set none.
    public var latestRestingHeartRate: Double?
    /// Set when Ctrl-C stopped the import between two runs (everything before is stored).
    public var interrupted = false

    /// An empty summary.
    public init() {}

    /// Activities skipped because they are not runs.
    public var skippedCount: Int { skipped.values.reduce(0, +) }

    /// Adds another summary's counts and lists to this one.
    public mutating func add(_ o: ImportSummary) {
        imported += o.imported
        duplicates += o.duplicates
        merged += o.merged
        for (sport, n) in o.skipped { skipped[sport, default: 0] += n }
        for (reason, n) in o.skippedForReason { skippedForReason[reason, default: 0] += n }
        ignored += o.ignored
        failed += o.failed
        warnings += o.warnings
        assumedSport += o.assumedSport
        exportNotes += o.exportNotes
        files += o.files
        bytes += o.bytes
        latestRestingHeartRate = o.latestRestingHeartRate ?? latestRestingHeartRate
        interrupted = interrupted || o.interrupted
    }
}
