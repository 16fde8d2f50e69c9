import Testing
import LumbarCore
@testable import LumbarReport

@Suite struct ResultJSONTests {
    @Test func emptyAnalysisWritesAllFourCausesAsUnknown() {
        let result = Analysis.run(AnalysisInput(asOf: LocalDate(year: 2026, month: 11, day: 27), findings: []))
        let json = ResultJSON.encode(result)
        #expect(json.hasPrefix(#"{"schema":"lumbar.result/1","asOf":"2026-11-27","model":"lumbar-causes/1","urgency":"none","redFlags":[],"causes":[{"id":"strain""#))
        #expect(json.components(separatedBy: #""level":"unknown""#).count == 5)
    }
}
