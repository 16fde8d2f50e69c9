import LumbarCore

/// What happened to one activity handed to `Store.save`.
public enum SaveOutcome: Sendable, Hashable {
    /// Stored as a new activity.
    case inserted(ActivityID)
    /// The same file (same content hash and session) was already stored: nothing changed.
    case duplicate(ActivityID)
    /// The same run from another source (start within 60 s, distance within 3 %): one activity
    /// that keeps the richer copy and remembers both sources.
    case merged(ActivityID)
}

/// A summary row of a stored activity: everything but the samples.
public struct ActivitySummary: Sendable, Hashable {
    public var id: ActivityID
    public var sport: Sport
    public var name: String?
    public var start: Double
    public var utcOffsetSeconds: Int?
    public var localDate: LocalDate
    public var elapsedSeconds: Double
    public var movingSeconds: Double?
    public var distanceMeters: Double?
    public var device: String?
    public var sources: [ActivitySource]
    public var sampleCount: Int

    public init(
        id: ActivityID, sport: Sport, name: String?, start: Double, utcOffsetSeconds: Int?,
        localDate: LocalDate, elapsedSeconds: Double, movingSeconds: Double?,
        distanceMeters: Double?, device: String?, sources: [ActivitySource], sampleCount: Int
    ) {
        self.id = id
        self.sport = sport
        self.name = name
        self.start = start
        self.utcOffsetSeconds = utcOffsetSeconds
        self.localDate = localDate
        self.elapsedSeconds = elapsedSeconds
        self.movingSeconds = movingSeconds
        self.distanceMeters = distanceMeters
        self.device = device
        self.sources = sources
        self.sampleCount = sampleCount
    }
}

/// The store: everything lumbar keeps. Implemented in memory (tests), on SQLite (the embedded
/// default) and, in server mode, on PostgreSQL. One conformance suite runs against each.
///
/// Every write is atomic: a failed call leaves what was stored before untouched.
public protocol Store: Sendable {
    /// Stores one activity (summary and samples) atomically, recognising the same file and the
    /// same run from another source (see `SaveOutcome`).
    func save(_ activity: Activity) async throws -> SaveOutcome
    /// Whether a file with this content hash was imported already (so readers can skip it).
    func hasSource(contentHash: String) async throws -> Bool
    /// Summaries, newest first; `since` filters by local date (inclusive).
    func activitySummaries(since: LocalDate?) async throws -> [ActivitySummary]
    /// One activity with its samples.
    func activity(id: ActivityID) async throws -> Activity?
    /// Activities in start order with or without samples; local dates inclusive.
    func activities(from: LocalDate?, through: LocalDate?, withSamples: Bool) async throws -> [Activity]

    func settings() async throws -> RunnerSettings
    func saveSettings(_ settings: RunnerSettings) async throws

    /// Appends a set of answers; never overwrites an older one. Returns its id.
    func saveAnswers(json: String, recordedAt: Double) async throws -> Int64
    /// Every stored set of answers, oldest first.
    func answersHistory() async throws -> [StoredAnswers]

    func saveCoreTest(_ result: CoreTestResult) async throws
    /// Oldest first.
    func coreTests() async throws -> [CoreTestResult]

    /// Returns the stored entry with its id.
    func savePainEntry(_ entry: PainEntry) async throws -> PainEntry
    /// Oldest first.
    func painEntries() async throws -> [PainEntry]

    /// A stored posture recording (the analysed result as JSON, with its date). Returns its id.
    func savePosture(json: String, date: LocalDate) async throws -> Int64
    func postures() async throws -> [(id: Int64, date: LocalDate, json: String)]
}
