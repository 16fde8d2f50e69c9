import Foundation
import LumbarCore
import LumbarReport
import LumbarStore

/// Gathers every piece of the runner's evidence from the store (and an answers file) and runs
/// the cause engine: the one place where load, answers, red flags, core tests, the pain diary,
/// running form and posture meet. `lumbar analyze`, `lumbar report` and the dashboard call it.
public struct AnalysisAssembly: Sendable {
    /// The result, the charts for the HTML report, and what the terminal adds around it.
    public struct Output: Sendable {
        public var result: AnalysisResult
        public var charts: ReportCharts
        /// Safety-net advice from the red-flag screen: always shown after the screen's result.
        public var safetyNet: [String]
        /// Where the answers came from and anything the runner should know about the inputs.
        public var notes: [String]
    }

    /// Why an analysis could not start.
    public enum Failure: Error, CustomStringConvertible {
        case answersFile(path: String, reason: String)
        case storedAnswers(id: Int64, reason: String)

        public var description: String {
            switch self {
            case .answersFile(let path, let reason): "\(path): \(reason)"
            case .storedAnswers(let id, let reason):
                "the stored answers (set \(id)) can no longer be read: \(reason). Answer again with `lumbar assess`."
            }
        }
    }

    public var store: any Store
    /// UTC seconds -> the configured zone's offset at that instant (dates runs whose file has none).
    public var offsetAt: @Sendable (Double) -> Int

    public init(store: any Store, offsetAt: @escaping @Sendable (Double) -> Int) {
        self.store = store
        self.offsetAt = offsetAt
    }

    /// Runs the whole analysis as of `asOf`. `answersJSON` (the text of an answers file, with its
    /// path for messages) wins over the latest stored answers.
    public func run(asOf: LocalDate, answersJSON: (path: String, text: String)?) async throws -> Output {
        var notes: [String] = []
        let offset = offsetAt(Double(asOf.daysSinceEpoch) * 86_400)
        let answers = try await loadAnswers(answersJSON, notes: &notes)
        let settings = try await store.settings()
        let pain = try await store.painEntries()
        let stored = try await store.activities(from: nil, through: asOf, withSamples: true)
        // Each run dated in its own zone offset (summer/winter), RPE from the diary feeding its load.
        let runs = DiaryRPE.apply(pain, to: stored.map { run in
            var r = run
            if r.utcOffsetSeconds == nil { r.utcOffsetSeconds = offsetAt(r.start) }
            return r
        }).filter { $0.sport.isRunning }

        var findings: [Finding] = []
        var missing: [MissingInput] = []

        // Training load (clinical.md 6, 8.9): the 14 days before the pain began.
        if runs.isEmpty {
            missing.append(MissingInput(input: "runs", origin: "load", rows: Evidence.loadRows))
        } else {
            let load = LoadReport.make(
                activities: runs, settings: settings, asOf: asOf, onset: onset(answers, asOf: asOf),
                fallbackOffsetSeconds: offset)
            findings += load.findings
        }

        // Answers: symptom pattern, red flags, core tests (from the answers and the stored history).
        var redFlags = RedFlagSummary.clear
        var safetyNet: [String] = []
        let coreHistory = try await store.coreTests().filter { $0.date <= asOf }
        if let answers {
            findings += SymptomFindings.findings(from: answers)
            let screen = RedFlagScreen.evaluate(answers)
            redFlags = RedFlagSummary(
                urgency: screen.urgency,
                redFlags: screen.redFlags.map {
                    ResultRedFlag(id: $0.id.rawValue, urgency: $0.urgency, because: $0.because, advice: $0.advice)
                },
                unknowns: screen.unknowns)
            safetyNet = screen.safetyNet
        } else {
            notes.append("No answers yet: run `lumbar assess` (or pass --answers FILE). The red-flag screen needs them.")
            redFlags = RedFlagSummary(unknowns: Answers.RedFlags.keys)
        }
        let coreFindings = CoreTestAssessment.findings(answers: answers ?? Answers(), history: coreHistory, asOf: asOf)
        findings += coreFindings
        if coreHistory.isEmpty && answers?.coreTests.extensorSeconds == nil && answers?.coreTests.flexorSeconds == nil {
            missing.append(MissingInput(input: "coreTests", origin: "coreTests", rows: Evidence.coreTestRows))
        }

        // Pain diary n-of-1 (from 8 runs with pain logged).
        let diary = PainDiaryAnalysis.analyse(activities: runs, pain: pain, fallbackOffsetSeconds: offset)
        findings += diary.findings
        if diary.runsWithPain < PainDiaryAnalysis.minimumRuns { missing.append(.painDiary) }

        findings += try await formAndPostureFindings(runs: runs, asOf: asOf, missing: &missing)

        var plan = PlanInputs(activities: runs, asOf: asOf, answers: answers ?? Answers(), fallbackOffsetSeconds: offset)
        if plan.cadenceStepsPerMinute == nil { plan.cadenceStepsPerMinute = Self.typicalCadence(runs) }
        let result = Analysis.run(AnalysisInput(
            asOf: asOf, findings: findings, redFlags: redFlags, answers: answers, missingInputs: missing,
            planInputs: plan))

        let sex = answers?.sex ?? settings.sex.flatMap(Answers.Sex.init(rawValue:))
        let charts = ReportCharts(
            weeklyDistance: WeeklyDistance.series(activities: runs, asOf: asOf, fallbackOffsetSeconds: offset),
            painRuns: PainRunPoint.series(diary.runs),
            coreTimes: Self.coreBars(latest: Self.latestCoreTest(answers: answers, history: coreHistory), sex: sex))
        return Output(result: result, charts: charts, safetyNet: safetyNet, notes: notes)
    }

