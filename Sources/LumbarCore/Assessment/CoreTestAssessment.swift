/// A McGill battery result compared with norms, ratio targets, the Sorensen cut-offs and the
/// runner's previous result (clinical.md 4.2, 4.3, 8.7). Build it with `assess(_:sex:previous:)`.
public struct CoreTestAssessment: Sendable, Hashable {
    /// One hold against the norm mean.
    public struct Hold: Sendable, Hashable {
        /// Which hold.
        public var test: CoreTestKind
        /// The hold time, seconds.
        public var seconds: Double
        /// The norm mean for this hold, seconds.
        public var normMean: Double
        /// `seconds / normMean`, e.g. 0.42.
        public var fractionOfNorm: Double
        /// Below `CoreTestThresholds.lowFractionOfNorm`.
        public var isLow: Bool
    }

    /// One McGill ratio against its target (R42).
    public struct Ratio: Sendable, Hashable {
        /// `flexorToExtensor`, `sideRightToLeft`, `sideRightToExtensor`, `sideLeftToExtensor`.
        public var id: String
        /// The ratio of the two holds.
        public var value: Double
        /// The target in words, e.g. "at most 1.00".
        public var target: String
        /// Outside the target (CoreTestThresholds).
        public var isImbalanced: Bool
    }

    /// A change since the previous result, judged against the MDC.
    public struct Change: Sendable, Hashable {
        /// Which hold.
        public var test: CoreTestKind
        /// The date of the earlier test.
        public var previousDate: LocalDate
        /// The earlier hold, seconds.
        public var previousSeconds: Double
        /// The hold time, seconds.
        public var seconds: Double
        /// Now minus before, seconds.
        public var delta: Double { seconds - previousSeconds }
        /// `|delta| > CoreTestThresholds.minimalDetectableChangeSeconds`.
        public var isReal: Bool
    }

    /// The result assessed.
    public var result: CoreTestResult
    /// The norms it was compared with.
    public var norm: CoreTestNorm
    /// Each measured hold against its norm.
    public var holds: [Hold]
    /// The McGill ratio checks (R42).
    public var ratios: [Ratio]
    /// Changes since the previous result, per test measured both times.
    public var changes: [Change]
    /// What the Sorensen hold means for this person's sex (R44), if an extensor time exists.
    public var sorensenNote: String?

    /// Compares `result` with the norms for `sex` and with `previous` (the last earlier result).
    public static func assess(_ result: CoreTestResult, sex: Answers.Sex?, previous: CoreTestResult?)
        -> CoreTestAssessment
    {
        let norm = CoreTestNorm.norms(for: sex)
        let holds = CoreTestKind.allCases.compactMap { test -> Hold? in
            guard let s = test.seconds(in: result), let mean = norm.mean[test] else { return nil }
            return Hold(
                test: test, seconds: s, normMean: mean, fractionOfNorm: s / mean,
                isLow: s < CoreTestThresholds.lowFractionOfNorm * mean)
        }
        var changes: [Change] = []
        if let previous {
            for test in CoreTestKind.allCases {
                guard let now = test.seconds(in: result), let before = test.seconds(in: previous) else { continue }
                changes.append(Change(
                    test: test, previousDate: previous.date, previousSeconds: before, seconds: now,
                    isReal: abs(now - before) > CoreTestThresholds.minimalDetectableChangeSeconds))
            }
        }
        return CoreTestAssessment(
            result: result, norm: norm, holds: holds, ratios: ratios(result), changes: changes,
            sorensenNote: sorensenNote(result.extensorSeconds, sex: sex))
    }

    /// The McGill ratio checks for which both holds were measured (R42; not validated against
    /// outcomes, so they carry modest weight).
    public static func ratios(_ r: CoreTestResult) -> [Ratio] {
        var out: [Ratio] = []
        let max = CoreTestThresholds.flexorToExtensorMax
        if let f = r.flexorSeconds, let e = r.extensorSeconds, e > 0 {
            out.append(Ratio(id: "flexorToExtensor", value: f / e, target: "at most 1.00", isImbalanced: f / e > max))
        }
        let band = CoreTestThresholds.sideRightToLeftBand
        if let right = r.sideBridgeRightSeconds, let left = r.sideBridgeLeftSeconds, left > 0 {
            out.append(Ratio(
                id: "sideRightToLeft", value: right / left, target: "between 0.95 and 1.05",
                isImbalanced: !band.contains(right / left)))
        }
        let sideMax = CoreTestThresholds.sideToExtensorMax
        if let e = r.extensorSeconds, e > 0 {
            for (id, side) in [("sideRightToExtensor", r.sideBridgeRightSeconds), ("sideLeftToExtensor", r.sideBridgeLeftSeconds)] {
                guard let side else { continue }
                out.append(Ratio(id: id, value: side / e, target: "at most 0.75", isImbalanced: side / e > sideMax))
            }
        }
        return out
    }

    static func sorensenNote(_ seconds: Double?, sex: Answers.Sex?) -> String? {
        guard let s = seconds else { return nil }
        let shown = Int(s.rounded())
        let capNote = s > CoreTestThresholds.sorensenCap
            ? " The test is normally stopped at 240 s (R44), so anything past that adds nothing." : ""
        switch sex {
        case .male:
            if s < CoreTestThresholds.sorensenMenRiskBelow {
                return "Sorensen \(shown) s: in men, holds under 176 s predicted a first episode of back "
                    + "pain within the next year (Biering-Sorensen 1984, R44)." + capNote
            }
            if s > CoreTestThresholds.sorensenMenProtectiveAbove {
                return "Sorensen \(shown) s: in men, holds over 198 s predicted no first episode of back "
                    + "pain within the next year (R44)." + capNote
            }
            return "Sorensen \(shown) s: between the 176 s and 198 s cut-offs for men, which predict "
                + "neither way (R44)." + capNote
        case .female:
            return "Sorensen \(shown) s: the 176 s cut-off that predicts back pain was found in men; it has "
                + "no predictive value shown in women (R44), so only the norm comparison applies." + capNote
        case .other, .undisclosed, nil:
            return "Sorensen \(shown) s: the 176 s cut-off that predicts back pain was found in men only "
                + "(R44); it is not applied here." + capNote
        }
    }
}
