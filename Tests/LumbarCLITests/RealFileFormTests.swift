import LumbarCore
import LumbarFormats
import Testing

/// Running form from real watch files (../shared/testdata, MANIFEST.md): the FIT reader's units
/// feed the form analysis (steps/min, ms, mm, % left).
@Suite(.enabled(if: SharedTestData.available, "../shared/testdata is absent: real-file form checks skipped"))
struct RealFileFormTests {
    func run(_ path: String, sport: Sport? = nil) throws -> Activity {
        let bytes = try #require(SharedTestData.bytes(path), "missing \(path)")
        let decoded = try FITReader().decode(bytes, file: path)
        return try #require(decoded.activities.first { sport == nil ? $0.sport.isRunning : $0.sport == sport })
    }

    @Test func fenix5RunHasEveryMetricInItsUnits() throws {
        let form = FormAnalysis.run(try run("python-fitparse/garmin-fenix-5-run.fit"))
        let cadence = try #require(form.summary(.cadence))
        #expect((150...190).contains(cadence.mean), "cadence \(cadence.mean) steps/min")
        let balance = try #require(form.summary(.groundContactBalance))
        #expect((45...55).contains(balance.mean))
        let contact = try #require(form.summary(.groundContactTime))
        #expect((150...350).contains(contact.mean), "GCT \(contact.mean) ms")
        let oscillation = try #require(form.summary(.verticalOscillation))
        #expect((40...150).contains(oscillation.mean), "VO \(oscillation.mean) mm")
        #expect(form.summary(.stepLength) != nil && form.summary(.verticalRatio) != nil)
        // 21 records are not enough steady running to judge drift.
        #expect(form.drift.verdict == .notEnoughSteadyRunning)
    }

    @Test func fenix2RunIsJudgedWithContactTimeAndOscillation() throws {
        let form = FormAnalysis.run(try run("python-fitparse/activity-small-fenix2-run.fit"))
        #expect(form.summary(.groundContactTime) != nil)
        #expect(form.summary(.verticalOscillation) != nil)
        #expect(form.summary(.groundContactBalance) == nil)
        #expect(form.drift.verdict == .stable || form.drift.verdict == .degrades)
    }

    @Test func triathlonRunLegIsJudged() throws {
        let bytes = try #require(SharedTestData.bytes("python-fitparse/sample_mulitple_header.fit"))
        let decoded = try FITReader().decode(bytes, file: "sample_mulitple_header.fit")
        let leg = try #require(decoded.activities.first { $0.sport.isRunning })
        let form = FormAnalysis.run(leg)
        #expect(form.summary(.cadence) != nil)
        #expect(form.summary(.groundContactTime) != nil)
    }
}
