import Foundation
import LumbarCore
import Testing
@testable import LumbarReport

@Suite struct ResultJSONTests {
    @Test func matchesTheGoldenFile() throws {
        let json = ResultJSON.encode(ReportFixtures.result, pretty: true) + "\n"
        #expect(try ReportFixtures.matchesGolden(json, "result-strain.json"),
                "regenerate with LUMBAR_UPDATE_GOLDEN=1 after a deliberate change")
    }

    @Test func isByteStable() {
        #expect(ResultJSON.encode(ReportFixtures.result) == ResultJSON.encode(ReportFixtures.result))
    }

    @Test func hasExactlyTheContractShape() throws {
        let data = Data(ResultJSON.encode(ReportFixtures.result).utf8)
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(doc.keys) == ["schema", "asOf", "model", "urgency", "redFlags", "causes", "unknowns", "plan"])
        #expect(doc["schema"] as? String == "lumbar.result/1")
        #expect(doc["asOf"] as? String == "2026-11-27")
        #expect(doc["model"] as? String == "lumbar-causes/1")
        #expect(doc["urgency"] as? String == "soon")
        let causes = try #require(doc["causes"] as? [[String: Any]])
        #expect(causes.compactMap { $0["id"] as? String }.sorted() == ["conditioning", "disc", "posture", "strain"])
        #expect(causes.first?["id"] as? String == "strain")
        #expect(causes.first?["level"] as? String == "likely")
        let probs = causes.compactMap { $0["probability"] as? Double }
        #expect(probs == probs.sorted(by: >))
        let finding = try #require((causes.first?["findings"] as? [[String: Any]])?.first { $0["id"] as? String == "sessionSpike" })
        #expect(Set(finding.keys) == ["id", "value", "unit", "threshold", "direction", "likelihoodRatio", "source", "text"])
        #expect(finding["value"] as? Double == 48)
        #expect(finding["direction"] as? String == "for")
        #expect(finding["likelihoodRatio"] as? Double == 2)
        let flag = try #require((doc["redFlags"] as? [[String: Any]])?.first)
        #expect(Set(flag.keys) == ["id", "urgency", "because", "advice"])
        let unknowns = try #require(doc["unknowns"] as? [[String: Any]])
        #expect(unknowns.prefix(2).compactMap { $0["input"] as? String } == ["redFlags.fever", "redFlags.historyOfCancer"])
        #expect(unknowns.allSatisfy { Set($0.keys) == ["input", "wouldInform"] })
        let plan = try #require(doc["plan"] as? [[String: Any]])
        #expect(plan.compactMap { $0["cause"] as? String }.prefix(2) == ["redFlags", "strain"])
        #expect(plan.allSatisfy { Set($0.keys) == ["cause", "steps", "recheckOn"] })
    }

    @Test func emptyAnalysisIsAllUnknown() {
        let json = ResultJSON.encode(Analysis.run(AnalysisInput(asOf: ReportFixtures.asOf, findings: [])))
        #expect(json.hasPrefix(#"{"schema":"lumbar.result/1","asOf":"2026-11-27","model":"lumbar-causes/1","urgency":"none","redFlags":[],"causes":[{"id":"strain","probability":0.35,"level":"unknown","findings":[]}"#))
        #expect(json.components(separatedBy: #""level":"unknown""#).count == 5)
    }
}
