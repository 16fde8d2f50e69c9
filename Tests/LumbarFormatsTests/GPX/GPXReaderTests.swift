import Foundation
import LumbarCore
import Testing

@testable import LumbarFormats

@Suite struct GPXReaderTests {
    let reader = GPXReader()
    typealias F = GPXFixtures

    func points(_ count: Int, extensions: (Int) -> String) -> String {
        (0..<count).map { F.point($0, extensions: extensions($0)) }.joined()
    }

    @Test(arguments: [
        "<gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr><gpxtpx:cad>85</gpxtpx:cad></gpxtpx:TrackPointExtension>",
        "<ns3:TrackPointExtension><ns3:hr>150</ns3:hr><ns3:cad>85</ns3:cad></ns3:TrackPointExtension>",
        "<TrackPointExtension><hr>150</hr><cad>85</cad></TrackPointExtension>",
        "<hr>150</hr><cadence>85</cadence>",
    ])
    func heartRateAndCadenceUnderAnyPrefix(ext: String) throws {
        let d = try reader.decode(F.document(F.track(type: "running", points(3) { _ in ext })), file: "x.gpx")
        let samples = try #require(d.activities.first?.samples)
        #expect(samples.map(\.heartRate) == [150, 150, 150])
        #expect(samples.map(\.cadence) == [170, 170, 170])  // strides/min doubled to steps/min
        #expect(d.activities.first?.averageHeartRate == 150)
    }

    @Test func alreadyDoubledCadenceStays() throws {
        let d = try reader.decode(
            F.document(F.track(points(5) { "<gpxtpx:TrackPointExtension><gpxtpx:cad>\(168 + $0)</gpxtpx:cad></gpxtpx:TrackPointExtension>" })),
            file: "x.gpx")
        #expect(d.activities.first?.samples.map(\.cadence) == [168, 169, 170, 171, 172])
        #expect(d.records.map(\.cadence) == [168, 169, 170, 171, 172])
    }

    @Test func cyclingCadenceIsRevolutionsAndNotDoubled() throws {
        let d = try reader.decode(F.document(F.track(type: "cycling", points(2) { _ in "<cad>85</cad>" })), file: "x.gpx")
        #expect(d.activities.first?.sport == .cycling)
        #expect(d.activities.first?.samples.map(\.cadence) == [85, 85])
    }

    @Test func unknownExtensionsAndNamesAreIgnored() throws {
        let ext = "<foo:bar xmlns:foo=\"urn:x\"><foo:hr>999</foo:hr></foo:bar><power>250</power><weird>1</weird>"
        let d = try reader.decode(F.document(F.track(points(2) { _ in ext })), file: "x.gpx")
        // `hr` is matched by local name anywhere under a point's extensions: 999 is read as written.
        #expect(d.activities.first?.samples.map(\.heartRate) == [999, 999])
        #expect(d.activities.first?.samples.map(\.powerWatts) == [250, 250])
    }

    @Test(arguments: [
        ("running", Sport.running), ("run", .running), ("9", .running), ("trail_running", .trailRunning),
        ("walking", .walking), ("10", .walking), ("hiking", .hiking), ("cycling", .cycling),
        ("biking", .cycling), ("1", .cycling), ("Running", .running), ("kayaking", .other),
    ])
    func trackTypeGivesTheSport(type: String, sport: Sport) throws {
        let d = try reader.decode(F.document(F.track(type: type, F.point(0) + F.point(5))), file: "x.gpx")
        #expect(d.activities.first?.sport == sport)
        #expect(!d.sportWasAssumed)
    }

    @Test func untypedTimedTrackIsAnAssumedRun() throws {
        let d = try reader.decode(F.document(F.track(F.point(0) + F.point(5))), file: "x.gpx")
        #expect(d.activities.first?.sport == .running)
        #expect(d.sportWasAssumed)
        #expect(d.activities.first?.device == "lumbar tests")
    }

    @Test func timeGoingBackwardsKeepsPointsAndWarns() throws {
        let body = F.point(0) + F.point(10) + F.point(5) + F.point(20)
        let d = try reader.decode(F.document(F.track(body)), file: "back.gpx")
        let a = try #require(d.activities.first)
        #expect(a.samples.count == 4)
        #expect(a.start == RFC3339.parse("2024-05-01T06:00:00Z"))
        #expect(a.elapsedSeconds == 20)
        #expect(d.warnings.count == 1)
        #expect(d.warnings.first?.message.contains("backwards 1 times") == true)
    }

    @Test func severalTracksAreSeveralActivities() throws {
        let body = F.track(name: "one", F.point(0) + F.point(5)) + F.track(type: "walking", name: "two", F.point(100) + F.point(110))
        let d = try reader.decode(F.document(body), file: "x.gpx")
        #expect(d.activities.map(\.name) == ["one", "two"])
        #expect(d.activities.map(\.sport) == [.running, .walking])
        #expect(d.records.count == 4)
        #expect(d.activities[1].start == RFC3339.parse("2024-05-01T06:01:40Z"))
    }

