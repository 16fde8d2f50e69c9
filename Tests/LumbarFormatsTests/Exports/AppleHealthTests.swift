import Foundation
import LumbarCore
import Testing

@testable import LumbarFormats

@Suite("Apple Health export")
struct AppleHealthTests {
    @Test func datesKeepTheirOffset() throws {
        let parsed = try #require(HealthDate.parse("2019-07-19 10:36:11 -0700"))
        #expect(parsed.utc == 1_563_557_771)
        #expect(parsed.offset == -25_200)
        #expect(HealthDate.parse("2019-07-19T10:36:11Z") == nil)
    }

    /// An iOS 16-style export: a malformed internal DTD (unterminated ATTLIST), a stray \x0b in
    /// an attribute, a running workout with iOS 16 statistics, watch and phone heart rate for the
    /// same minutes, running-form records out of time order, a walk, resting heart rate.
    static let document: String = {
        let watch = "sourceName=\"Jane’s Apple Watch\""
        let phone = "sourceName=\"Jane’s iPhone\""
        func record(_ type: String, _ source: String, _ unit: String, _ start: String, _ end: String, _ value: String) -> String {
            "<Record type=\"HKQuantityTypeIdentifier\(type)\" \(source) unit=\"\(unit)\" creationDate=\"\(end)\" startDate=\"\(start)\" endDate=\"\(end)\" value=\"\(value)\"/>\n"
        }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE HealthData [
            <!-- HealthKit Export Version: 14 -->
            <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
            <!ATTLIST HealthData
              locale CDATA #REQUIRED
            <!ATTLIST ExportDate value CDATA #REQUIRED
            ]>
            <HealthData locale="en_GB">
             <ExportDate value="2026-03-10 09:00:00 +0100"/>
             <Me HKCharacteristicTypeIdentifierDateOfBirth="1980-01-01"/>

            """
        xml += "<Record type=\"HKQuantityTypeIdentifierBodyMass\" sourceName=\"Scale\u{0B}\" unit=\"kg\" startDate=\"2026-03-01 07:00:00 +0100\" endDate=\"2026-03-01 07:00:00 +0100\" value=\"70\"/>\n"
        xml += record("RestingHeartRate", watch, "count/min", "2026-03-01 00:00:00 +0100", "2026-03-01 23:59:00 +0100", "55")
        xml += record("RestingHeartRate", watch, "count/min", "2026-03-02 00:00:00 +0100", "2026-03-02 23:59:00 +0100", "52")
        // Heart rate: watch 150 and 160, phone 100 (must not count), one outside the run.
        xml += record("HeartRate", watch, "count/min", "2026-03-02 08:10:00 +0100", "2026-03-02 08:10:00 +0100", "160")
        xml += record("HeartRate", watch, "count/min", "2026-03-02 08:05:00 +0100", "2026-03-02 08:05:00 +0100", "150")
        xml += record("HeartRate", phone, "count/min", "2026-03-02 08:06:00 +0100", "2026-03-02 08:06:00 +0100", "100")
        xml += record("HeartRate", watch, "count/min", "2026-03-02 12:00:00 +0100", "2026-03-02 12:00:00 +0100", "70")
        xml += record("StepCount", phone, "count", "2026-03-02 08:05:00 +0100", "2026-03-02 08:06:00 +0100", "150")
        xml += record("StepCount", watch, "count", "2026-03-02 08:07:00 +0100", "2026-03-02 08:08:00 +0100", "170")
        xml += record("RunningVerticalOscillation", watch, "cm", "2026-03-02 08:07:00 +0100", "2026-03-02 08:07:00 +0100", "9.5")
        xml += record("RunningStrideLength", watch, "m", "2026-03-02 08:08:00 +0100", "2026-03-02 08:08:00 +0100", "1.2")
        xml += record("RunningGroundContactTime", watch, "ms", "2026-03-02 08:09:00 +0100", "2026-03-02 08:09:00 +0100", "250")
        xml += record("RunningPower", watch, "W", "2026-03-02 08:09:00 +0100", "2026-03-02 08:09:00 +0100", "240")
        xml += record("RunningSpeed", watch, "km/hr", "2026-03-02 08:09:00 +0100", "2026-03-02 08:09:00 +0100", "10.8")
        xml += """
            <Correlation type="HKCorrelationTypeIdentifierFood" startDate="2026-03-02 08:05:00 +0100" endDate="2026-03-02 08:05:00 +0100">
             <Record type="HKQuantityTypeIdentifierHeartRate" \(watch) unit="count/min" startDate="2026-03-02 08:05:30 +0100" endDate="2026-03-02 08:05:30 +0100" value="199"/>
            </Correlation>
            <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="20" durationUnit="min" \(watch) device="&lt;&lt;HKDevice: 0x1&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2&gt;" creationDate="2026-03-02 08:20:00 +0100" startDate="2026-03-02 08:00:00 +0100" endDate="2026-03-02 08:20:00 +0100">
             <MetadataEntry key="HKTimeZone" value="Europe/Berlin"/>
             <MetadataEntry key="HKIndoorWorkout" value="0"/>
             <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="2026-03-02 08:00:00 +0100" endDate="2026-03-02 08:20:00 +0100" sum="250" unit="kcal"/>
             <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2026-03-02 08:00:00 +0100" endDate="2026-03-02 08:20:00 +0100" sum="3.5" unit="km"/>
             <WorkoutActivity uuid="X" startDate="2026-03-02 08:00:00 +0100"/>
             <WorkoutRoute \(watch) startDate="2026-03-02 08:00:00 +0100" endDate="2026-03-02 08:20:00 +0100">
              <MetadataEntry key="HKMetadataKeySyncIdentifier" value="abc"/>
              <FileReference path="/workout-routes/route_2026-03-02_8.00am.gpx"/>
             </WorkoutRoute>
            </Workout>
            <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="30" durationUnit="min" \(watch) startDate="2026-03-03 08:00:00 +0100" endDate="2026-03-03 08:30:00 +0100"/>
            <ActivitySummary dateComponents="2026-03-02" activeEnergyBurned="500"/>
            </HealthData>

            """
        return xml
    }()

    static func route() -> [UInt8] { ExportFixtures.gpx(start: 1_772_434_800, points: 30, type: nil) }

    static func makeZip(documentName: String = "export.xml") throws -> String {
        let path = try TestFiles.folder() + "/export.zip"
        try ExportFixtures.zip(path, [
            ("apple_health_export/\(documentName)", Array(document.utf8)),
            ("apple_health_export/export_cda.xml", Array("<?xml version=\"1.0\"?><ClinicalDocument/>".utf8)),
            ("apple_health_export/workout-routes/route_2026-03-02_8.00am.gpx", route()),
            ("__MACOSX/apple_health_export/._export.xml", [0, 5, 22, 7]),
        ])
        return path
    }

    @Test(arguments: ["export.xml", "Export.xml", "导出.xml"])
    func syntheticExportWithBrokenDTDAndControlCharacters(documentName: String) async throws {
        let (summary, saved) = try await ExportFixtures.importing([try Self.makeZip(documentName: documentName)])
        #expect(summary.failed.isEmpty, "\(summary.failed)")
        #expect(summary.imported == 1)
        #expect(summary.skipped == [.walking: 1])
        #expect(summary.latestRestingHeartRate == 52)
        let run = try #require(saved.first)
        #expect(run.sport == .running)
        #expect(run.start == 1_772_434_800)
        #expect(run.utcOffsetSeconds == 3600)
        #expect(run.elapsedSeconds == 1200)
        #expect(run.movingSeconds == 1200)
        #expect(run.distanceMeters == 3500)
        #expect(run.device == "Apple Watch")
        // Watch heart rate only: the phone's 100, the Correlation child and the noon value are out.
        #expect(run.averageHeartRate == 155)
        #expect(run.maxHeartRate == 160)
        let form = run.samples.filter { $0.groundContactTimeMilliseconds != nil }
        #expect(form.count == 1)
        #expect(form.first?.powerWatts == 240)
        #expect(abs((form.first?.speedMetersPerSecond ?? 0) - 3.0) < 1e-6)
        #expect(run.samples.contains { $0.verticalOscillationMillimeters == 95 })
        #expect(run.samples.contains { abs(($0.stepLengthMillimeters ?? 0) - 1200) < 1e-3 })
        // Steps: the workout's own source (the watch) wins: 170 steps in 60 s.
        #expect(run.samples.compactMap(\.cadence) == [170])
        #expect(run.samples.filter { $0.latitude != nil }.count == 30)
    }

    @Test func rerunStoresNothingTwice() async throws {
        let path = try Self.makeZip()
        let destination = RecordingDestination()
        _ = try await ExportFixtures.importing([path], into: destination)
        let (again, saved) = try await ExportFixtures.importing([path], into: destination)
        #expect(again.imported == 0)
        #expect(again.duplicates == 1)
        #expect(saved.count == 1)
    }

    @Test func damagedDocumentKeepsTheWorkoutsBeforeTheDamage() async throws {
        let cut = Self.document.replacingOccurrences(of: "<ActivitySummary", with: "<Broken <<")
        let path = try TestFiles.folder() + "/export.xml"
        try TestFiles.write(cut, to: path)
        let (summary, saved) = try await ExportFixtures.importing([path])
        #expect(saved.count == 1)
        #expect(summary.failed.count == 1)
        #expect(summary.failed.first?.message.contains("invalid XML") == true)
        #expect(summary.exportNotes.first?.contains("stopped by an error after storing 1") == true)
    }

    @Test func anXMLFileThatIsNotHealthDataIsNotAnExport() throws {
        let path = try TestFiles.folder() + "/notes.xml"
        try TestFiles.write("<?xml version=\"1.0\"?><notes/>", to: path)
        let inputs = try ImportInputs.resolve([path])
        #expect(inputs.exports.isEmpty)
        #expect(inputs.files.count == 1)
    }
}

@Suite("Real Apple Health exports", .enabled(if: SharedTestData.folder != nil, "needs ../shared/testdata (not in the repository)"))
struct RealAppleHealthTests {
    static func path(_ relative: String) throws -> String { try #require(SharedTestData.folder) + "/" + relative }

    @Test func healthkitToSqliteZipHasOneRunWithItsRouteFile() async throws {
        let (summary, saved) = try await ExportFixtures.importing([try Self.path("healthkit-to-sqlite/export.zip")])
        #expect(summary.imported == 1)
        #expect(summary.failed.isEmpty)
        let run = try #require(saved.first)
        // startDate="2016-11-14 07:25:41 -0700", HKTimeZone America/Los_Angeles (PST, -8 h).
        #expect(run.start == 1_479_133_541)
        #expect(run.utcOffsetSeconds == -28_800)
        // totalDistance 0.4971749504535062 mi
        #expect(abs((run.distanceMeters ?? 0) - 800.1255) < 0.01)
        #expect(run.samples.contains { $0.latitude != nil })
    }

    @Test func healthkitToSqliteOldXMLIsTheSameRun() async throws {
        let destination = RecordingDestination()
        _ = try await ExportFixtures.importing([try Self.path("healthkit-to-sqlite/export.zip")], into: destination)
        let (summary, saved) = try await ExportFixtures.importing([try Self.path("healthkit-to-sqlite/export.xml")], into: destination)
        #expect(summary.imported == 0)
        #expect(summary.duplicates == 1)
        #expect(saved.count == 1)
    }

    @Test(arguments: ["apple-health-parser/export.zip", "apple-health-parser/export.xml"])
    func appleHealthParserHasNoWorkouts(relative: String) async throws {
        let (summary, saved) = try await ExportFixtures.importing([try Self.path(relative)])
        #expect(summary.failed.isEmpty, "\(summary.failed)")
        #expect(saved.isEmpty)
        #expect(summary.exportNotes.count == 1)
    }

    @Test func applehealthdataSampleHasOneOtherWorkoutAndNoRun() async throws {
        let (summary, saved) = try await ExportFixtures.importing([try Self.path("applehealthdata/export6s3sample.xml")])
        #expect(summary.failed.isEmpty, "\(summary.failed)")
        #expect(saved.isEmpty)
        #expect(summary.skipped == [.other: 1])
    }
}

@Suite("Apple Health byte filter")
struct HealthByteFilterTests {
    func run(_ chunks: [String]) -> (String, Bool) {
        var filter = HealthByteFilter()
        var out: [UInt8] = []
        var ok = true
        for chunk in chunks {
            let bytes = Array(chunk.utf8)
            ok = bytes.withUnsafeBytes { filter.filter($0) { out.append(contentsOf: $0) } } && ok
        }
        return (String(decoding: out, as: UTF8.self), ok)
    }

    @Test func doctypeSplitAcrossChunksIsBlankedAndControlsBecomeSpaces() {
        let (text, ok) = run(["<?xml version=\"1.0\"?>\n<!DOC", "TYPE HealthData [\n<!ATTLIST X\n a CDATA #IMPLIED\n]>\n<Heal",
                              "thData a=\"x\u{0B}y\">\t\r\n", String(repeating: "abcdefgh", count: 3) + "\u{01}z</HealthData>"])
        #expect(ok)
        #expect(!text.contains("DOCTYPE"))
        #expect(!text.contains("ATTLIST"))
        #expect(text.contains("<HealthData a=\"x y\">\t\r\n"))
        #expect(text.hasSuffix("abcdefghabcdefghabcdefgh z</HealthData>"))
    }

    @Test func aPrologueWithoutTheRootIsRefusedOnceTooLong() {
        let big = String(repeating: "<!-- padding -->", count: HealthByteFilter.maximumPrologue / 16 + 1)
        let (_, ok) = run([big])
        #expect(!ok)
    }
}
