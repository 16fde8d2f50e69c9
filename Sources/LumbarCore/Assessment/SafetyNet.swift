/// Safety-net advice (clinical.md 1.2 tier N, 8.15): always given, whatever the screen found.
public enum SafetyNet {
    /// What to do if cauda-equina signs appear (GIRFT, R8).
    public static let caudaEquina =
        "Go to an emergency department at once if you notice numbness between your legs or around "
        + "your bottom, new trouble passing or holding urine or stool, new sexual problems, pain or "
        + "numbness in both legs, or leg weakness that is getting worse (cauda equina warning signs, R8)."
    /// What to do if infection or cancer signs appear (R2, R10).
    public static let systemic =
        "See a doctor within a day or two if you get a fever or feel unwell with the back pain, pain "
        + "that is constant and not eased by lying down or at night, or weight loss you cannot explain "
        + "(R2, R10)."
    /// When slow recovery warrants a review (clinical.md 8.13; ACR 6-week trigger, R12).
    public static let noImprovement =
        "See a GP or physiotherapist if the pain has not clearly improved after 4-6 weeks of sensible "
        + "self-care (clinical.md 8.13, R12)."
    /// Red flags change: answer them again (clinical.md 8.15).
    public static let rescreen = "Answer the red-flag questions again at every check-in: things can change (clinical.md 8.15)."

    /// The advice for these answers: the general items, then any single weak flags reported that
    /// raised nothing on their own, then NG65 and adolescent notes where they apply.
    static func advice(_ a: Answers, raised: [RedFlag], ng65: NG65Screen) -> [String] {
        var out = [caudaEquina, systemic, noImprovement]
        let ids = Set(raised.map(\.id))
        let f = a.redFlags
        var weak: [String] = []
        if let age = a.age, age > RedFlagScreen.malignancyAgeAbove, !ids.contains(.malignancy), !ids.contains(.fracture) {
            weak.append("age over \(RedFlagScreen.malignancyAgeAbove)")
        }
        let checks: [(String, String, [RedFlagID])] = [
            ("unexplainedWeightLoss", "weight loss you cannot explain", [.malignancy]),
            ("constantNightPain", "constant night pain", [.malignancy, .infection]),
            ("fever", "a fever", [.infection]),
            ("recentInfection", "a recent infection", [.infection]),
            ("ivDrugUse", "injecting drug use", [.infection]),
            ("immunosuppressed", "a weakened immune system", [.infection]),
            ("longTermSteroids", "long-term steroid use", [.fracture]),
            ("osteoporosis", "osteoporosis", [.fracture]),
        ]
        for (key, name, covered) in checks where f[key] == true && ids.isDisjoint(with: covered) {
            weak.append(name)
        }
        if !weak.isEmpty {
            out.append(
                "You reported \(weak.joined(separator: ", ")). On its own this is common in back pain "
                    + "(80 % of people seen for back pain have at least one such sign, R4) and is not a "
                    + "reason for alarm; act on the warning signs above if they appear.")
        }
        if ng65.gatePassed == true && ng65.count < NG65Screen.hlaB27Count {
            out.append(
                "Your back pain began before 45 and has lasted over 3 months, with \(ng65.count) of the 9 "
                    + "NICE NG65 features of inflammatory back pain: no referral is needed now. Tell your GP "
                    + "if new ones appear (waking in the second half of the night, buttock pain, psoriasis, "
                    + "swollen joints or tendons) (R15).")
        }
        if let age = a.age, RedFlagScreen.adolescentAges.contains(age), !ids.contains(.adolescentStressFracture) {
            out.append(
                "At your age, back pain that lasts more than 2 weeks or is worse arching backwards should "
                    + "be checked by a doctor or sports physiotherapist (spondylolysis, R29).")
        }
        out.append(rescreen)
        return out
    }
}
