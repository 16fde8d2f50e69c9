import LumbarCore

/// A running `Workout` as read from export.xml, before records and routes are attached.
struct HealthWorkout: Sendable {
    /// UTC seconds.
    var start: Double
    var end: Double
    /// The offset written in `startDate` (the phone's zone at export time).
    var offset: Int
    /// `HKTimeZone` metadata: the workout's own zone.
    var timeZone: String?
    var durationSeconds: Double?
    var distanceMeters: Double?
    var averageHeartRate: Double?
    var maxHeartRate: Double?
    var indoor = false
    var source: UInt16
    var sourceName: String
    var device: String?
    /// The identity used as content hash: source, start and end exactly as written.
    var identity: String
    /// `FileReference` paths of its routes.
    var routePaths: [String] = []
    /// Inline `Location` points (exports before about 2019).
    var locations: [Sample] = []
    /// Records attached by time, after the parse.
    var records: [HealthRecord] = []
}
