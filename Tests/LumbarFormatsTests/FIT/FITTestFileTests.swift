import LumbarCore
import Testing
@testable import LumbarFormats

/// One expectation per FIT file in `../shared/testdata` without a reference CSV (MANIFEST.md):
/// it decodes (with the documented warnings) or fails with the documented error.
@Suite(.enabled(if: TestData.available, "../shared/testdata is absent: FIT test-file expectations skipped"))
struct FITTestFileTests {
    let reader = FITReader()

    func decode(_ path: String) throws -> (FITDecoded, segments: Int) {
        let bytes = try #require(TestData.bytes(path), "missing \(path)")
        var parser = FITParser()
        parser.parse(bytes)
        return (try reader.decodeDetailed(bytes, file: path), parser.result.segments)
    }

    @Test func strydDeveloperFields() throws {
        let (d, _) = try decode("python-fitparse/developer-types-sample.fit")
        #expect(d.file.records.count == 3424 && d.file.warnings.isEmpty)
        #expect(d.file.activities.map(\.sport) == [.running])
        #expect(d.file.activities.first?.device == "Stryd")
        #expect(d.developerFields.map(\.name) == ["Form Power", "Leg Spring Stiffness", "Speed", "Distance"])
        #expect(d.developerFields.map(\.units) == ["Watts", "KN/m", "M/S", "Meters"])
        #expect(d.developerValues.count == 4 * 3424)
        #expect(d.file.records.allSatisfy { $0.powerWatts != nil && $0.groundContactTimeMilliseconds != nil })
    }

    @Test func wahooElemntRide() throws {
        let (d, _) = try decode("python-fitparse/2019-02-17-062644-ELEMNT-297E-195-0.fit")
        #expect(d.file.records.count == 13471 && d.file.warnings.isEmpty)
        #expect(d.file.activities.map(\.sport) == [.cycling])
        #expect(d.file.activities.first?.device == "Wahoo ELEMNT")
        #expect(d.file.activities.first?.utcOffsetSeconds == 8 * 3600)
        #expect(d.developerFields.count == 5)
    }

    @Test func corosMisalignedFieldsFallBackToBytes() throws {
        let (d, _) = try decode("python-fitparse/coros-pace-2-cycling-misaligned-fields.fit")
        #expect(d.file.records.count == 11272 && d.file.warnings.isEmpty)
        #expect(d.file.activities.map(\.sport) == [.cycling])
        #expect(d.file.records.contains { $0.latitude != nil && $0.heartRate != nil })
    }

    @Test func stravaAndroidOversizedDataSizeAndUndefinedLocalMessage() throws {
        let (d, _) = try decode("python-fitparse/strava-android-app-201.10-b1218918.fit")
        #expect(d.file.warnings.map(\.offset) == [4, 7471])
        #expect(d.file.warnings[1].message.contains("undefined local message 11"))
        #expect(d.file.records.count == 473)
        #expect(d.file.activities.map(\.sport) == [.running])
    }

    @Test func fourChainedTriathlonFilesWithRunningDynamicsInTheRun() throws {
        let (d, segments) = try decode("python-fitparse/sample_mulitple_header.fit")
        #expect(segments == 4)
        #expect(d.file.records.count == 1773 && d.file.warnings.isEmpty)
        #expect(d.file.activities.map(\.sport) == [.swimming, .other, .cycling, .other, .running])
        let run = try #require(d.file.activities.last)
        #expect(run.samples.count == 518)
        #expect(run.samples.contains { $0.groundContactTimeMilliseconds != nil && $0.verticalOscillationMillimeters != nil })
        #expect(run.samples.filter { $0.groundContactTimeMilliseconds != nil }.count > 400)
    }

    @Test func elemntBoltWithoutApplicationID() throws {
        let (d, _) = try decode("python-fitparse/elemnt-bolt-no-application-id-inside-developer-data-id.fit")
        #expect(d.file.records.count == 132 && d.file.warnings.isEmpty)
        #expect(d.developerFields.count == 2 && d.developerFields.allSatisfy { $0.applicationID == nil })
        #expect(d.file.activities.map(\.sport) == [.cycling])
    }

