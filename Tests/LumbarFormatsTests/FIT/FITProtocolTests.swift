import LumbarCore
import Testing
@testable import LumbarFormats

/// Protocol features, each written with `FITEncoder` and decoded back.
@Suite struct FITProtocolTests {
    let reader = FITReader()
    typealias F = FITEncoder.Field

    /// file_id + a session so files are complete activities.
    func finish(_ e: inout FITEncoder, start: Int64 = FITEncoder.t0, sport: Int64 = 1) {
        e.session(local: 9, start: start, elapsedMs: 100_000, timerMs: 100_000, distanceCm: 0, sport: sport)
    }

    @Test func compressedTimestampsRollOverEveryThirtyTwoSeconds() throws {
        var e = FITEncoder()
        e.fileID()
        let base: Int64 = FITEncoder.t0 + 30  // t0 = 1_000_000_000 = ...0x00 in the low 5 bits
        #expect(base & 0x1F == 30)
        e.define(local: 1, global: 20, [F(253, BT.uint32), F(3, BT.uint8)])
        e.message(local: 1, [.int(base), .int(100)])
        e.define(local: 2, global: 20, [F(3, BT.uint8)])
        e.compressed(local: 2, timeOffset: 31, [.int(101)])  // base + 1
        e.compressed(local: 2, timeOffset: 2, [.int(102)])  // rollover: base - 30 + 32 + 2
        e.compressed(local: 2, timeOffset: 2, [.int(103)])  // same second again
        e.compressed(local: 2, timeOffset: 1, [.int(104)])  // rollover again: +31
        finish(&e)
        let d = try reader.decode(e.file(), file: "c.fit")
        let unix = Double(base) + 631_065_600
        #expect(d.records.map(\.time) == [unix, unix + 1, unix + 4, unix + 4, unix + 35])
        #expect(d.records.map(\.heartRate) == [100, 101, 102, 103, 104])
    }

    @Test func compressedHeaderWithBitSixSetIsDataNotADefinition() throws {
        var e = FITEncoder()
        e.fileID()
        e.define(local: 1, global: 20, [F(253, BT.uint32)])
        e.message(local: 1, [.int(FITEncoder.t0)])
        e.define(local: 2, global: 20, [F(3, BT.uint8)])  // local 2 -> header bits 5-6 = 10 (bit 6 set)
        e.compressed(local: 2, timeOffset: 5, [.int(77)])
        finish(&e)
        let d = try reader.decode(e.file(), file: "c.fit")
        #expect(d.records.last?.heartRate == 77)
        #expect(d.records.last?.time == Double(FITEncoder.t0 + 5) + 631_065_600)
    }

    @Test func enhancedSpeedAndAltitudeArePreferredAndComponentsExpand() throws {
        var e = FITEncoder()
        e.fileID()
        e.define(local: 1, global: 20, [F(253, BT.uint32), F(6, BT.uint16), F(73, BT.uint32), F(2, BT.uint16), F(78, BT.uint32)])
        e.message(local: 1, [.int(FITEncoder.t0), .int(3000), .int(70_000), .int(2600), .int(45_000)])
        e.message(local: 1, [.int(FITEncoder.t0 + 1), .int(3000), .invalid, .int(2600), .invalid])
        finish(&e)
        let d = try reader.decode(e.file(), file: "e.fit")
        #expect(d.records[0].speedMetersPerSecond == 70)
        #expect(d.records[0].altitudeMeters == 8500)
        #expect(d.records[1].speedMetersPerSecond == 3)
        #expect(d.records[1].altitudeMeters == 20)
    }

    @Test func invalidValuesAreTestedBeforeScaleAndOffset() throws {
        var e = FITEncoder()
        e.fileID()
        e.defineRecord()
        e.message(local: 1, FITEncoder.recordFields.map { _ in .invalid })
        finish(&e)
        let d = try reader.decode(e.file(), file: "i.fit")
        #expect(d.records == [Sample()])  // altitude 0xFFFF is not 12,607 m, lat 0x7FFFFFFF is no fix
    }

