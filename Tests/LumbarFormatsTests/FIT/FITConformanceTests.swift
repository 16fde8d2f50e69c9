import LumbarCore
import Testing
@testable import LumbarFormats

/// Real files from the peers' test suites (`../shared/testdata`, MANIFEST.md), compared field by
/// field with their reference CSVs. Skipped when the folder is absent.
@Suite(.enabled(if: TestData.available, "../shared/testdata is absent: FIT conformance tests skipped"))
struct FITConformanceTests {
    let reader = FITReader()

    /// Mismatches between our records and the reference rows (empty when they agree).
    func mismatches(_ records: [Sample], _ rows: [FITReferenceRow], running: Bool) -> [String] {
        var out: [String] = []
        func check(_ ok: Bool, _ i: Int, _ what: String) { if !ok && out.count < 10 { out.append("row \(i): \(what)") } }
        for (i, (s, r)) in zip(records, rows).enumerated() {
            check(s.time == r.time, i, "time \(s.time ?? -1) vs \(r.time)")
            if let hr = r.heartRate { check(s.heartRate == hr || (hr == 0 && s.heartRate == nil), i, "hr \(s.heartRate ?? -1) vs \(hr)") }
            if let c = r.cadence {
                let raw = s.cadence.map { running ? $0 / 2 : $0 }
                check(raw.map { $0.rounded(.down) == c } ?? (c == 0), i, "cadence \(s.cadence ?? -1) vs \(c)")
            } else {
                check(s.cadence == nil, i, "cadence should be invalid")
            }
            if let v = r.speed { check(abs((s.speedMetersPerSecond ?? 0) - v) < 0.0006, i, "speed \(s.speedMetersPerSecond ?? -1) vs \(v)") }
            if let v = r.distance { check(abs((s.distanceMeters ?? 0) - v) < 0.006, i, "distance \(s.distanceMeters ?? -1) vs \(v)") }
            // The dump tool repeats the last position for a record without one (no GPS fix).
            let previous = i > 0 ? rows[i - 1] : nil
            if let v = r.latitudeSemicircles {
                let ours = s.latitude.map { Int(($0 * 2_147_483_648 / 180).rounded()) }
                check(ours == v || (ours == nil && previous?.latitudeSemicircles == v), i, "lat \(s.latitude ?? -1) vs \(v)")
            }
            if let v = r.longitudeSemicircles {
                let ours = s.longitude.map { Int(($0 * 2_147_483_648 / 180).rounded()) }
                check(ours == v || (ours == nil && previous?.longitudeSemicircles == v), i, "long \(s.longitude ?? -1) vs \(v)")
            }
            if let v = r.altitude { check(abs((s.altitudeMeters ?? .nan) - v) < 0.001, i, "altitude \(s.altitudeMeters ?? -1) vs \(v)") }
        }
        return out
    }

    @Test(arguments: [
        ("garmin-fenix-5-run", Sport.running), ("garmin-fenix-5-walk", .walking), ("garmin-edge-820-bike", .cycling),
        ("garmin-edge-500-activity", .cycling),
    ])
    func recordsMatchTheFITSDKDump(name: String, sport: Sport) throws {
        let bytes = try #require(TestData.bytes("python-fitparse/\(name).fit"))
        let csv = try #require(TestData.text("python-fitparse/\(name)-records.csv"))
        let d = try reader.decode(bytes, file: name)
        let rows = FITReferenceRow.garmin(csv)
        #expect(rows.count > 10)
        #expect(d.records.count == rows.count)
        #expect(d.activities.map(\.sport) == [sport])
        #expect(d.warnings.isEmpty)
        let bad = mismatches(d.records, rows, running: sport.isRunning)
        #expect(bad.isEmpty, "\(bad)")
    }

    @Test func compressedTimestampsAndSpeedDistanceMatchTheReference() throws {
        let bytes = try #require(TestData.bytes("python-fitparse/compressed-speed-distance.fit"))
        let csv = try #require(TestData.text("python-fitparse/compressed-speed-distance-records.csv"))
        let d = try reader.decode(bytes, file: "fr70")
        let rows = FITReferenceRow.compressed(csv)
        #expect(rows.count == 754)
        // The first record carries only the start time (every field invalid); the dump omits it.
        #expect(d.records.count == 755)
        #expect(d.records[0].heartRate == nil && d.records[0].distanceMeters == nil)
        let bad = mismatches(Array(d.records.dropFirst()), rows, running: true)
        #expect(bad.isEmpty, "\(bad)")
        #expect(d.activities.first?.sport == .running)
        #expect(d.activities.first?.device == "Garmin Forerunner 70")
        #expect(d.warnings.contains { $0.message.contains("relative") })
    }
}