    @Test func summaryRules() throws {
        // 0-60 s moving at about 3.3 m/s, 61-90 s standing still, then a 60 s gap and 10 s more.
        var body = (0...60).map { F.point($0, ele: $0 < 20 ? 100 : 103.5) }.joined()
        body += (61...90).map { F.point($0, lat: 47.0 + 60 * 0.00003, ele: 100) }.joined()
        body += (150...160).map { F.point($0, lat: 47.01 + Double($0) * 0.00003, ele: 100) }.joined()
        let d = try reader.decode(F.document(F.track(body)), file: "x.gpx")
        let a = try #require(d.activities.first)
        #expect(a.elapsedSeconds == 160)
        #expect(a.movingSeconds == 70)  // 60 moving + 10 after the gap; stopped and gap excluded
        #expect(a.ascentMeters == 3.5)
        #expect(a.descentMeters == 3.5)
        let d60 = TrackSummarizer.haversine(47, 8.5, 47 + 60 * 0.00003, 8.5)
        #expect(abs(d60 - 200.15) < 0.1)  // 0.0018 degrees of latitude
        #expect(try #require(a.distanceMeters) > d60)
    }

    @Test func segmentBreakAddsNoDistance() throws {
        let one = "<trk><trkseg>\(F.point(0))\(F.point(10))</trkseg><trkseg>\(F.point(20, lat: 48))\(F.point(30, lat: 48))</trkseg></trk>"
        let d = try reader.decode(F.document(one), file: "x.gpx")
        let distance = try #require(d.activities.first?.distanceMeters)
        #expect(distance < 100)  // not the 110 km jump between the segments
    }

    @Test func chunkBoundariesAndStreamingGiveTheSameResult() throws {
        // About 600 KB: crosses two 256 KB chunk boundaries.
        let ext = "<gpxtpx:TrackPointExtension><gpxtpx:hr>140</gpxtpx:hr><gpxtpx:cad>88</gpxtpx:cad></gpxtpx:TrackPointExtension>"
        let bytes = F.document(F.track(type: "running", (0..<3500).map { F.point($0, ele: 400, extensions: ext) }.joined()))
        #expect(bytes.count > 2 * XMLPushParser.chunkSize)
        let inMemory = try reader.decode(bytes, file: "big.gpx")
        #expect(inMemory.records.count == 3500)
        #expect(inMemory.records.allSatisfy { $0.heartRate == 140 && $0.cadence == 176 && $0.time != nil })
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-gpx-\(UUID()).gpx")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let streamed = try reader.decode(contentsOf: url, file: "big.gpx")
        #expect(streamed.activities == inMemory.activities)
        #expect(streamed.records == inMemory.records)
    }

    @Test func missingFileIsUnreadable() {
        #expect {
            _ = try reader.decode(contentsOf: URL(fileURLWithPath: "/nonexistent/lumbar.gpx"))
        } throws: { error in
            if case .unreadable(let file, _) = error as? FormatError { return file == "lumbar.gpx" }
            return false
        }
    }

    /// The streaming reader opens without blocking and reads regular files only: a FIFO is a
    /// named error at once, not a thread stuck in `fread`.
    @Test(.timeLimit(.minutes(1))) func fifoIsUnreadableNotWaitedOn() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-gpx-\(UUID()).gpx").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        #expect(throws: FormatError.unreadable(file: "stuck.gpx", reason: RegularFile.notRegular)) {
            _ = try reader.decode(contentsOf: URL(fileURLWithPath: path), file: "stuck.gpx")
        }
    }

    @Test func recognisesGPXOnly() {
        #expect(reader.recognises(prefix: ArraySlice(F.header.utf8), fileName: "a.gpx"))
        #expect(reader.recognises(prefix: ArraySlice([0xEF, 0xBB, 0xBF] + Array("  <gpx>".utf8)), fileName: "a"))
        #expect(!reader.recognises(prefix: ArraySlice("<?xml version=\"1.0\"?><TrainingCenterDatabase>".utf8), fileName: "a.gpx"))
        #expect(!reader.recognises(prefix: ArraySlice(".FIT<gpx".utf8), fileName: "a.gpx"))
    }

    @Test func numbersParseExactly() {
        func parse(_ s: String) -> Double? { Array(s.utf8).withUnsafeBufferPointer { XMLBytes.double($0) } }
        #expect(parse(" -122.391386000 ") == -122.391386)
        #expect(parse("191.5999756") == 191.5999756)
        #expect(parse("35.9518799465") == 35.9518799465)
        #expect(parse("1e3") == 1000)
        #expect(parse("0.12345678901234567890") == 0.12345678901234567890)
        #expect(parse("") == nil)
        #expect(parse("abc") == nil)
        #expect(parse("12abc") == nil)
        #expect(parse("-") == nil)
    }
}
