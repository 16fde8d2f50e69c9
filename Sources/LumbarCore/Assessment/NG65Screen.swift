/// The NICE NG65 spondyloarthritis referral rule (clinical.md 1.4, R15): a gate (back pain that
/// began before 45 and has lasted more than 3 months), then a count of nine features.
/// "Improves with movement" is one feature among nine: on its own it never raises suspicion,
/// which matters because most runners feel better moving (clinical.md 1.4).
public struct NG65Screen: Sendable, Hashable {
    /// Onset must be before this age (R15).
    public static let gateOnsetAgeBelow = 45
    /// The pain must have lasted more than 3 months; the contract counts that as > 90 days.
    public static let gateDurationDaysAbove = 90
    /// The "onset before 35" feature (R15).
    public static let earlyOnsetAgeBelow = 35
    /// ≥ 4 features: refer to rheumatology (R15).
    public static let referCount = 4
    /// Exactly 3 features: HLA-B27 test, refer if positive (R15).
    public static let hlaB27Count = 3

    /// `true` gate passed, `false` failed, `nil` not enough answers to tell.
    public var gatePassed: Bool?
    /// The answers that settled the gate (contract paths).
    public var gateBecause: [String]
    /// Features present, as contract paths (e.g. `inflammatory.psoriasis`).
    public var features: [String]
    /// Features not answered (contract paths); they could raise the count.
    public var unanswered: [String]

    /// Number of features present.
    public var count: Int { features.count }

    /// Applies the gate and the count to `a`. Onset age comes from `inflammatory.onsetAge`, or
    /// from `age` when that alone settles it (pain cannot start after today's age).
    public static func evaluate(_ a: Answers) -> NG65Screen {
        let f = a.inflammatory
        var gateBecause: [String] = []
        var onsetBefore45: Bool?
        if let onset = f.onsetAge {
            onsetBefore45 = onset < gateOnsetAgeBelow
            gateBecause.append("inflammatory.onsetAge")
        } else if let age = a.age, age < gateOnsetAgeBelow {
            onsetBefore45 = true
            gateBecause.append("age")
        }
        let longLasting = a.episode.durationDays.map { $0 > gateDurationDaysAbove }
        if longLasting != nil { gateBecause.append("episode.durationDays") }
        let gate: Bool? =
            if onsetBefore45 == false || longLasting == false { false }
            else if onsetBefore45 == true && longLasting == true { true }
            else { nil }

        var features: [String] = []
        var unanswered: [String] = []
        func count(_ value: Bool?, _ path: String) {
            if value == true { features.append(path) } else if value == nil { unanswered.append(path) }
        }
        if let onset = f.onsetAge {
            if onset < earlyOnsetAgeBelow { features.append("inflammatory.onsetAge") }
        } else if let age = a.age, age < earlyOnsetAgeBelow {
            features.append("age")
        } else {
            unanswered.append("inflammatory.onsetAge")
        }
        count(f.wakesSecondHalfOfNight, "inflammatory.wakesSecondHalfOfNight")
        if a.symptoms.location?.contains(.buttock) == true {
            features.append("symptoms.location")
        } else {
            count(f.alternatingButtockPain, "inflammatory.alternatingButtockPain")
        }
        count(f.improvesWithMovement, "inflammatory.improvesWithMovement")
        count(f.improvesWithNSAIDsWithin48h, "inflammatory.improvesWithNSAIDsWithin48h")
        count(f.familySpA, "inflammatory.familySpA")
        count(f.arthritis, "inflammatory.arthritis")
        count(f.enthesitis, "inflammatory.enthesitis")
        count(f.psoriasis, "inflammatory.psoriasis")
        return NG65Screen(gatePassed: gate, gateBecause: gateBecause, features: features, unanswered: unanswered)
    }
}
