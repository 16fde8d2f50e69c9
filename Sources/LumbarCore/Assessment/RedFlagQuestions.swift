extension Answers.RedFlags {
    /// Each red-flag question in the plain words both the terminal questionnaire and the web
    /// form ask it (one wording, so the two can never drift apart). They are asked explicitly:
    /// people rarely volunteer bladder, bowel or saddle symptoms (clinical.md 1.2).
    public static let questions: [String: String] = [
        "bladderChange":
            "Since the back pain began, any new change in passing urine: trouble starting, a weak stream, not feeling when your bladder is full, or leaking?",
        "bowelChange":
            "Any new loss of control of your bowels, or not feeling when you need to go?",
        "saddleNumbness":
            "Any numbness or tingling between your legs, around your back passage or genitals (where you would sit on a saddle)?",
        "sexualDysfunction":
            "Any new problem with sexual function, or less feeling in the genitals?",
        "legWeaknessWorsening":
            "Is a leg weak, and getting weaker?",
        "footDrop":
            "Trouble lifting the front of your foot, so your toes catch or the foot slaps when you walk?",
        "symptomsNewWithin14Days":
            "Did those nerve symptoms start, or get worse, within the last 14 days?",
        "fever":
            "A fever (38 °C or more), chills or night sweats with the back pain?",
        "unwell":
            "Do you feel generally unwell?",
        "recentInfection":
            "A bacterial infection (for example a urine infection) or a medical procedure in the last few weeks?",
        "ivDrugUse":
            "Do you inject drugs?",
        "immunosuppressed":
            "Is your immune system weakened (medicines such as steroids, a transplant, HIV, diabetes, heavy drinking)?",
        "historyOfCancer":
            "Have you ever had cancer?",
        "unexplainedWeightLoss":
            "Have you lost weight recently without trying?",
        "constantNightPain":
            "Is the pain severe and constant, not eased by lying down, and bad at night?",
        "majorTrauma":
            "Did the pain start after a major accident, such as a fall from a height or a road collision?",
        "minorTraumaOrStrain":
            "Did it start after a minor fall, a knock or a heavy lift?",
        "osteoporosis":
            "Have you been told you have osteoporosis (thin bones)?",
        "longTermSteroids":
            "Have you taken steroid tablets (such as prednisolone) for more than 3 months?",
        "suddenSeverePainWithAbdominalPulsation":
            "Did the pain come on suddenly and severely, with a pulsing feeling in your belly?",
    ]

    /// The question for a red-flag key (`keys` lists them in the order asked).
    public static func question(_ key: String) -> String { questions[key] ?? key }
}
