extension RedFlagScreen {
    /// Spinal infection (clinical.md 1.2, R2/R10/R12; 8.15): fever with feeling unwell ->
    /// emergency; fever or an infection risk (recent infection, IV drug use, immunosuppression)
    /// with constant night pain -> urgent. Fever alone is a safety-net item.
    static func infection(_ a: Answers) -> RedFlag? {
        let f = a.redFlags
        if f.fever == true && f.unwell == true {
            return RedFlag(
                id: .infection, urgency: .emergency, because: ["fever", "unwell"],
                advice: "Get medical help today (emergency department or urgent out-of-hours care): "
                    + "a fever and feeling unwell together with back pain can mean a spinal infection "
                    + "(R2, R10).")
        }
        let risks = ["fever", "recentInfection", "ivDrugUse", "immunosuppressed"].filter { f[$0] == true }
        guard f.constantNightPain == true, !risks.isEmpty else { return nil }
        return RedFlag(
            id: .infection, urgency: .urgent, because: risks + ["constantNightPain"],
            advice: "See a doctor within 24-48 hours: constant pain that does not ease lying down or at "
                + "night, together with \(words(risks)), needs checking for a spinal infection (R2, R12).")
    }

    /// Malignancy (clinical.md 1.2/1.3, R3/R16/R17; 8.15). Past cancer with nerve symptoms ->
    /// emergency; with constant night pain, unexplained weight loss or age > 50 -> urgent (NICE
    /// NG234: contact the MSCC service within 24 h). Past cancer alone -> soon: our design choice,
    /// because it is the strongest single flag (post-test probability 33 %, Downie 2013, R3; LR+
    /// 14.7, R17) yet most people with it and back pain have no spinal spread.
    static func malignancy(_ a: Answers) -> RedFlag? {
        let f = a.redFlags
        guard f.historyOfCancer == true else { return nil }
        let neuro = neurologicalItems(a)
        if !neuro.isEmpty {
            return RedFlag(
                id: .malignancy, urgency: .emergency, because: ["historyOfCancer"] + neuro,
                advice: "Go to an emergency department today and tell them about your past cancer: "
                    + "back pain with nerve symptoms after cancer needs an immediate check for spinal "
                    + "cord compression (NICE NG234, R16).")
        }
        var with = ["constantNightPain", "unexplainedWeightLoss"].filter { f[$0] == true }
        if let age = a.age, age > malignancyAgeAbove { with.append("age") }
        if !with.isEmpty {
            return RedFlag(
                id: .malignancy, urgency: .urgent, because: ["historyOfCancer"] + with,
                advice: "Contact your cancer team or doctor within 24 hours: a past cancer together with "
                    + "\(words(with)) needs checking for spread to the spine (NICE NG234, R16; R3).")
        }
        return RedFlag(
            id: .malignancy, urgency: .soon, because: ["historyOfCancer"],
            advice: "See your GP within 1-2 weeks about this back pain and mention your past cancer: it "
                + "is the strongest single warning sign (about 1 in 3 people with it had a spinal cause "
                + "in studies, R3), though most do not. Go within 24 hours if night pain, weight loss or "
                + "any numbness or weakness appears.")
    }

    /// Vertebral fracture (clinical.md 1.2/1.3, R3/R4; 8.15): major trauma -> emergency; age > 70,
    /// long-term steroids or osteoporosis with a fall or strain -> urgent; two or more of those
    /// without a reported fall -> soon (several fracture flags together are far more telling than
    /// one, R3; Henschke's rule combines them, R4; our design choice).
    static func fracture(_ a: Answers) -> RedFlag? {
        let f = a.redFlags
        if f.majorTrauma == true {
            return RedFlag(
                id: .fracture, urgency: .emergency, because: ["majorTrauma"],
                advice: "Go to an emergency department now: back pain after major trauma (a fall from a "
                    + "height, a road collision) must be checked for a fracture (R3, R12). Do not run.")
        }
        var risks = ["longTermSteroids", "osteoporosis"].filter { f[$0] == true }
        if let age = a.age, age > fractureAgeAbove { risks.insert("age", at: 0) }
        guard !risks.isEmpty else { return nil }
        if f.minorTraumaOrStrain == true {
            return RedFlag(
                id: .fracture, urgency: .urgent, because: risks + ["minorTraumaOrStrain"],
                advice: "See a doctor within 24-48 hours: back pain after a fall, knock or lift with "
                    + "\(words(risks)) needs checking for a vertebral fracture (R3, R4).")
        }
        guard risks.count >= 2 else { return nil }
        return RedFlag(
            id: .fracture, urgency: .soon, because: risks,
            advice: "See your GP within 1-2 weeks: \(words(risks)) together make a fragility fracture of "
                + "the spine more likely even without a fall (R3, R4).")
    }

    /// Abdominal aortic aneurysm mimic (clinical.md 1.2, R10): sudden severe pain with a pulsing
    /// abdomen -> emergency.
    static func aorticAneurysm(_ a: Answers) -> RedFlag? {
        guard a.redFlags.suddenSeverePainWithAbdominalPulsation == true else { return nil }
        return RedFlag(
            id: .aorticAneurysm, urgency: .emergency, because: ["suddenSeverePainWithAbdominalPulsation"],
            advice: "Call the emergency number (999, 112 or 911) now: sudden severe back or belly pain "
                + "with a pulsing feeling in the abdomen can be an aortic aneurysm, which is not a back "
                + "problem (R10).")
    }

    /// Adolescent spondylolysis (clinical.md 1.2, R29): age 10-19, pain > 14 days, worse on
    /// arching back -> soon.
    static func adolescentStressFracture(_ a: Answers) -> RedFlag? {
        guard let age = a.age, adolescentAges.contains(age),
            let days = a.episode.durationDays, days > adolescentPersistentDaysAbove,
            a.symptoms.worseWith?.contains(.archingBack) == true
        else { return nil }
        return RedFlag(
            id: .adolescentStressFracture, urgency: .soon,
            because: ["age", "episode.durationDays", "symptoms.worseWith"],
            advice: "See a doctor or sports physiotherapist within 1-2 weeks, and until then avoid "
                + "running and sports that arch the back: in young athletes, back pain that lasts and "
                + "is worse arching backwards is often a stress fracture of the spine (spondylolysis, "
                + "47 % of adolescent athletes' back pain, R29).")
    }

    /// Answer keys in words for advice sentences.
    static func words(_ keys: [String]) -> String {
        let names = keys.map { key -> String in
            switch key {
            case "fever": "a fever"
            case "recentInfection": "a recent infection"
            case "ivDrugUse": "injecting drug use"
            case "immunosuppressed": "a weakened immune system"
            case "constantNightPain": "constant night pain"
            case "unexplainedWeightLoss": "weight loss you cannot explain"
            case "age": "your age"
            case "longTermSteroids": "long-term steroid use"
            case "osteoporosis": "osteoporosis"
            default: key
            }
        }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
