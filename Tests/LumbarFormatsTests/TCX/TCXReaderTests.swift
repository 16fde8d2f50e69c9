import Foundation
import LumbarCore
import Testing

@testable import LumbarFormats

@Suite struct TCXReaderTests {
    let reader = TCXReader()

    @Test(arguments: ["ns3:", "ext:", ""])
    func runCadenceIsDoubledAndExtensionsReadUnderAnyPrefix(prefix: String) throws {
        let d = try reader.decode(TCXFixtures.run(cadence: [84, 85, 86, 87], prefix: prefix, lapCadence: 85), file: "t.tcx")
        let a = try #require(d.activities.first)
        #expect(a.sport == .running)
        #expect(a.samples.map(\.cadence) == [168, 170, 172, 174])
        #expect(a.samples.map(\.speedMetersPerSecond) == [3, 3, 3, 3])
        #expect(a.samples.map(\.powerWatts) == [250, 251, 252, 253])
        #expect(a.samples.map(\.heartRate) == [140, 141, 142, 143])
        #expect(a.laps.first?.averageCadence == 170)
        #expect(a.device == "Treadmill Test")
        #expect(a.distanceMeters == 12)  // the lap's own DistanceMeters
        #expect(a.movingSeconds == 3)  // no positions: steps timed by DistanceMeters deltas
    }

    @Test func alreadyDoubledCadenceStays() throws {
        let d = try reader.decode(TCXFixtures.run(cadence: [168, 170, 172, 171, 169], lapCadence: 170), file: "doubled.tcx")
        #expect(d.activities.first?.samples.map(\.cadence) == [168, 170, 172, 171, 169])
        #expect(d.activities.first?.laps.first?.averageCadence == 170)
    }

    @Test func sportAttributeIsCaseInsensitive() throws {
        #expect(try reader.decode(TCXFixtures.run(cadence: [80], sport: "running"), file: "t.tcx").activities.first?.sport == .running)
        #expect(try reader.decode(TCXFixtures.run(cadence: [80], sport: "BIKING"), file: "t.tcx").activities.first?.sport == .cycling)
        let other = try reader.decode(TCXFixtures.run(cadence: [80], sport: "Other"), file: "t.tcx")
        #expect(other.activities.first?.sport == .other)
        #expect(other.activities.first?.samples.first?.cadence == 80)  // not a run: as written
    }

    @Test func courseIsNotAnActivity() {
        #expect {
            _ = try reader.decode(TCXFixtures.course, file: "c.tcx")
        } throws: { error in
            if case .noActivity(_, let reason) = error as? FormatError { return reason.contains("course") }
            return false
        }
    }

    @Test func truncatedFileKeepsItsPoints() throws {
        let full = TCXFixtures.run(cadence: Array(repeating: 85, count: 10))
        let d = try reader.decode(Array(full.prefix(full.count / 2)), file: "cut.tcx")
        let a = try #require(d.activities.first)
        #expect(a.samples.count >= 3 && a.samples.count < 10)
        #expect(d.records.count == a.samples.count)
        #expect(d.warnings.first?.offset != nil)
    }

    @Test func garbageIsDamaged() {
        #expect(throws: FormatError.self) { _ = try reader.decode(Array("<TrainingCenterDatabase><Activities>&bogus;".utf8), file: "g.tcx") }
        #expect(throws: FormatError.empty(file: "e.tcx")) { _ = try reader.decode([], file: "e.tcx") }
    }

    @Test func damageBeforeAnyTrackpointIsDamaged() {
        let full = TCXFixtures.run(cadence: [85, 85])
        #expect {
            _ = try reader.decode(Array(full.prefix(300)), file: "cut.tcx")
        } throws: { error in
            if case .damaged(let file, let offset, _) = error as? FormatError { return file == "cut.tcx" && offset != nil }
            return false
        }
    }

    @Test func streamingSummariesMatchTheFullDecode() throws {
        let bytes = TCXFixtures.run(cadence: Array(repeating: 86, count: 30), lapCadence: 86)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-tcx-\(UUID()).tcx")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let full = try reader.decode(bytes, file: url.lastPathComponent)
        #expect(try reader.decode(contentsOf: url).activities == full.activities)
        let summary = try reader.decode(contentsOf: url, keepSamples: false)
        #expect(summary.records.isEmpty)
        var expected = full.activities
        for i in expected.indices { expected[i].samples = [] }
        #expect(summary.activities == expected)
    }

    @Test func eachActivityElementIsAnActivity() throws {
        let one = String(decoding: TCXFixtures.run(cadence: [85, 86]), as: UTF8.self)
        let start = try #require(one.range(of: "<Activity "))
        let end = try #require(one.range(of: "</Activity>"))
        let block = String(one[start.lowerBound..<end.upperBound])
        let second = block.replacingOccurrences(of: "2024-05-01T06", with: "2024-05-02T07")
            .replacingOccurrences(of: "Sport=\"Running\"", with: "Sport=\"Biking\"")
        let two = one.replacingOccurrences(of: "</Activity>", with: "</Activity>" + second)
        let d = try reader.decode(Array(two.utf8), file: "two.tcx")
        #expect(d.activities.map(\.sport) == [.running, .cycling])
        #expect(d.activities.map(\.start) == [RFC3339.parse("2024-05-01T06:00:00Z"), RFC3339.parse("2024-05-02T07:00:00Z")])
        #expect(d.records.count == 4)
        #expect(d.records.map(\.cadence) == [170, 172, 85, 86])  // the ride's rpm stay as written
    }

    @Test func recognisesTCXOnly() {
        #expect(reader.recognises(prefix: ArraySlice(TCXFixtures.course.prefix(200)), fileName: "x"))
        #expect(!reader.recognises(prefix: ArraySlice("<?xml version=\"1.0\"?><gpx>".utf8), fileName: "x.tcx"))
    }
}