    @Test func fiveChainedPoolSwimFiles() throws {
        let (d, segments) = try decode("python-fitparse/event_timestamp.fit")
        #expect(segments == 5)
        #expect(d.file.records.count == 4376 && d.file.warnings.isEmpty)
        #expect(d.file.activities.map(\.sport) == [.swimming])
        #expect(d.file.activities.first?.device == "Garmin Forerunner 735XT")
    }

    @Test func fenix2RunWithEarlyRunningDynamics() throws {
        let (d, _) = try decode("python-fitparse/activity-small-fenix2-run.fit")
        #expect(d.file.records.count == 2809 && d.file.warnings.isEmpty)
        let run = try #require(d.file.activities.first)
        #expect(run.sport == .running && run.device == "Garmin fenix 2" && run.utcOffsetSeconds == 7200)
        #expect(d.file.records.filter { $0.groundContactTimeMilliseconds != nil }.count == 2684)
        // Cadence is doubled to steps/min: the second record's 82 strides/min is 164.
        #expect(d.file.records[100].cadence == 164)
    }

    @Test func nickWrongCRCKeepsTheData() throws {
        let (d, _) = try decode("python-fitparse/nick.fit")
        #expect(d.file.records.count == 14391)
        #expect(d.file.warnings.contains { $0.offset == 403_454 && $0.message.contains("CRC") })
        #expect(d.file.warnings.contains { $0.message.contains("no session") })
        #expect(d.file.activities.map(\.sport) == [.cycling])
    }

    @Test func fenix2MultisportHasSevenSessions() throws {
        let (d, _) = try decode("python-fitparse/activity-large-fenxi2-multisport.fit")
        #expect(d.file.records.count == 24239 && d.file.warnings.isEmpty)
        #expect(d.file.activities.map(\.sport) == [.other, .other, .running, .other, .running, .other, .cycling])
        #expect(d.file.activities.map(\.samples.count).reduce(0, +) <= d.file.records.count)
    }

    @Test func forerunner935SevenChainedFilesWithDeveloperFields() throws {
        let (d, segments) = try decode("fitdecode/garmin-fr935-cr.fit")
        #expect(segments == 7)
        #expect(d.file.records.count == 7515 && d.file.warnings.isEmpty)
        #expect(d.developerFields.count == 8)
        #expect(d.developerFields.first?.applicationID == "f76d747c0ac84afeafb34c497d8a3839")
    }

    @Test func connectIQPowerFillsRecordPower() throws {
        let (d, _) = try decode("tormoder-fit/misc/mornindew-broken.fit")
        #expect(d.developerFields.count == 14)
        #expect(d.developerFields.first?.name == "Power" && d.developerFields.first?.nativeField == 7)
        #expect(d.file.records.count == 6874 && d.file.records.allSatisfy { $0.powerWatts != nil })
        #expect(d.file.activities.map(\.sport) == [.running])
    }

    @Test func unterminatedStrings() throws {
        let (d, _) = try decode("tormoder-fit/misc/unterminated-strings.fit")
        #expect(d.developerFields.count == 28)
        #expect(d.developerFields.allSatisfy { !($0.name ?? "").isEmpty && !($0.name ?? "").contains("\0") })
        #expect(d.file.records.count == 33)
    }

    @Test func venuSqWalk() throws {
        let (d, _) = try decode("geo-activity-playground/Local Files/2024-05-10-19-32-04.fit")
        #expect(d.file.activities.map(\.sport) == [.walking])
        #expect(d.file.activities.first?.device == "Garmin Venu Sq")
        #expect(d.file.records.count == 1085)
    }

    @Test func berlinIsACourse() throws {
        let bytes = try #require(TestData.bytes("geo-activity-playground/Local Files/Berlin (0,9 km).fit"))
        #expect {
            try reader.decode(bytes, file: "Berlin (0,9 km).fit")
        } throws: { error in
            guard case .noActivity(_, let reason) = error as? FormatError else { return false }
            return reason.contains("course")
        }
    }
}
