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
            flag("bladderChange", "Since the back pain began, any new change in passing urine: trouble starting, a weak stream, not feeling when your bladder is full, or leaking?"),
            flag("bowelChange", "Any new loss of control of your bowels, or not feeling when you need to go?"),
            flag("saddleNumbness", "Any numbness or tingling between your legs, around your back passage or genitals (where you would sit on a saddle)?"),
            flag("sexualDysfunction", "Any new problem with sexual function, or less feeling in the genitals?"),
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
            flag("legWeaknessWorsening", "Is a leg weak, and getting weaker?"),
            flag("footDrop", "Trouble lifting the front of your foot, so your toes catch or the foot slaps when you walk?"),
            flag(
                "symptomsNewWithin14Days", "Did those nerve symptoms start, or get worse, within the last 14 days?",
                applies: hasNerveSymptom),
            flag("fever", "A fever (38 °C or more), chills or night sweats with the back pain?"),
            flag("unwell", "Do you feel generally unwell?", applies: { $0.redFlags.fever != false }),
            flag("recentInfection", "A bacterial infection (for example a urine infection) or a medical procedure in the last few weeks?"),
            flag("ivDrugUse", "Do you inject drugs?"),
            flag("immunosuppressed", "Is your immune system weakened (medicines such as steroids, a transplant, HIV, diabetes, heavy drinking)?"),
            flag("historyOfCancer", "Have you ever had cancer?"),
            flag("unexplainedWeightLoss", "Have you lost weight recently without trying?"),
            flag("constantNightPain", "Is the pain severe and constant, not eased by lying down, and bad at night?"),
            flag("majorTrauma", "Did the pain start after a major accident, such as a fall from a height or a road collision?"),
            flag("minorTraumaOrStrain", "Did it start after a minor fall, a knock or a heavy lift?"),
            flag("osteoporosis", "Have you been told you have osteoporosis (thin bones)?"),
            flag("longTermSteroids", "Have you taken steroid tablets (such as prednisolone) for more than 3 months?"),
            flag("suddenSeverePainWithAbdominalPulsation", "Did the pain come on suddenly and severely, with a pulsing feeling in your belly?"),
        ]
    }

    /// Every question in the order asked.
    static var all: [Question] { redFlags + aboutYou + episode + symptoms + inflammatory + pain }

    /// Ids of the red-flag section, to know when it is complete.
    static var redFlagIDs: Set<String> { Set(redFlags.map(\.id)) }
}
