import LumbarCore

/// Everything one reader got from one file, before anything is stored.
public struct DecodedFile: Sendable {
    /// `fit`, `gpx`, `tcx`.
    public var format: String
    /// One activity per session (FIT), per track (GPX) or per Activity (TCX), with samples, of
    /// any sport: the import pipeline keeps runs and skips and counts the rest.
    public var activities: [Activity]
    /// Every record / trackpoint in file order, chained FIT files concatenated, none merged,
    /// dropped or resampled: what `lumbar inspect --json` prints as `samples`.
    public var records: [Sample]
    /// True when the file named no sport and the reader assumed running (GPX without a type):
    /// the import summary says so, and `--sport` overrides it.
    public var sportWasAssumed: Bool
    public var warnings: [DecodeWarning]

    public init(
        format: String, activities: [Activity], records: [Sample], sportWasAssumed: Bool = false,
        warnings: [DecodeWarning] = []
    ) {
        self.format = format
        self.activities = activities
        self.records = records
        self.sportWasAssumed = sportWasAssumed
        self.warnings = warnings
    }
}
