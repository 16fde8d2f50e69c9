import LumbarCore
@testable import LumbarFormats

/// Raw values of one test record (FIT units: semicircles, altitude raw = (m + 500) x 5, ...).
struct RawRecord {
    var time: Int64
    var lat: Int64 = 500_000_000, lon: Int64 = -1_000_000_000
    var altitude: Int64 = 2600  // (20 m + 500) x 5
    var hr: Int64 = 150, cadence: Int64 = 85, fractional: Int64 = 64
    var distance: Int64 = 12_345, speed: Int64 = 3210, power: Int64 = 250
    var vo: Int64 = 812, gct: Int64 = 2455, balance: Int64 = 4987, step: Int64 = 11_230, ratio: Int64 = 765
}

extension FITEncoder {
    /// FIT time of the fixtures' first record: Unix 1,631,065,600 (2021-09-08).
    static let t0: Int64 = 1_000_000_000
    static let unix0: Double = 1_631_065_600

    mutating func fileID(local: UInt8 = 0, type: Int64 = 4, manufacturer: Int64 = 1, product: Int64 = 2691) {
        define(local: local, global: 0, [Field(0, BT.enumT), Field(1, BT.uint16), Field(2, BT.uint16), Field(4, BT.uint32)])
        message(local: local, [.int(type), .int(manufacturer), .int(product), .int(Self.t0)])
    }

    static let recordFields: [Field] = [
        Field(253, BT.uint32), Field(0, BT.sint32), Field(1, BT.sint32), Field(2, BT.uint16), Field(3, BT.uint8),
        Field(4, BT.uint8), Field(53, BT.uint8), Field(5, BT.uint32), Field(6, BT.uint16), Field(7, BT.uint16),
        Field(39, BT.uint16), Field(41, BT.uint16), Field(84, BT.uint16), Field(85, BT.uint16), Field(83, BT.uint16),
    ]

    mutating func defineRecord(local: UInt8 = 1, bigEndian: Bool = false) {
        define(local: local, global: 20, Self.recordFields, bigEndian: bigEndian)
    }

    mutating func record(local: UInt8 = 1, _ r: RawRecord) {
        message(local: local, [
            .int(r.time), .int(r.lat), .int(r.lon), .int(r.altitude), .int(r.hr), .int(r.cadence), .int(r.fractional),
            .int(r.distance), .int(r.speed), .int(r.power), .int(r.vo), .int(r.gct), .int(r.balance), .int(r.step),
            .int(r.ratio),
        ])
    }

    /// The sample the reader must produce for `r` (cadence doubled when `running`).
    static func expected(_ r: RawRecord, running: Bool) -> Sample {
        let c = Double(r.cadence) + Double(r.fractional) / 128
        let degrees = 180.0 / 2_147_483_648.0
        var s = Sample(time: Double(r.time) + 631_065_600)
        s.latitude = Double(r.lat) * degrees
        s.longitude = Double(r.lon) * degrees
        s.altitudeMeters = Double(r.altitude) / 5 - 500
        s.distanceMeters = Double(r.distance) / 100
        s.speedMetersPerSecond = Double(r.speed) / 1000
        s.heartRate = Double(r.hr)
        s.cadence = running ? 2 * c : c
        s.powerWatts = Double(r.power)
        s.verticalOscillationMillimeters = Double(r.vo) / 10
        s.groundContactTimeMilliseconds = Double(r.gct) / 10
        s.groundContactBalancePercent = Double(r.balance) / 100
        s.stepLengthMillimeters = Double(r.step) / 10
        s.verticalRatioPercent = Double(r.ratio) / 100
        return s
    }

    /// A session (18): times in FIT seconds, elapsed/timer in ms, distance in cm.
    mutating func session(
        local: UInt8 = 2, start: Int64, elapsedMs: Int64, timerMs: Int64, distanceCm: Int64, sport: Int64 = 1,
        subSport: Int64 = 0, ascent: Int64 = 42, descent: Int64 = 40, avgHR: Int64 = 151, maxHR: Int64 = 178
    ) {
        define(local: local, global: 18, [
            Field(253, BT.uint32), Field(2, BT.uint32), Field(7, BT.uint32), Field(8, BT.uint32), Field(9, BT.uint32),
            Field(5, BT.enumT), Field(6, BT.enumT), Field(22, BT.uint16), Field(23, BT.uint16), Field(16, BT.uint8),
            Field(17, BT.uint8),
        ])
        message(local: local, [
            .int(start + elapsedMs / 1000), .int(start), .int(elapsedMs), .int(timerMs), .int(distanceCm),
            .int(sport), .int(subSport), .int(ascent), .int(descent), .int(avgHR), .int(maxHR),
        ])
    }

    /// A lap (19) with average cadence 80 + 32/128 strides/min.
    mutating func lap(local: UInt8 = 3, start: Int64, elapsedMs: Int64, distanceCm: Int64, avgHR: Int64 = 149) {
        define(local: local, global: 19, [
            Field(253, BT.uint32), Field(2, BT.uint32), Field(7, BT.uint32), Field(8, BT.uint32), Field(9, BT.uint32),
            Field(15, BT.uint8), Field(17, BT.uint8), Field(80, BT.uint8),
        ])
        message(local: local, [
            .int(start + elapsedMs / 1000), .int(start), .int(elapsedMs), .int(elapsedMs), .int(distanceCm),
            .int(avgHR), .int(80), .int(32),
        ])
    }

    /// An activity (34) whose local_timestamp is `offset` seconds ahead of UTC.
    mutating func activity(local: UInt8 = 4, timestamp: Int64, offset: Int64) {
        define(local: local, global: 34, [Field(253, BT.uint32), Field(5, BT.uint32), Field(1, BT.uint16)])
        message(local: local, [.int(timestamp), .int(timestamp + offset), .int(1)])
    }

    /// A complete one-session run: file_id, `n` records a second apart, lap, session, activity.
    static func run(records n: Int = 5, bigEndian: Bool = false, sport: Int64 = 1, subSport: Int64 = 0) -> (FITEncoder, [RawRecord]) {
        var e = FITEncoder()
        e.fileID()
        e.defineRecord(bigEndian: bigEndian)
        var raws: [RawRecord] = []
        for i in 0..<n {
            var r = RawRecord(time: t0 + Int64(i))
            r.hr = 140 + Int64(i)
            r.distance = 300 * Int64(i)
            r.lat += Int64(i) * 1000
            raws.append(r)
            e.record(r)
        }
        e.lap(start: t0, elapsedMs: Int64(n) * 1000, distanceCm: 300 * Int64(n))
        e.session(start: t0, elapsedMs: Int64(n) * 1000, timerMs: Int64(n) * 1000 - 500, distanceCm: 300 * Int64(n), sport: sport, subSport: subSport)
        e.activity(timestamp: t0 + Int64(n), offset: 3600)
        return (e, raws)
    }
}
