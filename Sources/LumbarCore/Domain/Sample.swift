import Foundation

/// One recorded point of an activity: every value optional and aligned to its own timestamp
/// (never parallel arrays: sources omit fields point by point, see formats.md pitfall 7).
///
/// Units are fixed at the reader boundary, as the names say.
public struct Sample: Sendable, Hashable, Codable {
    /// Seconds since 1970-01-01T00:00:00Z (UTC), with fractions where the source has them.
    public var time: Double?
    public var latitude: Double?
    public var longitude: Double?
    public var altitudeMeters: Double?
    /// Cumulative distance from the start.
    public var distanceMeters: Double?
    public var speedMetersPerSecond: Double?
    public var heartRate: Double?
    /// Steps per minute for running (both feet); revolutions per minute for other sports.
    public var cadence: Double?
    public var powerWatts: Double?
    public var verticalOscillationMillimeters: Double?
    public var groundContactTimeMilliseconds: Double?
    /// Left foot's share of ground contact time, in percent.
    public var groundContactBalancePercent: Double?
    public var stepLengthMillimeters: Double?
    public var verticalRatioPercent: Double?

    public init(
        time: Double? = nil, latitude: Double? = nil, longitude: Double? = nil,
        altitudeMeters: Double? = nil, distanceMeters: Double? = nil,
        speedMetersPerSecond: Double? = nil, heartRate: Double? = nil, cadence: Double? = nil,
        powerWatts: Double? = nil, verticalOscillationMillimeters: Double? = nil,
        groundContactTimeMilliseconds: Double? = nil, groundContactBalancePercent: Double? = nil,
        stepLengthMillimeters: Double? = nil, verticalRatioPercent: Double? = nil
    ) {
        self.time = time
        self.latitude = latitude
        self.longitude = longitude
        self.altitudeMeters = altitudeMeters
        self.distanceMeters = distanceMeters
        self.speedMetersPerSecond = speedMetersPerSecond
        self.heartRate = heartRate
        self.cadence = cadence
        self.powerWatts = powerWatts
        self.verticalOscillationMillimeters = verticalOscillationMillimeters
        self.groundContactTimeMilliseconds = groundContactTimeMilliseconds
        self.groundContactBalancePercent = groundContactBalancePercent
        self.stepLengthMillimeters = stepLengthMillimeters
        self.verticalRatioPercent = verticalRatioPercent
    }
}
