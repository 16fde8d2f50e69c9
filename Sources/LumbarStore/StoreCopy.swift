import LumbarCore

/// Copies everything one store holds into another, whatever they are (SQLite file to a
/// PostgreSQL server and back: `lumbar copy`). Only through the `Store` protocol, so a new store
/// is copyable as soon as it conforms.
///
/// The destination must be empty: stores append answers and diary entries rather than merge
/// them, so copying into a store that has its own would mix two runners' histories. Activities
/// keep their ids (they derive from their first source), so diary entries still point at them.
public enum StoreCopy {
    /// What was copied.
    public struct Counts: Sendable, Hashable, CustomStringConvertible {
        public var activities = 0
        public var samples = 0
        public var answers = 0
        public var coreTests = 0
        public var painEntries = 0
        public var postures = 0
        public var settings = false

        public init() {}

        /// One line for the terminal.
        public var description: String {
            "\(activities) activities (\(samples) samples), \(answers) answer sets, \(coreTests) core tests, "
                + "\(painEntries) pain entries, \(postures) posture recordings, settings \(settings ? "copied" : "at defaults")"
        }
    }

    /// Whether `store` holds nothing at all (default settings count as nothing).
    public static func isEmpty(_ store: any Store) async throws -> Bool {
        // Sequential on purpose: the first non-empty table answers, and most checks are cheap.
        guard try await store.activitySummaries(since: nil).isEmpty, try await store.answersHistory().isEmpty,
              try await store.coreTests().isEmpty, try await store.painEntries().isEmpty,
              try await store.postures().isEmpty
        else { return false }
        return try await store.settings() == RunnerSettings()
    }

    /// Copies `source` into the empty `destination`, oldest activity first, one activity in
    /// memory at a time. `progress` is called after each activity with (done, total).
    public static func copy(
        from source: any Store, to destination: any Store,
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> Counts {
        guard try await isEmpty(destination) else { throw StoreCopyError.destinationNotEmpty }
        var counts = Counts()
        let settings = try await source.settings()
        if settings != RunnerSettings() {
            try await destination.saveSettings(settings)
            counts.settings = true
        }
        let summaries = try await source.activitySummaries(since: nil).sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        for (index, summary) in summaries.enumerated() {
            guard let activity = try await source.activity(id: summary.id) else { continue }
            let outcome = try await destination.save(activity)
            guard outcome == .inserted(summary.id) else {
                throw StoreCopyError.notCopiedAsIs(id: summary.id.rawValue, outcome: "\(outcome)", copied: index)
            }
            counts.activities += 1
            counts.samples += activity.samples.count
            progress(index + 1, summaries.count)
        }
        for answers in try await source.answersHistory() {
            _ = try await destination.saveAnswers(json: answers.json, recordedAt: answers.recordedAt)
            counts.answers += 1
        }
        for test in try await source.coreTests() {
            try await destination.saveCoreTest(test)
            counts.coreTests += 1
        }
        for entry in try await source.painEntries() {
            var copy = entry
            copy.id = nil
            _ = try await destination.savePainEntry(copy)
            counts.painEntries += 1
        }
        for posture in try await source.postures() {
            _ = try await destination.savePosture(json: posture.json, date: posture.date)
            counts.postures += 1
        }
        return counts
    }
}

/// Why `StoreCopy.copy` stopped.
public enum StoreCopyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The destination already holds data.
    case destinationNotEmpty
    /// The destination stored an activity differently (merged or renamed it): copying on would
    /// break the diary's links to it.
    case notCopiedAsIs(id: String, outcome: String, copied: Int)

    /// The message, with what to do.
    public var description: String {
        switch self {
        case .destinationNotEmpty:
            "the destination already holds data; copy only into an empty database (a new file, or a new PostgreSQL database or ?schema=NAME)."
        case .notCopiedAsIs(let id, let outcome, let copied):
            "activity \(id) was not stored as is in the destination (\(outcome)); \(copied) activities were copied before it. Empty the destination and report this."
        }
    }
}
