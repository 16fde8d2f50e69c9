import Foundation

/// One recorded point of an activity: every value optional and aligned to its own timestamp
/// (never parallel arrays: sources omit fields point by point, see formats.md pitfall 7).
///
/// Units are fixed at the reader boundary, as the names say.
///
/// Each value is stored as a plain `Double` with NaN for "absent": 112 bytes a sample instead of
/// the 224 that fourteen `Double?` take. A long run holds tens of thousands of samples, and fresh
/// memory (a page fault every 4 KB) was the dearest part of decoding one. No sensor value is NaN,
/// so nothing is lost: setting NaN reads back as nil, as JSON and the store would show it anyway.
public struct Sample: Sendable {
    private var t = Double.nan, lat = Double.nan, lon = Double.nan, alt = Double.nan
    private var dist = Double.nan, spd = Double.nan, hr = Double.nan, cad = Double.nan
    private var pwr = Double.nan, vo = Double.nan, gct = Double.nan, gcb = Double.nan
    private var sl = Double.nan, vr = Double.nan

    /// Seconds since 1970-01-01T00:00:00Z (UTC), with fractions where the source has them.
    public var time: Double? { get { t.present } set { t = .stored(newValue) } }
    public var latitude: Double? { get { lat.present } set { lat = .stored(newValue) } }
    public var longitude: Double? { get { lon.present } set { lon = .stored(newValue) } }
    public var altitudeMeters: Double? { get { alt.present } set { alt = .stored(newValue) } }
    /// Cumulative distance from the start.
    public var distanceMeters: Double? { get { dist.present } set { dist = .stored(newValue) } }
    public var speedMetersPerSecond: Double? { get { spd.present } set { spd = .stored(newValue) } }
    public var heartRate: Double? { get { hr.present } set { hr = .stored(newValue) } }
    /// Steps per minute for running (both feet); revolutions per minute for other sports.
    public var cadence: Double? { get { cad.present } set { cad = .stored(newValue) } }
    public var powerWatts: Double? { get { pwr.present } set { pwr = .stored(newValue) } }
    public var verticalOscillationMillimeters: Double? { get { vo.present } set { vo = .stored(newValue) } }
    public var groundContactTimeMilliseconds: Double? { get { gct.present } set { gct = .stored(newValue) } }
    /// Left foot's share of ground contact time, in percent.
    public var groundContactBalancePercent: Double? { get { gcb.present } set { gcb = .stored(newValue) } }
    public var stepLengthMillimeters: Double? { get { sl.present } set { sl = .stored(newValue) } }
    public var verticalRatioPercent: Double? { get { vr.present } set { vr = .stored(newValue) } }

    public init(
        time: Double? = nil, latitude: Double? = nil, longitude: Double? = nil,
        altitudeMeters: Double? = nil, distanceMeters: Double? = nil,
        speedMetersPerSecond: Double? = nil, heartRate: Double? = nil, cadence: Double? = nil,
        powerWatts: Double? = nil, verticalOscillationMillimeters: Double? = nil,
        groundContactTimeMilliseconds: Double? = nil, groundContactBalancePercent: Double? = nil,
        stepLengthMillimeters: Double? = nil, verticalRatioPercent: Double? = nil
    ) {
        t = .stored(time)
        lat = .stored(latitude)
        lon = .stored(longitude)
        alt = .stored(altitudeMeters)
        dist = .stored(distanceMeters)
        spd = .stored(speedMetersPerSecond)
        hr = .stored(heartRate)
        cad = .stored(cadence)
        pwr = .stored(powerWatts)
        vo = .stored(verticalOscillationMillimeters)
        gct = .stored(groundContactTimeMilliseconds)
        gcb = .stored(groundContactBalancePercent)
        sl = .stored(stepLengthMillimeters)
        vr = .stored(verticalRatioPercent)
    }

    /// The values in declaration order (absent ones as NaN), for equality, hashing and coding.
    private var stored: [Double] { [t, lat, lon, alt, dist, spd, hr, cad, pwr, vo, gct, gcb, sl, vr] }
}

extension Double {
    /// The stored form of an optional sample value: NaN for absent.
    @inline(__always) fileprivate static func stored(_ value: Double?) -> Double { value ?? .nan }
    /// The optional a stored sample value stands for.
    @inline(__always) fileprivate var present: Double? { isNaN ? nil : self }
}

extension Sample: Hashable {
    /// Equal when every value is equal or absent in both (absent is NaN, which `==` on doubles
    /// would never call equal).
    public static func == (a: Sample, b: Sample) -> Bool {
        zip(a.stored, b.stored).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    public func hash(into hasher: inout Hasher) {
        for v in stored { hasher.combine(v.present) }
    }
}

extension Sample: Codable {
    /// The same keys as the stored properties had: absent values are left out.
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case time, latitude, longitude, altitudeMeters, distanceMeters, speedMetersPerSecond, heartRate, cadence
        case powerWatts, verticalOscillationMillimeters, groundContactTimeMilliseconds
        case groundContactBalancePercent, stepLengthMillimeters, verticalRatioPercent
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var values = [Double](repeating: .nan, count: CodingKeys.allCases.count)
        for (i, key) in CodingKeys.allCases.enumerated() {
            values[i] = .stored(try c.decodeIfPresent(Double.self, forKey: key))
        }
        (t, lat, lon, alt, dist, spd, hr) = (values[0], values[1], values[2], values[3], values[4], values[5], values[6])
        (cad, pwr, vo, gct, gcb, sl, vr) = (values[7], values[8], values[9], values[10], values[11], values[12], values[13])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        for (key, value) in zip(CodingKeys.allCases, stored) {
            try c.encodeIfPresent(value.present, forKey: key)
        }
    }
}
