/// The red-flag screen (clinical.md 1 and the combination logic of 8.15): pure, from answers
/// only. Single weak flags never raise urgency on their own (80 % of primary-care patients have
/// at least one, Henschke 2009, R4); they go to the safety net. An unanswered question never
/// raises urgency and is listed in `unknowns`.
public enum RedFlagScreen {
    /// Screens `a` and returns the raised flags (most urgent first), the overall urgency, what
    /// was left unanswered and the safety-net advice (always given).
    public static func evaluate(_ a: Answers) -> RedFlagResult {
        let ng65 = NG65Screen.evaluate(a)
        let raised = [
            caudaEquina(a), neuroDeficit(a), infection(a), malignancy(a), fracture(a),
            inflammatory(a, ng65), aorticAneurysm(a), adolescentStressFracture(a), nerveRootIrritation(a),
        ].compactMap { $0 }
        let order = RedFlagID.allCases
        let sorted = raised.sorted {
            $0.urgency != $1.urgency
                ? $0.urgency > $1.urgency
                : order.firstIndex(of: $0.id)! < order.firstIndex(of: $1.id)!
        }
        return RedFlagResult(
            urgency: sorted.map(\.urgency).max() ?? .none,
            redFlags: sorted,
            unknowns: unknowns(a, ng65),
            safetyNet: SafetyNet.advice(a, raised: sorted, ng65: ng65))
    }

    /// Age above which fracture risk counts with minor trauma (Henschke 2009, R4: age > 70).
    public static let fractureAgeAbove = 70
    /// Age above which a past cancer with back pain is urgent (Deyo 1988 via R17: age > 50, LR+ 2.7).
    public static let malignancyAgeAbove = 50
    /// Young-athlete age band for spondylolysis (R29: 10-19 years).
    public static let adolescentAges = 10...19
    /// "Persistent" for the adolescent rule: more than 14 days, the conservative end of the
    /// usual "2-3 weeks" (R29; clinical.md 1.2 design choice, spondylolysis is 47 % of cases).
    public static let adolescentPersistentDaysAbove = 14

    /// Bilateral leg symptoms: `symptoms.legPainSides == both` with leg pain (assessment.md).
    static func bilateralLegSymptoms(_ a: Answers) -> Bool {
        a.symptoms.legPainSides == .both && a.symptoms.legPain != nil && a.symptoms.legPain != Answers.LegPain.none
    }

    /// The cauda-equina items answered "yes" (clinical.md 1.2, R8/R9), as `because` keys.
    static func caudaEquinaItems(_ a: Answers) -> [String] {
        var items = ["bladderChange", "bowelChange", "saddleNumbness", "sexualDysfunction"]
            .filter { a.redFlags[$0] == true }
        if bilateralLegSymptoms(a) {
            items += ["symptoms.legPain", "symptoms.legPainSides"]
            // Weakness in both legs is a CES item; weakness in one leg is a neurological deficit.
            if a.redFlags.legWeaknessWorsening == true { items.append("legWeaknessWorsening") }
        }
        return items
    }

    /// Any nerve symptom that makes a past cancer an emergency (R16: "E if any neurological symptoms").
    static func neurologicalItems(_ a: Answers) -> [String] {
        caudaEquinaItems(a) + ["footDrop", "legWeaknessWorsening"].filter {
            a.redFlags[$0] == true && !caudaEquinaItems(a).contains($0)
        }
    }

    private static func unknowns(_ a: Answers, _ ng65: NG65Screen) -> [String] {
        let f = a.redFlags
        var out: [String] = []
        for key in Answers.RedFlags.keys where f[key] == nil {
            // Asked only as a follow-up: when nerve symptoms are present / when there is a fever.
            if key == "symptomsNewWithin14Days" && neurologicalItems(a).isEmpty { continue }
            if key == "unwell" && f.fever == false { continue }
            out.append("redFlags.\(key)")
        }
        if a.symptoms.legPain == nil {
            out.append("symptoms.legPain")
        } else if a.symptoms.legPain != Answers.LegPain.none && a.symptoms.legPainSides == nil {
            out.append("symptoms.legPainSides")
        }
        if a.age == nil { out.append("age") }
        switch ng65.gatePassed {
        case .some(true): out += ng65.unanswered
        case .none:
            if a.inflammatory.onsetAge == nil && (a.age ?? NG65Screen.gateOnsetAgeBelow) >= NG65Screen.gateOnsetAgeBelow {
                out.append("inflammatory.onsetAge")
            }
            if a.episode.durationDays == nil { out.append("episode.durationDays") }
        case .some(false): break
        }
        // The adolescent spondylolysis rule needs the duration and whether arching hurts (R29).
        if let age = a.age, adolescentAges.contains(age) {
            if a.episode.durationDays == nil { out.append("episode.durationDays") }
            if a.symptoms.worseWith == nil { out.append("symptoms.worseWith") }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }
}
