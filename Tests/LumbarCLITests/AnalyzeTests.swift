import Foundation
import LumbarAnalysis
import LumbarCore
import LumbarReport
import LumbarStore
import Testing
@testable import LumbarCLI

@Suite("lumbar analyze")
struct AnalyzeTests {
    static let asOf = LocalDate(year: 2026, month: 12, day: 3)

    /// A run of `km` on `date` at 7:00 UTC, 6 min/km.
    static func run(_ date: LocalDate, km: Double, hash: String) -> Activity {
        Activity(
            sport: .running, start: Double(date.daysSinceEpoch) * 86_400 + 7 * 3600, utcOffsetSeconds: 0,
            elapsedSeconds: km * 360, movingSeconds: km * 360, distanceMeters: km * 1000,
            sources: [ActivitySource(path: "\(hash).fit", contentHash: hash, format: "fit")])
    }

    static let strainAnswers = """
        {"schema": "lumbar.answers/1", "age": 35, "sex": "male",
         "episode": {"durationDays": 3, "onset": "sudden", "linkedToRun": "afterRun", "linkedRunDate": "2026-11-30"},
         "symptoms": {"location": ["oneSideMuscle"], "localTenderness": true, "painOnContraction": true,
                      "legPain": "none", "numbness": "none"},
         "redFlags": {"bladderChange": false, "bowelChange": false, "saddleNumbness": false}}
        """

    static func assembly(_ store: MemoryStore) -> AnalysisAssembly {
        AnalysisAssembly(store: store, offsetAt: { _ in 0 })
    }

    @Test func worksOnAnEmptyStoreWithOnlyAnswers() async throws {
        let output = try await Self.assembly(MemoryStore()).run(
            asOf: Self.asOf, answersJSON: ("answers.json", Self.strainAnswers))
        #expect(output.result.causes.map(\.cause).sorted() == Cause.allCases.sorted())
        #expect(output.result.unknowns.contains { $0.input == "runs" })
        #expect(output.result.unknowns.contains { $0.input == "coreTests" })
        // Unanswered red-flag questions are listed, never raising urgency.
        #expect(output.result.urgency == .none)
        #expect(output.result.unknowns.contains { $0.input == "redFlags.fever" })
    }

    @Test func aLongRunSpikeBeforeOnsetIsAStrainFinding() async throws {
        let store = MemoryStore()
        var day = Self.asOf.adding(days: -60)
        var n = 0
        while day < Self.asOf.adding(days: -3) {
            n += 1
            _ = try await store.save(Self.run(day, km: n % 3 == 0 ? 12 : 8, hash: "r\(n)"))
            day = day.adding(days: 2)
        }
        _ = try await store.save(Self.run(LocalDate(year: 2026, month: 11, day: 30), km: 20, hash: "spike"))
        let output = try await Self.assembly(store).run(asOf: Self.asOf, answersJSON: ("a.json", Self.strainAnswers))
        let strain = try #require(output.result.causes.first)
        #expect(strain.cause == .strain)
        #expect(strain.findings.contains { $0.finding.id == "sessionSpike" })
        #expect(!output.charts.weeklyDistance.isEmpty)
    }

    @Test func anEmergencyLeadsTheTerminalTextAndTheJSON() async throws {
        let answers = """
            {"schema": "lumbar.answers/1", "age": 44,
             "redFlags": {"saddleNumbness": true, "bladderChange": true, "symptomsNewWithin14Days": true}}
            """
        let output = try await Self.assembly(MemoryStore()).run(asOf: Self.asOf, answersJSON: ("a.json", answers))
        #expect(output.result.urgency == .emergency)
        #expect(output.result.redFlags.first?.id == "caudaEquina")
        let text = AnalyzeCommand.text(output, colour: false, htmlPath: nil)
        let firstLines = text.split(separator: "\n").prefix(3).joined(separator: " ").lowercased()
        #expect(firstLines.contains("emergency"))
        let json = ResultJSON.encode(output.result)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["urgency"] as? String == "emergency")
        #expect(object["schema"] as? String == "lumbar.result/1")
        #expect((object["causes"] as? [Any])?.count == 4)
    }

    @Test func badAnswersFileNamesTheFieldAndStoresNothing() async throws {
        let store = MemoryStore()
        await #expect(throws: AnalysisAssembly.Failure.self) {
            _ = try await Self.assembly(store).run(
                asOf: Self.asOf, answersJSON: ("bad.json", #"{"schema": "lumbar.answers/1", "age": "old"}"#))
        }
        do {
            _ = try await Self.assembly(store).run(
                asOf: Self.asOf, answersJSON: ("bad.json", #"{"schema": "lumbar.answers/1", "age": "old"}"#))
        } catch {
            #expect("\(error)".contains("bad.json"))
            #expect("\(error)".contains("age"))
        }
        #expect(try await store.answersHistory().isEmpty)
    }

    @Test func storedAnswersAreUsedWhenNoFileIsGiven() async throws {
        let store = MemoryStore()
        _ = try await store.saveAnswers(json: Self.strainAnswers, recordedAt: 0)
        let output = try await Self.assembly(store).run(asOf: Self.asOf, answersJSON: nil)
        #expect(output.result.causes.first?.cause == .strain)
        #expect(output.notes.isEmpty)
    }

    @Test func withoutAnswersTheRedFlagScreenIsListedAsUnknown() async throws {
        let output = try await Self.assembly(MemoryStore()).run(asOf: Self.asOf, answersJSON: nil)
        #expect(output.notes.contains { $0.contains("lumbar assess") })
        #expect(output.result.unknowns.contains { $0.input == "redFlags.bladderChange" })
        #expect(output.result.causes.allSatisfy { $0.level == .unknown })
    }

    @Test func theModelTableListsEveryRowWithItsSource() {
        let text = ModelTable.render()
        for (_, rows) in LikelihoodTable.rows {
            for row in rows {
                #expect(text.contains("\(row.id):"))
            }
        }
        #expect(text.contains("lumbar-causes/1"))
    }
}

@Suite("lumbar analyze: posture recordings")
struct AnalyzePostureTests {
    @Test func theLatestStoredSideRecordingWeighsPosture() async throws {
        var p = SyntheticRunnerParameters()
        p.trunkLeanDegrees = 22
        let analysis = try PostureAnalyzer.analyze(SyntheticRunner(p).clip().0)
        let date = LocalDate(year: 2026, month: 11, day: 20)
        let findings = PostureFindings.findings(for: analysis, date: date)
        #expect(findings.contains { $0.id == "postureTrunkLean" })
        let store = MemoryStore()
        _ = try await store.savePosture(json: analysis.json(id: nil, date: date, findings: findings), date: date)

        let output = try await AnalysisAssembly(store: store, offsetAt: { _ in 0 }).run(
            asOf: AnalyzeTests.asOf, answersJSON: ("a.json", AnalyzeTests.strainAnswers))
        let posture = try #require(output.result.causes.first { $0.cause == .posture })
        #expect(posture.findings.contains { $0.finding.id == "postureTrunkLean" && $0.finding.value ?? 0 > 15 })
        #expect(!output.result.unknowns.contains { $0.input == "postureVideo" })
    }

    @Test func withoutARecordingTheVideoIsAnUnknown() async throws {
        let output = try await AnalysisAssembly(store: MemoryStore(), offsetAt: { _ in 0 }).run(
            asOf: AnalyzeTests.asOf, answersJSON: ("a.json", AnalyzeTests.strainAnswers))
        #expect(output.result.unknowns.contains { $0.input == "postureVideo" })
    }
}