    @Test(arguments: [
        (BT.enumT, [UInt8(0xFF)], nil), (BT.enumT, [3], 3.0), (BT.sint8, [0x7F], nil), (BT.sint8, [0xFE], -2),
        (BT.uint8, [0xFF], nil), (BT.uint8, [200], 200), (BT.sint16, [0xFF, 0x7F], nil), (BT.sint16, [0x00, 0x80], -32768),
        (BT.uint16, [0xFF, 0xFF], nil), (BT.uint16, [0x34, 0x12], 4660), (BT.sint32, [0xFF, 0xFF, 0xFF, 0x7F], nil),
        (BT.sint32, [0xFF, 0xFF, 0xFF, 0xFF], -1), (BT.uint32, [0xFF, 0xFF, 0xFF, 0xFF], nil), (BT.uint32, [1, 0, 0, 0], 1),
        (BT.float32, [0xFF, 0xFF, 0xFF, 0xFF], nil), (BT.float32, [0, 0, 0xC0, 0x3F], 1.5),
        (BT.float64, [UInt8](repeating: 0xFF, count: 8), nil), (BT.float64, [0, 0, 0, 0, 0, 0, 0xF8, 0x3F], 1.5),
        (BT.uint8z, [0], nil), (BT.uint8z, [9], 9), (BT.uint16z, [0, 0], nil), (BT.uint16z, [1, 1], 257),
        (BT.uint32z, [0, 0, 0, 0], nil), (BT.uint32z, [0, 0, 1, 0], 65536),
        (BT.sint64, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F], nil), (BT.sint64, [0xFE] + [UInt8](repeating: 0xFF, count: 7), -2),
        (BT.uint64, [UInt8](repeating: 0xFF, count: 8), nil), (BT.uint64, [7, 0, 0, 0, 0, 0, 0, 0], 7),
        (BT.uint64z, [UInt8](repeating: 0, count: 8), nil), (BT.uint64z, [0, 1, 0, 0, 0, 0, 0, 0], 256),
        (BT.string, [0x41, 0], nil), (BT.byte, [1], nil),
    ] as [(UInt8, [UInt8], Double?)])
    func everyBaseTypeAndItsInvalidValue(type: UInt8, bytes: [UInt8], expected: Double?) {
        let little = bytes.withUnsafeBytes { FITValue.number($0.baseAddress!, type, false) }
        #expect(little == expected)
        let big = bytes.reversed().withUnsafeBytes { FITValue.number($0.baseAddress!, type, true) }
        #expect(big == expected)
    }

    @Test func fieldsWhoseSizeIsNotAMultipleOfTheTypeAreSkippedAsBytes() throws {
        var e = FITEncoder()
        e.fileID()
        // heart_rate declared uint16 with 3 bytes, distance uint32 with 1 byte (COROS), then power.
        e.define(local: 1, global: 20, [F(253, BT.uint32), F(3, BT.uint16, size: 3), F(5, BT.uint32, size: 1), F(7, BT.uint16)])
        e.message(local: 1, [.int(FITEncoder.t0), .bytes([150, 0, 0]), .bytes([9]), .int(321)])
        finish(&e)
        let d = try reader.decode(e.file(), file: "odd.fit")
        #expect(d.warnings.isEmpty)
        #expect(d.records[0].heartRate == nil && d.records[0].distanceMeters == nil)
        #expect(d.records[0].powerWatts == 321)
    }

    @Test func arraysAndUnknownFieldsAreSkippedBySize() throws {
        var e = FITEncoder()
        e.fileID()
        e.define(local: 1, global: 20, [F(253, BT.uint32), F(200, BT.uint16, size: 6), F(7, BT.uint16, size: 4), F(3, BT.uint8), F(0, BT.string, size: 0)])
        e.message(local: 1, [.int(FITEncoder.t0), .array([1, 2, 3]), .array([275, 280]), .int(160), .bytes([])])
        e.define(local: 5, global: 999, [F(0, BT.uint32, size: 8), F(253, BT.uint32)])
        e.message(local: 5, [.array([1, 2]), .int(FITEncoder.t0 + 60)])
        finish(&e)
        let d = try reader.decode(e.file(), file: "arr.fit")
        #expect(d.records.count == 1)
        #expect(d.records[0].powerWatts == 275)  // first element of the array
        #expect(d.records[0].heartRate == 160)
    }

    @Test func compressedSpeedDistanceAccumulatesAndWraps() throws {
        var e = FITEncoder()
        e.fileID()
        e.define(local: 1, global: 20, [F(253, BT.uint32), F(8, BT.byte, size: 3)])
        func csd(speed: Int, distance: Int) -> FITEncoder.Value {
            .bytes([UInt8(speed & 0xFF), UInt8((speed >> 8) & 0x0F) | UInt8((distance & 0x0F) << 4), UInt8((distance >> 4) & 0xFF)])
        }
        e.message(local: 1, [.int(FITEncoder.t0), csd(speed: 354, distance: 4000)])
        e.message(local: 1, [.int(FITEncoder.t0 + 1), csd(speed: 4095, distance: 100)])  // wrapped: +196
        e.message(local: 1, [.int(FITEncoder.t0 + 2), .bytes([0xFF, 0xFF, 0xFF])])  // invalid
        e.message(local: 1, [.int(FITEncoder.t0 + 3), csd(speed: 0, distance: 110)])
        finish(&e)
        let d = try reader.decode(e.file(), file: "csd.fit")
        #expect(d.records.map(\.speedMetersPerSecond) == [3.54, 40.95, nil, 0])
        #expect(d.records.map(\.distanceMeters) == [250, 4196.0 / 16, nil, 4206.0 / 16])
    }

    @Test func localTypesRedefinedMidFileUseTheLatestDefinition() throws {
        var e = FITEncoder()
        e.fileID()
        e.define(local: 1, global: 20, [F(253, BT.uint32), F(3, BT.uint8)])
        e.message(local: 1, [.int(FITEncoder.t0), .int(120)])
        e.define(local: 1, global: 21, [F(253, BT.uint32), F(0, BT.enumT), F(1, BT.enumT)])  // now an event
        e.message(local: 1, [.int(FITEncoder.t0 + 1), .int(0), .int(4)])
        e.define(local: 1, global: 20, [F(253, BT.uint32), F(7, BT.uint16)], bigEndian: true)
        e.message(local: 1, [.int(FITEncoder.t0 + 2), .int(301)])
        finish(&e)
        let d = try reader.decode(e.file(), file: "redef.fit")
        #expect(d.records.map(\.heartRate) == [120, nil])
        #expect(d.records.map(\.powerWatts) == [nil, 301])
    }

    @Test func recordsWithoutTimestampKeepTimeNil() throws {
        var e = FITEncoder()
        e.fileID()
        e.define(local: 1, global: 20, [F(3, BT.uint8)])
        e.message(local: 1, [.int(99)])
        finish(&e)
        let d = try reader.decode(e.file(), file: "nt.fit")
        #expect(d.records == [Sample(heartRate: 99)])
    }
}
