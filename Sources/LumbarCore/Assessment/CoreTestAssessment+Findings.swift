extension CoreTestAssessment {
    /// The findings for the cause engine (origin `coreTests`): low endurance, ratio imbalance or
    /// good endurance (weighted, `Evidence.coreTestRows`), plus the Sorensen note and real changes
    /// since the last test (information only).
    public var findings: [Finding] {
        var out: [Finding] = []
        let dates = [result.date]
        let low = holds.filter(\.isLow)
        if let worst = low.min(by: { $0.fractionOfNorm < $1.fractionOfNorm }) {
            let list = low.map { "\($0.test.title) \(Self.s($0.seconds)) (\(Self.pct($0.fractionOfNorm)) of \(Self.s($0.normMean)))" }
            out.append(Finding(
                id: Evidence.coreEnduranceLow.id, value: Self.round(worst.fractionOfNorm * 100), unit: "% of norm",
                threshold: CoreTestThresholds.lowFractionOfNorm * 100, evidence: .coreEnduranceLow,
                text: "Low core endurance on \(result.date): \(list.joined(separator: "; ")), against the mean of "
                    + "\(norm.cohort) (\(norm.source)). Below 50 % of the mean counts as low (clinical.md 8.7).",
                dates: dates, origin: "coreTests"))
        } else if holds.count >= CoreTestThresholds.goodMinimumTests,
            let weakest = holds.min(by: { $0.fractionOfNorm < $1.fractionOfNorm }),
            weakest.fractionOfNorm >= CoreTestThresholds.goodFractionOfNorm
        {
            out.append(Finding(
                id: Evidence.coreEnduranceGood.id, value: Self.round(weakest.fractionOfNorm * 100), unit: "% of norm",
                threshold: CoreTestThresholds.goodFractionOfNorm * 100, evidence: .coreEnduranceGood,
                text: "Good core endurance on \(result.date): every hold is at or above the mean of \(norm.cohort) "
                    + "(\(norm.source)); your weakest was the \(weakest.test.title) at \(Self.pct(weakest.fractionOfNorm)).",
                dates: dates, origin: "coreTests"))
        }
        let off = ratios.filter(\.isImbalanced)
        if let first = off.first {
            let list = off.map { "\(Self.ratioName($0.id)) \(Self.two($0.value)) (target \($0.target))" }
            out.append(Finding(
                id: Evidence.coreRatioImbalance.id, value: Self.round(first.value, 2), unit: "ratio",
                threshold: Self.limit(first), evidence: .coreRatioImbalance,
                text: "Core imbalance on \(result.date): \(list.joined(separator: "; ")). McGill's targets (R42) "
                    + "come from young healthy adults and were not tested against back pain, so this weighs little.",
                dates: dates, origin: "coreTests"))
        }
        if let note = sorensenNote, let e = result.extensorSeconds {
            out.append(Finding(
                id: "sorensenPrediction", value: Self.round(e), unit: "s",
                threshold: CoreTestThresholds.sorensenMenRiskBelow, evidence: nil, source: "R44",
                text: note, dates: dates, origin: "coreTests"))
        }
        for c in changes where c.isReal {
            out.append(Finding(
                id: "coreTestChange", value: Self.round(c.delta), unit: "s",
                threshold: CoreTestThresholds.minimalDetectableChangeSeconds, evidence: nil, source: "R44",
                text: "Your \(c.test.title) went from \(Self.s(c.previousSeconds)) on \(c.previousDate) to "
                    + "\(Self.s(c.seconds)) on \(result.date): \(c.delta > 0 ? "up" : "down") "
                    + "\(Self.s(abs(c.delta))), more than the 43 s a re-test can vary by chance (R44).",
                dates: [c.previousDate, result.date], origin: "coreTests"))
        }
        return out
    }

    /// Core-test findings for an analysis as of `asOf`: the answers' own times when given (dated
    /// `coreTests.testedOn`, else `asOf`), otherwise the latest stored result on or before
    /// `asOf`; compared with the stored result before it.
    public static func findings(answers: Answers, history: [CoreTestResult], asOf: LocalDate) -> [Finding] {
        let c = answers.coreTests
        let past = history.filter { $0.date <= asOf }.sorted { $0.date < $1.date }
        let current: CoreTestResult
        if c.flexorSeconds != nil || c.extensorSeconds != nil || c.sideBridgeRightSeconds != nil
            || c.sideBridgeLeftSeconds != nil
        {
            current = CoreTestResult(
                date: c.testedOn ?? asOf, flexorSeconds: c.flexorSeconds, extensorSeconds: c.extensorSeconds,
                sideBridgeRightSeconds: c.sideBridgeRightSeconds, sideBridgeLeftSeconds: c.sideBridgeLeftSeconds)
        } else if let last = past.last {
            current = last
        } else {
            return []
        }
        let previous = past.last { $0.date < current.date }
        return assess(current, sex: answers.sex, previous: previous).findings
    }

    static func round(_ d: Double, _ digits: Int = 0) -> Double { JSONWriter.round(d, digits) }
    static func s(_ d: Double) -> String { "\(Int(d.rounded())) s" }
    static func pct(_ f: Double) -> String { "\(Int((f * 100).rounded())) %" }
    /// A ratio with two decimals, e.g. `0.66`.
    public static func two(_ d: Double) -> String {
        let r = Int((d * 100).rounded())
        return "\(r / 100).\(r % 100 < 10 ? "0" : "")\(r % 100)"
    }
    /// A ratio id in words, e.g. `flexor/extensor`.
    public static func ratioName(_ id: String) -> String {
        switch id {
        case "flexorToExtensor": "flexor/extensor"
        case "sideRightToLeft": "right/left side bridge"
        case "sideRightToExtensor": "right side bridge/extensor"
        default: "left side bridge/extensor"
        }
    }
    static func limit(_ r: Ratio) -> Double {
        switch r.id {
        case "flexorToExtensor": CoreTestThresholds.flexorToExtensorMax
        case "sideRightToLeft":
            r.value < 1 ? CoreTestThresholds.sideRightToLeftBand.lowerBound : CoreTestThresholds.sideRightToLeftBand.upperBound
        default: CoreTestThresholds.sideToExtensorMax
        }
    }
}
