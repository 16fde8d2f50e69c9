import Foundation
import LumbarCore
import LumbarReport

/// A fixed, realistic strain case with a `soon` red flag, a synthetic load finding and missing
/// inputs, used by the golden files and the renderer tests.
enum ReportFixtures {
    static let asOf = LocalDate(year: 2026, month: 11, day: 27)

    static var answers: Answers {
        var a = Answers()
        a.age = 41
        a.heightCm = 178
        a.weightKg = 82
        a.episode.durationDays = 9
        a.episode.onset = .sudden
        a.episode.linkedToRun = .duringRun
        a.episode.linkedRunDate = LocalDate(year: 2026, month: 11, day: 18)
        a.episode.trainingChange = [.longerLongRun]
        a.symptoms.location = [.oneSideMuscle]
        a.symptoms.localTenderness = true
        a.symptoms.painOnContraction = true
        a.symptoms.legPain = Answers.LegPain.none
        a.symptoms.worseWith = [.bendingForward]
        a.symptoms.morningStiffnessMinutes = 15
        a.history.coreSessionsPerWeek = 0
        a.pain.now = 4
        return a
    }

    static let spikeRow = Evidence(
        id: "sessionSpike", likelihoodRatios: [.strain: 2.0], source: "R69", basis: .published,
        rationale: "Single-session spike above 10 % of the 30-day longest run.")

    static let coreRow = Evidence(
        id: "lowCoreEndurance", likelihoodRatios: [.conditioning: 2.0], source: "R41; clinical.md 8.7 default",
        basis: .documentedDefault, rationale: "A hold under half the norm mean.")

    static var input: AnalysisInput {
        let spike = Finding(id: "sessionSpike", value: 48, unit: "%", threshold: 10, evidence: spikeRow,
                            text: "Your run on 18 Nov was 48 % longer than your longest run in the 30 days before.",
                            dates: [LocalDate(year: 2026, month: 11, day: 18)], origin: "load")
        let flags = RedFlagSummary(
            urgency: .soon,
            redFlags: [ResultRedFlag(id: "inflammatory", urgency: .soon, because: ["wakesSecondHalfOfNight", "alternatingButtockPain"],
                                     advice: "Ask your GP about a rheumatology referral <within weeks> & mention the night waking.")],
            unknowns: ["fever", "historyOfCancer"])
        return AnalysisInput(
            asOf: asOf, findings: SymptomFindings.findings(from: answers) + [spike], redFlags: flags, answers: answers,
            missingInputs: [MissingInput(input: "coreTests", origin: "coreTests", rows: [coreRow])],
            planInputs: PlanInputs(recentWeeklyKm: [28, 31, 30, 44], longestRunKm30Days: 21, cadenceStepsPerMinute: 164))
    }

    static var result: AnalysisResult { Analysis.run(input) }

    static let weeklyKm: [Double] = [26, 30, 28, 31, 29, 31, 30, 44]

    static var weeks: [WeeklyDistance] {
        let first = LocalDate(year: 2026, month: 10, day: 5)
        return weeklyKm.enumerated().map { i, km in WeeklyDistance(weekStart: first.adding(days: i * 7), km: km) }
    }

    static let charts = ReportCharts(
        weeklyDistance: weeks,
        painRuns: [
            PainRunPoint(date: LocalDate(year: 2026, month: 11, day: 14), km: 8, painAfter: 1),
            PainRunPoint(date: LocalDate(year: 2026, month: 11, day: 18), km: 21, painAfter: 6),
            PainRunPoint(date: LocalDate(year: 2026, month: 11, day: 22), km: 5, painAfter: nil),
        ],
        coreTimes: [
            CoreTimeBar(name: "Trunk flexor", seconds: 62, norm: 144),
            CoreTimeBar(name: "Trunk extensor", seconds: 110, norm: 146),
            CoreTimeBar(name: "Side bridge right", seconds: 40, norm: 94),
            CoreTimeBar(name: "Side bridge left", seconds: 52, norm: 97),
        ])

    /// The folder of golden files beside this source file.
    static func goldenURL(_ name: String, file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
    }

    /// Compares `text` with the golden file; writes it instead when LUMBAR_UPDATE_GOLDEN=1.
    static func matchesGolden(_ text: String, _ name: String) throws -> Bool {
        let url = goldenURL(name)
        if ProcessInfo.processInfo.environment["LUMBAR_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return true
        }
        return try String(contentsOf: url, encoding: .utf8) == text
    }
}
