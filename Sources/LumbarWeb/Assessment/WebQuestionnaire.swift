import LumbarCore

/// The questions, the same as `lumbar assess` asks, grouped into the web form's steps.
enum WebQuestionnaire {
    static func flag(_ key: String, _ text: String, hint: String? = nil) -> WebQuestion {
        WebQuestion(path: "redFlags." + key, text: text, kind: .yesNo, hint: hint)
    }

    static let redFlags = WebQuestionStep(
        title: "Safety questions",
        intro: "These come first. They matter even if they seem unrelated to running.",
        questions: [
            flag("bladderChange", Answers.RedFlags.question("bladderChange")),
            flag("bowelChange", Answers.RedFlags.question("bowelChange")),
            flag("saddleNumbness", Answers.RedFlags.question("saddleNumbness")),
            flag("sexualDysfunction", Answers.RedFlags.question("sexualDysfunction")),
            WebQuestion(path: "symptoms.legPain", text: "Does the pain spread into a leg?", kind: .choice([
                ("none", "no"), ("aboveKnee", "yes, but not below the knee"), ("belowKnee", "yes, below the knee"),
            ])),
            flag("legWeaknessWorsening", Answers.RedFlags.question("legWeaknessWorsening")),
            flag("footDrop", Answers.RedFlags.question("footDrop")),
            flag("fever", Answers.RedFlags.question("fever")),
            flag("unwell", Answers.RedFlags.question("unwell")),
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
        ])

    /// Nerve symptoms named on the safety page: yes to one of them, or leg pain.
    static func hasNerveSymptom(_ f: FormFields) -> Bool {
        let keys = ["bladderChange", "bowelChange", "saddleNumbness", "sexualDysfunction", "legWeaknessWorsening", "footDrop"]
        return keys.contains { f.first("redFlags." + $0) == "yes" } || hasLegPain(f)
    }

    static func hasLegPain(_ f: FormFields) -> Bool { ["aboveKnee", "belowKnee"].contains(f.first("symptoms.legPain") ?? "") }

    /// Shown only after a yes to a nerve symptom or to leg pain (clinical.md 1.2: how recent
    /// and whether both legs decide how urgent it is).
    static let nerveFollowUp = WebQuestionStep(
        title: "About the nerve symptoms", intro: "Two more safety questions, because of your answers on the last page.",
        questions: [
            WebQuestion(path: "symptoms.legPainSides", text: "One leg or both legs?", kind: .choice([("one", "one leg"), ("both", "both legs")]),
                        applies: hasLegPain),
            flag("symptomsNewWithin14Days", Answers.RedFlags.question("symptomsNewWithin14Days")),
        ],
        applies: hasNerveSymptom)

    static let about = WebQuestionStep(
        title: "About you and this bout of pain", intro: "Leave a question blank if you do not know.",
        questions: [
            WebQuestion(path: "age", text: "How old are you (years)?", kind: .integer(AnswerRanges.age)),
            WebQuestion(path: "sex", text: "Sex (used only to compare core-test times with the right norms)", kind: .choice(
                WebQuestion.choices(Answers.Sex.self, ["female", "male", "other", "prefer not to say"]))),
            WebQuestion(path: "heightCm", text: "Height in cm", kind: .number(AnswerRanges.heightCm)),
            WebQuestion(path: "weightKg", text: "Weight in kg", kind: .number(AnswerRanges.weightKg)),
            WebQuestion(path: "episode.durationDays", text: "How many days ago did this bout of pain begin?", kind: .integer(AnswerRanges.durationDays)),
            WebQuestion(path: "episode.onset", text: "Did it begin suddenly or gradually?", kind: .choice(
                WebQuestion.choices(Answers.Onset.self, ["suddenly (at a moment you can name)", "gradually"]))),
            WebQuestion(path: "episode.linkedToRun", text: "Did it begin during or right after a particular run?", kind: .choice(
                WebQuestion.choices(Answers.RunLink.self, ["during a run", "right after a run", "no"]))),
            WebQuestion(path: "episode.previousEpisodes", text: "How many earlier bouts of back pain have you had?", kind: .integer(AnswerRanges.previousEpisodes)),
            WebQuestion(path: "episode.trainingChange", text: "What changed in your running in the weeks before it began?", kind: .multi(
                WebQuestion.choices(Answers.TrainingChange.self, [
                    "more distance", "a longer long run", "more speed work", "more hills", "new shoes", "a new surface",
                    "coming back after a break",
                ]))),
        ])