    /// The answers file when given, otherwise the latest stored set.
    private func loadAnswers(_ file: (path: String, text: String)?, notes: inout [String]) async throws -> Answers? {
        if let file {
            do {
                let decoded = try AnswersDecoder.decode(file.text)
                notes += decoded.warnings.map { "\(file.path): \($0)" }
                return decoded.answers
            } catch {
                throw Failure.answersFile(path: file.path, reason: "\(error)")
            }
        }
        guard let latest = try await store.answersHistory().last else { return nil }
        do {
            return try AnswersDecoder.decode(latest.json).answers
        } catch {
            throw Failure.storedAnswers(id: latest.id, reason: "\(error)")
        }
    }

    /// When the pain began: the date of the run it started with, else `durationDays` before the
    /// analysis date; nil when the answers say neither (the load findings then look at the 14
    /// days before the analysis date, clinical.md 8.9).
    func onset(_ answers: Answers?, asOf: LocalDate) -> LocalDate? {
        if let run = answers?.episode.linkedRunDate, answers?.episode.linkedToRun != RunLink.none { return run }
        if let days = answers?.episode.durationDays { return asOf.adding(days: -days) }
        return nil
    }

    private typealias RunLink = Answers.RunLink

    /// The latest core-test times: the stored history's newest, or the answers' when newer.
    static func latestCoreTest(answers: Answers?, history: [CoreTestResult]) -> CoreTestResult? {
        var latest = history.last
        if let c = answers?.coreTests, c.flexorSeconds != nil || c.extensorSeconds != nil
            || c.sideBridgeLeftSeconds != nil || c.sideBridgeRightSeconds != nil
        {
            let date = c.testedOn ?? LocalDate(year: 1970, month: 1, day: 1)
            if latest == nil || date >= latest!.date {
                latest = CoreTestResult(
                    date: date, flexorSeconds: c.flexorSeconds, extensorSeconds: c.extensorSeconds,
                    sideBridgeRightSeconds: c.sideBridgeRightSeconds, sideBridgeLeftSeconds: c.sideBridgeLeftSeconds)
            }
        }
        return latest
    }

    /// Bars for the core-times chart against the norm for the runner's sex (R41/R43).
    static func coreBars(latest: CoreTestResult?, sex: Answers.Sex?) -> [CoreTimeBar] {
        guard let latest else { return [] }
        let norm = CoreTestNorm.norms(for: sex)
        return CoreTestKind.allCases.compactMap { kind in
            guard let seconds = kind.seconds(in: latest), let mean = norm.mean[kind] else { return nil }
            return CoreTimeBar(name: kind.title, seconds: seconds, norm: mean)
        }
    }

    /// The median of the runs' average cadence over the last runs that recorded it (steps/min),
    /// for the posture plan's "+5-10 % of your cadence" (R55).
    static func typicalCadence(_ runs: [Activity]) -> Double? {
        let cadences = runs.suffix(20).compactMap { run -> Double? in
            let values = run.samples.compactMap(\.cadence).filter { $0 >= 130 }
            guard values.count >= 10 else { return nil }
            return values.reduce(0, +) / Double(values.count)
        }.sorted()
        guard !cadences.isEmpty else { return nil }
        return cadences[cadences.count / 2]
    }
}
