/// The four holds of the McGill torso-endurance battery (clinical.md 4.1, R41).
public enum CoreTestKind: String, Sendable, Hashable, CaseIterable {
    case flexor, extensor, sideBridgeRight, sideBridgeLeft

    /// Words a runner understands.
    public var title: String {
        switch self {
        case .flexor: "trunk flexor hold"
        case .extensor: "back extensor (Sorensen) hold"
        case .sideBridgeRight: "right side bridge"
        case .sideBridgeLeft: "left side bridge"
        }
    }

    /// This test's hold time in a result, if measured.
    public func seconds(in r: CoreTestResult) -> Double? {
        switch self {
        case .flexor: r.flexorSeconds
        case .extensor: r.extensorSeconds
        case .sideBridgeRight: r.sideBridgeRightSeconds
        case .sideBridgeLeft: r.sideBridgeLeftSeconds
        }
    }
}

/// Normative hold times of one cohort (clinical.md 4.2): mean and SD in seconds per test.
public struct CoreTestNorm: Sendable, Hashable {
    /// Who was measured, in words.
    public var cohort: String
    /// The clinical.md reference.
    public var source: String
    /// Mean hold per test, seconds.
    public var mean: [CoreTestKind: Double]
    /// Standard deviation per test, seconds.
    public var sd: [CoreTestKind: Double]

    /// McGill 1999, young healthy men (n=31): flexor 144 (76), extensor 146 (51), side bridge
    /// R 94 (34), L 97 (35). R41 [m], consistent with the abstract's ratios.
    public static let mcGillMen = CoreTestNorm(
        cohort: "McGill 1999, healthy young men", source: "R41",
        mean: [.flexor: 144, .extensor: 146, .sideBridgeRight: 94, .sideBridgeLeft: 97],
        sd: [.flexor: 76, .extensor: 51, .sideBridgeRight: 34, .sideBridgeLeft: 35])

    /// McGill 1999, young healthy women (n=44): flexor 149 (99), extensor 189 (60), side bridge
    /// R 72 (31), L 77 (35). R41 [m].
    public static let mcGillWomen = CoreTestNorm(
        cohort: "McGill 1999, healthy young women", source: "R41",
        mean: [.flexor: 149, .extensor: 189, .sideBridgeRight: 72, .sideBridgeLeft: 77],
        sd: [.flexor: 99, .extensor: 60, .sideBridgeRight: 31, .sideBridgeLeft: 35])

    /// Healthy adults 18-55, both sexes pooled (n=116): flexor 160 (102), extensor 101 (51),
    /// side bridge R 54 (25), L 55 (28). R43 [v]. Used for sex `other`, `undisclosed` or unknown
    /// (assessment.md).
    public static let pooledAdults = CoreTestNorm(
        cohort: "healthy adults 18-55, women and men pooled", source: "R43",
        mean: [.flexor: 160, .extensor: 101, .sideBridgeRight: 54, .sideBridgeLeft: 55],
        sd: [.flexor: 102, .extensor: 51, .sideBridgeRight: 25, .sideBridgeLeft: 28])

    /// The norms to compare a runner with: by sex for women and men (McGill, clinical.md 8.7),
    /// pooled adults otherwise.
    public static func norms(for sex: Answers.Sex?) -> CoreTestNorm {
        switch sex {
        case .male: mcGillMen
        case .female: mcGillWomen
        case .other, .undisclosed, nil: pooledAdults
        }
    }
}
