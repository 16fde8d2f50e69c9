import LumbarCore
import Testing
@testable import LumbarFormats

/// Developer data, chained files, session placement and files without summaries.
@Suite struct FITStructureTests {
    let reader = FITReader()
    typealias F = FITEncoder.Field

    /// developer_data_id (207) for index 0, with or without application_id.
    func developerData(_ e: inout FITEncoder, applicationID: Bool) {
        if applicationID {
            e.define(local: 10, global: 207, [F(1, BT.byte, size: 16), F(3, BT.uint8)])
            e.message(local: 10, [.bytes(Array(0..<16)), .int(0)])
        } else {
            e.define(local: 10, global: 207, [F(3, BT.uint8)])
            e.message(local: 10, [.int(0)])
        }
    }

    /// field_description (206).
    func describe(_ e: inout FITEncoder, number: Int64, type: UInt8, name: String, units: String, scale: Int64? = nil, nativeField: Int64? = nil) {
        e.define(local: 11, global: 206, [
            F(0, BT.uint8), F(1, BT.uint8), F(2, BT.uint8), F(3, BT.string, size: 16), F(8, BT.string, size: 8),
            F(6, BT.uint8), F(14, BT.uint16), F(15, BT.uint8),
        ])
        e.message(local: 11, [
            .int(0), .int(number), .int(Int64(type)), .string(name), .string(units), scale.map { .int($0) } ?? .invalid,
            nativeField == nil ? .invalid : .int(20), nativeField.map { .int($0) } ?? .invalid,
        ])
    }

