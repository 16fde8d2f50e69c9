import Foundation

/// A McGill torso-endurance battery result (clinical.md 4.1), hold times in seconds.
public struct CoreTestResult: Sendable, Hashable, Codable {
    public var date: LocalDate
    public var flexorSeconds: Double?
    public var extensorSeconds: Double?
    public var sideBridgeRightSeconds: Double?
    public var sideBridgeLeftSeconds: Double?

    public init(
        date: LocalDate, flexorSeconds: Double? = nil, extensorSeconds: Double? = nil,
        sideBridgeRightSeconds: Double? = nil, sideBridgeLeftSeconds: Double? = nil
    ) {
        self.date = date
        self.flexorSeconds = flexorSeconds
        self.extensorSeconds = extensorSeconds
        self.sideBridgeRightSeconds = sideBridgeRightSeconds
        self.sideBridgeLeftSeconds = sideBridgeLeftSeconds
    }
}

/// One pain-diary entry (0-10 numeric rating scale, R23), linked to a run where possible.
public struct PainEntry: Sendable, Hashable, Codable {
    public var id: Int64?
    public var date: LocalDate
    public var activityID: ActivityID?
    public var duringRun: Double?
    public var afterRun: Double?
    public var nextMorning: Double?
    /// Session RPE, CR-10 (0-10), which also feeds session-RPE training load.
    public var perceivedExertion: Double?
    /// PEG (R22): pain, enjoyment, general activity, each 0-10.
    public var peg: [Double]?
    /// Roland-Morris score 0-24 (score only, R21).
    public var rolandMorris: Int?
    public var note: String?

    public init(
        id: Int64? = nil, date: LocalDate, activityID: ActivityID? = nil, duringRun: Double? = nil,
        afterRun: Double? = nil, nextMorning: Double? = nil, perceivedExertion: Double? = nil,
        peg: [Double]? = nil, rolandMorris: Int? = nil, note: String? = nil
    ) {
        self.id = id
        self.date = date
        self.activityID = activityID
        self.duringRun = duringRun
        self.afterRun = afterRun
        self.nextMorning = nextMorning
        self.perceivedExertion = perceivedExertion
        self.peg = peg
        self.rolandMorris = rolandMorris
        self.note = note
    }
}

/// A stored set of questionnaire answers: the `lumbar.answers/1` document as given, with the
/// time it was recorded. A new set never overwrites an older one.
public struct StoredAnswers: Sendable, Hashable {
    public var id: Int64
    /// UTC seconds since 1970.
    public var recordedAt: Double
    public var json: String

    public init(id: Int64, recordedAt: Double, json: String) {
        self.id = id
        self.recordedAt = recordedAt
        self.json = json
    }
}

/// The runner's settings (`lumbar settings`). Everything optional: missing values are
/// estimated where a formula allows it, and the output says so.
public struct RunnerSettings: Sendable, Hashable, Codable {
    public var restingHeartRate: Double?
    public var maxHeartRate: Double?
    public var birthYear: Int?
    /// `female`, `male`, `other`, `undisclosed` (assessment.md).
    public var sex: String?
    /// `km` or `mi`.
    public var units: String?
    /// IANA time zone name; nil = the machine's.
    public var timeZone: String?

    public init(
        restingHeartRate: Double? = nil, maxHeartRate: Double? = nil, birthYear: Int? = nil,
        sex: String? = nil, units: String? = nil, timeZone: String? = nil
    ) {
        self.restingHeartRate = restingHeartRate
        self.maxHeartRate = maxHeartRate
        self.birthYear = birthYear
        self.sex = sex
        self.units = units
        self.timeZone = timeZone
    }
}
