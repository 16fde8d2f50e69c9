import Testing
@testable import LumbarCore

@Suite struct PainDiaryAnalysisTests {
    static let day0 = LocalDate(year: 2026, month: 9, day: 1)

    /// Runs every 2-3 days; `pain(i, km, descent)` gives the after-run pain.
    func diary(count: Int, km: (Int) -> Double, descent: (Int) -> Double = { _ in 50 },
               pain: (Int, Double, Double) -> Double?) -> ([Activity], [PainEntry]) {
        var activities: [Activity] = []
        var entries: [PainEntry] = []
        for i in 0..<count {
            let date = Self.day0.adding(days: i * 2 + (i % 3 == 0 ? 1 : 0))
            let start = Double(date.daysSinceEpoch) * 86_400 + 7 * 3600
            let d = km(i), desc = descent(i)
            let id = ActivityID("run\(i)")
            activities.append(Activity(id: id, sport: .running, start: start, elapsedSeconds: d * 330,
                                       distanceMeters: d * 1000, descentMeters: desc))
            if let p = pain(i, d, desc) {
                entries.append(PainEntry(date: date, activityID: i % 2 == 0 ? id : nil, afterRun: p, nextMorning: p / 2))
            }
        }
        return (activities, entries)
    }

    @Test func painRisingWithDistanceSupportsConditioning() throws {
        let distances: [Double] = [5, 12, 7, 16, 6, 10, 14, 8, 18, 9, 11, 6]
        let (runs, pain) = diary(count: distances.count, km: { distances[$0] }, pain: { _, km, _ in (km / 3).rounded() })
        let report = PainDiaryAnalysis.analyse(activities: runs, pain: pain)
        #expect(report.runsWithPain == 12)
        let f = try #require(report.findings.first { $0.id == "painRisesWithRunLength" })
        #expect(f.direction(for: .conditioning) == .for)
        #expect((f.value ?? 0) > 0.9)
        #expect(f.text.contains("12 of your runs"))
        #expect(f.origin == "painDiary")
        #expect(!report.findings.contains { $0.id == "painAfterDescent" }, "descent is constant")
    }

    @Test func painAfterDescentSupportsPosture() throws {
        let descents: [Double] = [20, 300, 80, 250, 40, 400, 150, 60, 350, 100]
        let (runs, pain) = diary(count: 10, km: { 8 + Double($0 % 2) }, descent: { descents[$0] },
                                 pain: { _, _, desc in (desc / 60).rounded() })
        let report = PainDiaryAnalysis.analyse(activities: runs, pain: pain)
        #expect(report.findings.map(\.id).contains("painAfterDescent"))
    }

    @Test func spikeFeatureFollowsFrandsenDefinition() throws {
        let distances: [Double] = [10, 10, 10, 15, 8, 20]
        let (runs, _) = diary(count: 6, km: { distances[$0] }, pain: { _, _, _ in nil })
        let linked = DiaryLinker.runs(activities: runs, pain: [], fallbackOffsetSeconds: 0)
        #expect(linked[0].features[.sessionSpike] == nil, "no earlier run")
        #expect(linked[3].features[.sessionSpike] == 50)
        #expect(linked[5].features[.sessionSpike].map { ($0 * 1000).rounded() / 1000 } == 33.333)
        #expect(linked[1].features[.daysSincePreviousRun] == 1)
    }

    @Test func fewerThanEightRunsGiveNoCorrelations() {
        let (runs, pain) = diary(count: 7, km: { Double($0 + 5) }, pain: { _, km, _ in km })
        let report = PainDiaryAnalysis.analyse(activities: runs, pain: pain)
        #expect(report.correlations.isEmpty)
        #expect(report.findings.isEmpty)
    }

    @Test func unrelatedPainGivesNoFinding() {
        let painValues: [Double] = [3, 1, 4, 1, 5, 2, 6, 2, 5, 3]
        let (runs, pain) = diary(count: 10, km: { Double(5 + $0) }, pain: { i, _, _ in painValues[(i * 7) % 10] })
        let report = PainDiaryAnalysis.analyse(activities: runs, pain: pain)
        #expect(!report.correlations.isEmpty)
        #expect(report.findings.isEmpty)
    }

    @Test func resultIsDeterministic() {
        let distances: [Double] = [5, 12, 7, 16, 6, 10, 14, 8, 18, 9]
        let (runs, pain) = diary(count: 10, km: { distances[$0] }, pain: { _, km, _ in (km / 4).rounded() })
        #expect(PainDiaryAnalysis.analyse(activities: runs, pain: pain) == PainDiaryAnalysis.analyse(activities: runs, pain: pain))
    }
}
