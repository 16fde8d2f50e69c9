import LumbarCore
import Testing
@testable import LumbarFormats

extension Int {
    fileprivate func clamped(_ low: Int) -> Int { Swift.max(self, low) }
}

@Suite struct FITReaderTests {
    let reader = FITReader()

    @Test func crcCheckValueAndTablesAgree() {
        #expect(FITCRC.compute("123456789") == 0xBB3D)
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13 &+ $0 >> 3) }
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 999, 1000] {
            var nibble: UInt16 = 0
            for b in bytes.prefix(length) { nibble = FITCRC.nibbleStep(nibble, b) }
            #expect(FITCRC.compute(bytes[0..<length]) == nibble, "length \(length)")
            #expect(FITCRC.compute(bytes[3..<length.clamped(3)]) == bytes[3..<length.clamped(3)].reduce(UInt16(0)) { FITCRC.nibbleStep($0, $1) })
        }
    }

    @Test func recognisesHeadersOnly() {
        let (e, _) = FITEncoder.run()
        #expect(reader.recognises(prefix: e.file()[...], fileName: "a.fit"))
        #expect(reader.recognises(prefix: e.file(headerSize: 12)[...], fileName: "a.fit"))
        #expect(!reader.recognises(prefix: Array("<?xml version=\"1.0\"?><gpx>".utf8)[...], fileName: "a.fit"))
        #expect(!reader.recognises(prefix: [11, 0x10, 0, 0, 0, 0, 0, 0, 0x2E, 0x46, 0x49, 0x54][...], fileName: "a.fit"))
        #expect(!reader.recognises(prefix: [14, 0x10][...], fileName: "a.fit"))
    }

    @Test func decodesARunExactly() throws {
        let (e, raws) = FITEncoder.run()
        let d = try reader.decode(e.file(), file: "run.fit")
        #expect(d.format == "fit")
        #expect(d.warnings.isEmpty)
        #expect(!d.sportWasAssumed)
        #expect(d.records == raws.map { FITEncoder.expected($0, running: true) })
        #expect(d.records[0].cadence == 171)  // 2 x (85 + 64/128) steps/min
        let a = try #require(d.activities.first)
        #expect(d.activities.count == 1)
        #expect(a.sport == .running)
        #expect(a.start == FITEncoder.unix0)
        #expect(a.elapsedSeconds == 5)
        #expect(a.movingSeconds == 4.5)
        #expect(a.distanceMeters == 15)
        #expect(a.ascentMeters == 42 && a.descentMeters == 40)
        #expect(a.averageHeartRate == 151 && a.maxHeartRate == 178)
        #expect(a.utcOffsetSeconds == 3600)
        #expect(a.device == "Garmin Forerunner 935")
        #expect(a.samples == d.records)
        #expect(a.laps == [Lap(start: FITEncoder.unix0, elapsedSeconds: 5, movingSeconds: 5, distanceMeters: 15, averageHeartRate: 149, averageCadence: 160.5)])
        #expect(a.sources.first?.sessionIndex == 0 && a.sources.first?.format == "fit")
    }

    @Test func bigEndianDefinitionsDecodeTheSame() throws {
        let (little, _) = FITEncoder.run()
        let (big, _) = FITEncoder.run(bigEndian: true)
        #expect(little.file() != big.file())
        #expect(try reader.decode(big.file(), file: "b.fit").records == reader.decode(little.file(), file: "l.fit").records)
    }

    @Test(arguments: [12, 14, 16, 20]) func everyHeaderSizeIsSkippedWhole(size: Int) throws {
        let (e, raws) = FITEncoder.run()
        let d = try reader.decode(e.file(headerSize: size), file: "h.fit")
        #expect(d.records.count == raws.count)
        #expect(d.warnings.isEmpty)
    }

    @Test(arguments: [UInt8(0x00), 0x02, 0x10, 0x20, 0x30]) func protocolVersionsAreNeverRejected(version: UInt8) throws {
        let (e, raws) = FITEncoder.run()
        #expect(try reader.decode(e.file(protocolVersion: version), file: "v.fit").records.count == raws.count)
    }

    @Test func headerCRCZeroMeansNotComputedAndAWrongOneWarns() throws {
        let (e, _) = FITEncoder.run()
        let noCRC = e.file(headerCRC: false)
        #expect(noCRC[12] == 0 && noCRC[13] == 0)
        #expect(try reader.decode(noCRC, file: "n.fit").warnings.isEmpty)
        var bad = e.file()
        bad[12] ^= 0x55
        let d = try reader.decode(bad, file: "h.fit")
        #expect(d.warnings.map(\.message).contains { $0.contains("header CRC") })
        #expect(d.records.count == 5)
    }

    @Test(arguments: [
        (Int64(1), Int64(0), Sport.running), (1, 1, .treadmillRunning), (1, 3, .trailRunning), (1, 4, .running),
        (1, 45, .treadmillRunning), (1, 58, .virtualRunning), (2, 0, .cycling), (5, 17, .swimming),
        (11, 0, .walking), (17, 0, .hiking), (10, 0, .other),
    ])
    func sportsMap(sport: Int64, subSport: Int64, expected: Sport) throws {
        let (e, _) = FITEncoder.run(sport: sport, subSport: subSport)
        let d = try reader.decode(e.file(), file: "s.fit")
        #expect(d.activities.first?.sport == expected)
        #expect(d.records[0].cadence == (expected.isRunning ? 171 : 85.5))
    }

    @Test func courseFilesAreNotActivities() {
        var e = FITEncoder()
        e.fileID(type: 6)
        e.defineRecord()
        e.record(RawRecord(time: FITEncoder.t0))
        #expect {
            try reader.decode(e.file(), file: "course.fit")
        } throws: { error in
            guard case .noActivity(let f, let reason) = error as? FormatError else { return false }
            return f == "course.fit" && reason.contains("course")
        }
    }
}
