import Foundation

/// A short, stable identifier of a stored activity (e.g. `a3f9c2e1`).
public struct ActivityID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral, Comparable
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// Where an activity came from: one file (or one entry of an export), identified by its content.
public struct ActivitySource: Sendable, Hashable, Codable {
    /// The path as the user gave it, or `archive.zip!entry` inside an export.
    public var path: String
    /// A hex digest of the file's bytes: the same file imported twice is recognised by it.
    public var contentHash: String
    /// `fit`, `gpx`, `tcx`, `appleHealth`, `strava`, ...
    public var format: String
    /// For files holding several sessions (triathlon, chained FIT): which one, from 0.
    public var sessionIndex: Int

    public init(path: String, contentHash: String, format: String, sessionIndex: Int = 0) {
        self.path = path
        self.contentHash = contentHash
        self.format = format
        self.sessionIndex = sessionIndex
    }
}

/// A lap as the device recorded it.
public struct Lap: Sendable, Hashable, Codable {
    /// UTC seconds since 1970.
    public var start: Double
    public var elapsedSeconds: Double?
    public var movingSeconds: Double?
    public var distanceMeters: Double?
    public var averageHeartRate: Double?
    /// Steps per minute for running.
    public var averageCadence: Double?

    public init(
        start: Double, elapsedSeconds: Double? = nil, movingSeconds: Double? = nil,
        distanceMeters: Double? = nil, averageHeartRate: Double? = nil, averageCadence: Double? = nil
    ) {
        self.start = start
        self.elapsedSeconds = elapsedSeconds
        self.movingSeconds = movingSeconds
        self.distanceMeters = distanceMeters
        self.averageHeartRate = averageHeartRate
        self.averageCadence = averageCadence
    }
}

/// One activity (usually a run) with its summary and its sample stream.
///
/// Start is UTC; `utcOffsetSeconds` is the run's own local offset where the file says it
/// (FIT `activity.local_timestamp`, Apple Health dates), so the local date is the runner's day.
public struct Activity: Sendable, Hashable, Codable {
    public var id: ActivityID?
    public var sport: Sport
    public var name: String?
    /// UTC seconds since 1970.
    public var start: Double
    /// The local offset of the run itself when the source records it; nil = use the configured zone.
    public var utcOffsetSeconds: Int?
    public var elapsedSeconds: Double
    public var movingSeconds: Double?
    public var distanceMeters: Double?
    public var ascentMeters: Double?
    public var descentMeters: Double?
    public var averageHeartRate: Double?
    public var maxHeartRate: Double?
    /// Session RPE on the CR-10 scale (0-10), when the runner or an export gave one.
    public var perceivedExertion: Double?
    public var device: String?
    /// The shoes (or other gear) the runner named for this run (Strava's `Activity Gear`), for
    /// "which of my runs hurt?" by shoes.
    public var gear: String?
    /// The runner's own description of the run.
    public var notes: String?
    /// Whether the run was a commute (Strava's `Commute`).
    public var commute: Bool?
    public var laps: [Lap]
    public var sources: [ActivitySource]
    public var samples: [Sample]

    public init(
        id: ActivityID? = nil, sport: Sport, name: String? = nil, start: Double,
        utcOffsetSeconds: Int? = nil, elapsedSeconds: Double, movingSeconds: Double? = nil,
        distanceMeters: Double? = nil, ascentMeters: Double? = nil, descentMeters: Double? = nil,
        averageHeartRate: Double? = nil, maxHeartRate: Double? = nil,
        perceivedExertion: Double? = nil, device: String? = nil, gear: String? = nil,
        notes: String? = nil, commute: Bool? = nil, laps: [Lap] = [],
        sources: [ActivitySource] = [], samples: [Sample] = []
    ) {
        self.id = id
        self.sport = sport
        self.name = name
        self.start = start
        self.utcOffsetSeconds = utcOffsetSeconds
        self.elapsedSeconds = elapsedSeconds
        self.movingSeconds = movingSeconds
        self.distanceMeters = distanceMeters
        self.ascentMeters = ascentMeters
        self.descentMeters = descentMeters
        self.averageHeartRate = averageHeartRate
        self.maxHeartRate = maxHeartRate
        self.perceivedExertion = perceivedExertion
        self.device = device
        self.gear = gear
        self.notes = notes
        self.commute = commute
        self.laps = laps
        self.sources = sources
        self.samples = samples
    }

    /// The runner's local calendar date of the start: the run's own offset if known,
    /// otherwise `fallbackOffsetSeconds` (the configured time zone's offset at that instant).
    public func localDate(fallbackOffsetSeconds: Int = 0) -> LocalDate {
        LocalDate(utcSeconds: start, offsetSeconds: utcOffsetSeconds ?? fallbackOffsetSeconds)
    }
}