/// The TCX files of `../shared/testdata` (python-tcxparser's), with values read from the files.
@Suite(.enabled(if: XMLTestData.available, "needs ../shared/testdata beside the repository (absent here)"))
struct TCXTestDataTests {
    let reader = TCXReader()

    func decode(_ path: String) throws -> DecodedFile {
        try reader.decode(try XMLTestData.bytes(path), file: path)
    }

    @Test func forerunner410RunWithThreeLaps() throws {
        let d = try decode("python-tcxparser/test.tcx")
        #expect(d.records.count == 384)
        let a = try #require(d.activities.first)
        #expect(d.activities.count == 1)
        #expect(a.sport == .running)
        #expect(a.start == RFC3339.parse("2012-12-26T21:29:53Z"))
        #expect(a.elapsedSeconds == 1992)  // to 22:03:05
        #expect(a.laps.count == 3)
        #expect(a.laps.map(\.elapsedSeconds) == [608.47, 714.80, 669.51])
        #expect(a.laps[1].start == RFC3339.parse("2012-12-26T21:40:02Z"))
        #expect(a.laps.first?.averageHeartRate == 139)
        #expect(abs(try #require(a.distanceMeters) - 4689.24267578) < 1e-6)
        #expect(a.samples.filter { $0.heartRate != nil }.count == 383)
        #expect(a.maxHeartRate == 189)
        #expect(abs(try #require(a.averageHeartRate) - 156.65274151436032) < 1e-9)
        #expect(a.samples.filter { $0.latitude != nil }.count == 383)
        #expect(a.device == "Forerunner 410 Software Version 2.20")
        #expect(try #require(a.movingSeconds) <= a.elapsedSeconds)
    }

    @Test func runWithoutHeartRate() throws {
        let d = try decode("python-tcxparser/no_hr.tcx")
        let a = try #require(d.activities.first)
        #expect(d.records.count == 384)
        #expect(a.averageHeartRate == nil)
        #expect(a.maxHeartRate == nil)
        #expect(d.records.allSatisfy { $0.heartRate == nil })
    }

    @Test func standUpPaddleIsOtherWithSpeed() throws {
        let d = try decode("python-tcxparser/sup_activity_1.tcx")
        let a = try #require(d.activities.first)
        #expect(a.sport == .other)
        #expect(a.laps.count == 2)
        #expect(d.records.count == 111)
        #expect(a.samples.first?.speedMetersPerSecond == 0.2680000066757202)
        #expect(a.samples.first?.heartRate == 96)
        #expect(a.maxHeartRate == 106)
        #expect(a.start == RFC3339.parse("2022-07-16T16:08:25Z"))
        #expect(a.start + a.elapsedSeconds == RFC3339.parse("2022-07-16T16:26:57Z"))
        #expect(a.device == "vívoactive HR")
    }
}