    @Test(arguments: [true, false]) func developerFieldsKeepNameUnitsAndFillMissingNativePower(appID: Bool) throws {
        var e = FITEncoder()
        e.fileID()
        developerData(&e, applicationID: appID)
        describe(&e, number: 0, type: BT.uint16, name: "Power", units: "Watts", nativeField: 7)
        describe(&e, number: 1, type: BT.uint16, name: "Leg Spring", units: "kN/m", scale: 10)
        e.define(local: 1, global: 20, [F(253, BT.uint32), F(7, BT.uint16)], dev: [(0, 2, 0), (1, 2, 0)])
        e.message(local: 1, [.int(FITEncoder.t0), .invalid], dev: [.bytes([0x2C, 0x01]), .bytes([0x6B, 0x00])])
        e.message(local: 1, [.int(FITEncoder.t0 + 1), .int(250)], dev: [.bytes([0x2D, 0x01]), .bytes([0xFF, 0xFF])])
        e.session(start: FITEncoder.t0, elapsedMs: 2000, timerMs: 2000, distanceCm: 0)
        let d = try reader.decodeDetailed(e.file(), file: "dev.fit")
        #expect(d.file.records.map(\.powerWatts) == [300, 250])  // dev power only where native is absent
        #expect(d.developerFields.map(\.name) == ["Power", "Leg Spring"])
        #expect(d.developerFields.map(\.units) == ["Watts", "kN/m"])
        #expect(d.developerFields[0].nativeField == 7 && d.developerFields[0].nativeMessage == 20)
        #expect(d.developerFields[0].applicationID == (appID ? "000102030405060708090a0b0c0d0e0f" : nil))
        #expect(d.developerValues == [
            FITDeveloperValue(recordIndex: 0, field: 0, value: 300), FITDeveloperValue(recordIndex: 0, field: 1, value: 10.7),
            FITDeveloperValue(recordIndex: 1, field: 0, value: 301),
        ])
    }

    @Test func developerFieldsWithoutADescriptionAreSkippedBySize() throws {
        var e = FITEncoder()
        e.fileID()
        e.define(local: 1, global: 20, [F(253, BT.uint32)], dev: [(5, 3, 2)])
        e.message(local: 1, [.int(FITEncoder.t0)], dev: [.bytes([1, 2, 3])])
        e.define(local: 2, global: 20, [F(3, BT.uint8)])
        e.message(local: 2, [.int(140)])
        e.session(start: FITEncoder.t0, elapsedMs: 2000, timerMs: 2000, distanceCm: 0)
        let d = try reader.decodeDetailed(e.file(), file: "dev.fit")
        #expect(d.file.records.map(\.heartRate) == [nil, 140])
        #expect(d.developerValues.isEmpty)
    }

    @Test func chainedFilesAreConcatenatedAndTrailingBytesIgnored() throws {
        let (swim, _) = FITEncoder.run(records: 3, sport: 5)
        let (run, _) = FITEncoder.run(records: 4, bigEndian: true)
        let bytes = swim.file(headerSize: 12) + run.file() + [0x00, 0x13, 0x37]
        let d = try reader.decode(bytes, file: "chain.fit")
        #expect(d.records.count == 7)
        #expect(d.warnings.isEmpty)
        #expect(d.activities.map(\.sport) == [.swimming, .running])
        #expect(d.activities.map(\.sources.first?.sessionIndex) == [0, 1])
        #expect(d.records[0].cadence == 85.5 && d.records[3].cadence == 171)  // rpm for the swim, spm for the run
    }

    @Test func sessionsFirstAndSeveralSessionsSplitRecordsByTime() throws {
        var e = FITEncoder()
        e.fileID()
        let t = FITEncoder.t0
        e.session(local: 2, start: t, elapsedMs: 3000, timerMs: 3000, distanceCm: 900, sport: 1)
        e.session(local: 3, start: t + 10, elapsedMs: 3000, timerMs: 3000, distanceCm: 900, sport: 2)
        e.defineRecord()
        for i in [0, 1, 2, 10, 11, 12] { e.record(RawRecord(time: t + Int64(i))) }
        let d = try reader.decode(e.file(), file: "multi.fit")
        #expect(d.activities.map(\.sport) == [.running, .cycling])
        #expect(d.activities.map(\.samples.count) == [3, 3])
        #expect(d.activities[0].samples.allSatisfy { $0.cadence == 171 })
        #expect(d.activities[1].samples.allSatisfy { $0.cadence == 85.5 })
        #expect(d.records.count == 6)
    }

    @Test func aFileWithoutSessionsBuildsOneActivityFromRecordsWithAWarning() throws {
        var e = FITEncoder()
        e.fileID()
        e.define(local: 5, global: 12, [F(0, BT.enumT), F(1, BT.enumT), F(3, BT.string, size: 8)])
        e.message(local: 5, [.int(1), .int(3), .string("Trail")])
        e.defineRecord()
        e.define(local: 7, global: 21, [F(253, BT.uint32), F(0, BT.enumT), F(1, BT.enumT)])
        e.message(local: 7, [.int(FITEncoder.t0), .int(0), .int(0)])  // timer start
        for i in 0..<4 { e.record(RawRecord(time: FITEncoder.t0 + Int64(i) * 2, distance: Int64(i) * 500)) }
        e.message(local: 7, [.int(FITEncoder.t0 + 2), .int(0), .int(1)])  // stop
        e.message(local: 7, [.int(FITEncoder.t0 + 4), .int(0), .int(0)])  // start
        e.message(local: 7, [.int(FITEncoder.t0 + 7), .int(0), .int(4)])  // stop all
        let d = try reader.decode(e.file(), file: "cut.fit")
        let a = try #require(d.activities.first)
        #expect(a.sport == .trailRunning && a.name == "Trail")
        #expect(a.start == FITEncoder.unix0 && a.elapsedSeconds == 6 && a.distanceMeters == 15)
        #expect(a.movingSeconds == 5)
        #expect(a.samples.count == 4 && a.samples[0].cadence == 171)
        #expect(d.warnings.contains { $0.message.contains("no session") })
        #expect(!d.sportWasAssumed)
    }

    @Test func noSportAnywhereAssumesRunningAndSaysSo() throws {
        var e = FITEncoder()
        e.define(local: 1, global: 20, [F(253, BT.uint32), F(3, BT.uint8)])
        e.message(local: 1, [.int(FITEncoder.t0), .int(120)])
        let d = try reader.decode(e.file(), file: "bare.fit")
        #expect(d.sportWasAssumed)
        #expect(d.activities.first?.sport == .running)
    }

    @Test func relativeTimestampsAreAnchoredByDeviceSettingsOrKeptWithAWarning() throws {
        func file(anchor: Bool) -> [UInt8] {
            var e = FITEncoder()
            e.fileID()
            if anchor {
                e.define(local: 6, global: 2, [F(2, BT.uint32)])
                e.message(local: 6, [.int(FITEncoder.t0 - 5000)])
            }
            e.define(local: 1, global: 20, [F(253, BT.uint32), F(3, BT.uint8)])
            e.message(local: 1, [.int(5000), .int(100)])
            e.message(local: 1, [.int(5001), .int(101)])
            return e.file()
        }
        let anchored = try reader.decode(file(anchor: true), file: "a.fit")
        #expect(anchored.records.map(\.time) == [FITEncoder.unix0, FITEncoder.unix0 + 1])
        let relative = try reader.decode(file(anchor: false), file: "r.fit")
        #expect(relative.records.map(\.time) == [5000, 5001])
        #expect(relative.warnings.contains { $0.message.contains("relative") })
    }

    @Test func aDeveloperPowerFieldNamedPowerInWattsMapsWithoutANativeNumber() throws {
        var e = FITEncoder()
        e.fileID()
        developerData(&e, applicationID: true)
        describe(&e, number: 3, type: BT.uint16, name: "Power", units: "Watts")
        describe(&e, number: 4, type: BT.uint16, name: "Form Power", units: "Watts")
        e.define(local: 1, global: 20, [F(253, BT.uint32)], dev: [(4, 2, 0), (3, 2, 0)])
        e.message(local: 1, [.int(FITEncoder.t0)], dev: [.bytes([50, 0]), .bytes([0x10, 0x01])])
        e.session(start: FITEncoder.t0, elapsedMs: 1000, timerMs: 1000, distanceCm: 0)
        let d = try reader.decode(e.file(), file: "stryd.fit")
        #expect(d.records.map(\.powerWatts) == [272])
    }

    @Test func damageInTheSecondChainedFileKeepsTheFirst() throws {
        let (first, raws) = FITEncoder.run(records: 3)
        var second = FITEncoder()
        second.fileID()
        second.raw([0x05, 0xAA])  // data for undefined local message 5
        let firstBytes = first.file()
        let d = try reader.decode(firstBytes + second.file(), file: "chain.fit")
        #expect(d.records.count == raws.count)
        #expect(d.activities.count == 1)
        let w = try #require(d.warnings.first)
        #expect(w.offset == firstBytes.count + 14 + second.data.count - 2)
        #expect(w.message.contains("undefined local message 5"))
    }

    @Test func randomDataAfterAValidHeaderNeverCrashes() {
        var seed: UInt64 = 42
        for size in [1, 2, 3, 10, 100, 1000, 5000] {
            var e = FITEncoder()
            for _ in 0..<size {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                e.raw([UInt8(truncatingIfNeeded: seed >> 40)])
            }
            do {
                _ = try reader.decode(e.file(), file: "noise.fit")
            } catch {
                #expect(error.file == "noise.fit")
            }
        }
    }
}
