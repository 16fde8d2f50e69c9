import LumbarCore

/// The questionnaire's questions, red flags first and asked explicitly (clinical.md 1.2:
/// people rarely volunteer bladder or saddle symptoms), in plain words.
enum AssessQuestions {
    static let redFlagSection = "Safety questions first. They matter even if they seem unrelated to running."

    /// A yes/no red-flag question stored under its contract key.
    static func flag(_ key: String, _ text: String, applies: @escaping (Answers) -> Bool = { _ in true }) -> Question {
        Question(id: key, section: redFlagSection, text: text, kind: .yesNo, applies: applies) { a, v in
            if case .bool(let b) = v { a.redFlags[key] = b } else { a.redFlags[key] = nil }
        }
    }

    static func hasNerveSymptom(_ a: Answers) -> Bool {
        let f = a.redFlags
        return f.bladderChange == true || f.bowelChange == true || f.saddleNumbness == true
            || f.sexualDysfunction == true || f.legWeaknessWorsening == true || f.footDrop == true
            || (a.symptoms.legPainSides == .both && a.symptoms.legPain != nil && a.symptoms.legPain != Answers.LegPain.none)
    }

    static var redFlags: [Question] {
        [
            flag("bladderChange", Answers.RedFlags.question("bladderChange")),
            flag("bowelChange", Answers.RedFlags.question("bowelChange")),
            flag("saddleNumbness", Answers.RedFlags.question("saddleNumbness")),
            flag("sexualDysfunction", Answers.RedFlags.question("sexualDysfunction")),
            Question(
                id: "legPain", section: redFlagSection, text: "Does the pain spread into a leg?",
                kind: .choice([
                    QuestionChoice(word: "none", label: "no"), QuestionChoice(word: "aboveKnee", label: "yes, but not below the knee"),
                    QuestionChoice(word: "belowKnee", label: "yes, below the knee"),
                ])
            ) { a, v in
                if case .word(let w) = v { a.symptoms.legPain = Answers.LegPain(rawValue: w) } else { a.symptoms.legPain = nil }
            },
            Question(
                id: "legPainSides", section: redFlagSection, text: "One leg or both legs?",
                kind: .choice([QuestionChoice(word: "one", label: "one leg"), QuestionChoice(word: "both", label: "both legs")]),
                applies: { $0.symptoms.legPain == .aboveKnee || $0.symptoms.legPain == .belowKnee }
            ) { a, v in
                if case .word(let w) = v { a.symptoms.legPainSides = Answers.Sides(rawValue: w) } else { a.symptoms.legPainSides = nil }
            },
            flag("legWeaknessWorsening", Answers.RedFlags.question("legWeaknessWorsening")),
            flag("footDrop", Answers.RedFlags.question("footDrop")),
            flag("symptomsNewWithin14Days", Answers.RedFlags.question("symptomsNewWithin14Days"),
                applies: hasNerveSymptom),
            flag("fever", Answers.RedFlags.question("fever")),
            flag("unwell", Answers.RedFlags.question("unwell"), applies: { $0.redFlags.fever != false }),
            flag("recentInfection", Answers.RedFlags.question("recentInfection")),
            flag("ivDrugUse", Answers.RedFlags.question("ivDrugUse")),
            flag("immunosuppressed", Answers.RedFlags.question("immunosuppressed")),
            flag("historyOfCancer", Answers.RedFlags.question("historyOfCancer")),
            flag("unexplainedWeightLoss", Answers.RedFlags.question("unexplainedWeightLoss")),
            flag("constantNightPain", Answers.RedFlags.question("constantNightPain")),
            flag("majorTrauma", Answers.RedFlags.question("majorTrauma")),
            flag("minorTraumaOrStrain", Answers.RedFlags.question("minorTraumaOrStrain")),
            flag("osteoporosis", Answers.RedFlags.question("osteoporosis")),
            flag("longTermSteroids", Answers.RedFlags.question("longTermSteroids")),
            flag("suddenSeverePainWithAbdominalPulsation", Answers.RedFlags.question("suddenSeverePainWithAbdominalPulsation")),
        ]
    }

    /// Every question in the order asked.
    static var all: [Question] { redFlags + aboutYou + episode + symptoms + inflammatory + pain }

    /// Ids of the red-flag section, to know when it is complete.
    static var redFlagIDs: Set<String> { Set(redFlags.map(\.id)) }
}
