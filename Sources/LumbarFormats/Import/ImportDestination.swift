import LumbarCore

/// Where the import pipeline puts activities: the store, seen through what the pipeline needs
/// (`LumbarFormats` does not depend on `LumbarStore`; the CLI adapts a `Store` to this).
public protocol ImportDestination: Sendable {
    /// Whether a file with this content hash was imported already (the pipeline then skips it
    /// without decoding).
    func hasSource(contentHash: String) async throws -> Bool
    /// Stores one activity atomically and says what happened.
    func save(_ activity: Activity) async throws -> ImportSaveResult
}

/// What the destination did with one activity.
public enum ImportSaveResult: Sendable, Hashable {
    /// Stored as a new activity.
    case inserted
    /// Already stored from the same file: nothing changed.
    case duplicate
    /// The same run from another source: folded into the stored activity.
    case merged
}