    static let symptoms = WebQuestionStep(
        title: "About the pain", intro: "Tick all that apply.",
        questions: [
            WebQuestion(path: "episode.linkedRunDate", text: "The date of the run it began with", kind: .date,
                        applies: { ["duringRun", "afterRun"].contains($0.first("episode.linkedToRun") ?? "") }),
            WebQuestion(path: "episode.painBetweenEpisodes", text: "Does some pain stay between the bouts?", kind: .yesNo,
                        applies: { ($0.first("episode.previousEpisodes").flatMap { Int($0) } ?? 0) > 0 }),
            WebQuestion(path: "symptoms.location", text: "Where does it hurt?", kind: .multi(WebQuestion.choices(Answers.Location.self, [
                "the muscle on one side of the spine", "the muscles on both sides", "in the middle, on the spine", "the buttock",
            ]))),
            WebQuestion(path: "symptoms.localTenderness", text: "Does pressing one spot on the muscle beside the spine bring on your pain?", kind: .yesNo),
            WebQuestion(path: "symptoms.painOnContraction", text: "Does tensing the back muscles hurt (for example lifting your chest or legs while lying face down)?", kind: .yesNo),
            WebQuestion(path: "symptoms.numbness", text: "Any numbness or tingling in a leg or foot?", kind: .choice(
                WebQuestion.choices(Answers.Numbness.self, ["no", "in the leg", "down into the foot"]))),
            WebQuestion(path: "symptoms.timing", text: "When does it hurt?", kind: .multi(WebQuestion.choices(Answers.Timing.self, [
                "from the start of a run", "late in long runs", "after runs", "the next morning", "all the time",
            ]))),
            WebQuestion(path: "symptoms.worseWith", text: "What makes it worse?", kind: .multi(WebQuestion.choices(Answers.Aggravator.self, [
                "sitting", "bending forward", "lifting", "standing", "arching backwards", "running downhill",
                "coughing or sneezing", "long runs", "fast runs", "lying down",
            ]))),
            WebQuestion(path: "symptoms.betterWith", text: "What makes it better?", kind: .multi(WebQuestion.choices(Answers.Reliever.self, [
                "sitting", "lying down", "walking", "moving around", "rest", "heat",
            ]))),
            WebQuestion(path: "symptoms.morningStiffnessMinutes", text: "After getting up, for how many minutes is your back stiff?", kind: .integer(AnswerRanges.morningStiffnessMinutes)),
            WebQuestion(path: "symptoms.selfObservedPosture", text: "From photos, a mirror or a coach: how do you hold your trunk when running?", kind: .choice(
                WebQuestion.choices(Answers.Posture.self, ["leaning forward", "arched back", "upright", "I don't know"]))),
        ])

    static func inflammatoryFlag(_ key: String, _ text: String) -> WebQuestion {
        WebQuestion(path: "inflammatory." + key, text: text, kind: .yesNo)
    }

    static let inflammatory = WebQuestionStep(
        title: "Inflammatory back pain",
        intro: "Your pain has lasted over 3 months (or you did not say): a few questions about inflammatory back pain (NICE NG65).",
        questions: [
            WebQuestion(path: "inflammatory.onsetAge", text: "How old were you when this back pain first began?", kind: .integer(AnswerRanges.onsetAge)),
            inflammatoryFlag("wakesSecondHalfOfNight", "Does the pain wake you in the second half of the night?"),
            inflammatoryFlag("alternatingButtockPain", "Pain in the buttocks, sometimes one side, sometimes the other?"),
            inflammatoryFlag("improvesWithMovement", "Does it get better when you move about?"),
            inflammatoryFlag("improvesWithNSAIDsWithin48h", "Does it clearly improve within 2 days of taking anti-inflammatories (e.g. ibuprofen)?"),
            inflammatoryFlag("familySpA", "Does a parent, brother, sister or child have spondyloarthritis (such as ankylosing spondylitis)?"),
            inflammatoryFlag("arthritis", "Now or in the past, a swollen, painful joint (arthritis)?"),
            inflammatoryFlag("enthesitis", "Now or in the past, a painful swollen heel or tendon where it joins the bone (enthesitis)?"),
            inflammatoryFlag("psoriasis", "Now or in the past, psoriasis (scaly skin patches)?"),
        ],
        applies: { fields in
            // NG65 gate (R15): only when the pain has lasted more than 90 days, or its length is unknown.
            guard let days = fields.first("episode.durationDays").flatMap({ Int($0) }) else { return true }
            return days > NG65Screen.gateDurationDaysAbove
        })

    static func painItem(_ path: String, _ text: String) -> WebQuestion {
        WebQuestion(path: path, text: text, kind: .number(AnswerRanges.painScale))
    }

    static let pain = WebQuestionStep(
        title: "How much it hurts", intro: "0 = no pain, 10 = worst imaginable.",
        questions: [
            painItem("pain.now", "Pain right now (0-10)"),
            painItem("pain.duringRuns", "Usual pain during runs (0-10)"),
            painItem("pain.afterRuns", "Usual pain after runs (0-10)"),
            painItem("pain.nextMorning", "Usual pain the morning after a run (0-10)"),
            painItem("pain.peg.pain", "Last week, your average pain (0-10)"),
            painItem("pain.peg.enjoyment", "Last week, how much did pain get in the way of enjoying life (0-10)?"),
            painItem("pain.peg.activity", "Last week, how much did pain get in the way of your general activity (0-10)?"),
            WebQuestion(path: "history.coreSessionsPerWeek", text: "How many core-training sessions do you do a week now?", kind: .integer(AnswerRanges.coreSessionsPerWeek)),
        ])

    static let steps: [WebQuestionStep] = [redFlags, nerveFollowUp, about, symptoms, inflammatory, pain]
}
