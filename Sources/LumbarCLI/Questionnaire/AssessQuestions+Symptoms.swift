import LumbarCore

extension AssessQuestions {
    static let symptomsSection = "About the pain."
    static let inflammatorySection = "Your pain has lasted over 3 months and began young: a few questions about inflammatory back pain (NICE NG65)."
    static let painSection = "How much it hurts (0 = no pain, 10 = worst imaginable)."

    static var symptoms: [Question] {
        [
            Question(
                id: "location", section: symptomsSection, text: "Where does it hurt?",
                kind: .multi(choices(Answers.Location.self, [
                    "the muscle on one side of the spine", "the muscles on both sides", "in the middle, on the spine",
                    "the buttock",
                ]))
            ) { $0.symptoms.location = words($1, Answers.Location.self) },
            Question(
                id: "localTenderness", section: symptomsSection,
                text: "Does pressing one spot on the muscle beside the spine bring on your pain?", kind: .yesNo
            ) { $0.symptoms.localTenderness = bool($1) },
            Question(
                id: "painOnContraction", section: symptomsSection,
                text: "Does tensing the back muscles hurt (for example lifting your chest or legs while lying face down)?",
                kind: .yesNo
            ) { $0.symptoms.painOnContraction = bool($1) },
            Question(
                id: "numbness", section: symptomsSection, text: "Any numbness or tingling in a leg or foot?",
                kind: .choice(choices(Answers.Numbness.self, ["no", "in the leg", "down into the foot"]))
            ) { $0.symptoms.numbness = word($1, Answers.Numbness.self) },
            Question(
                id: "timing", section: symptomsSection, text: "When does it hurt?",
                kind: .multi(choices(Answers.Timing.self, [
                    "from the start of a run", "late in long runs", "after runs", "the next morning", "all the time",
                ]))
            ) { $0.symptoms.timing = words($1, Answers.Timing.self) },
            Question(
                id: "worseWith", section: symptomsSection, text: "What makes it worse?",
                kind: .multi(choices(Answers.Aggravator.self, [
                    "sitting", "bending forward", "lifting", "standing", "arching backwards", "running downhill",
                    "coughing or sneezing", "long runs", "fast runs", "lying down",
                ]))
            ) { $0.symptoms.worseWith = words($1, Answers.Aggravator.self) },
            Question(
                id: "betterWith", section: symptomsSection, text: "What makes it better?",
                kind: .multi(choices(Answers.Reliever.self, [
                    "sitting", "lying down", "walking", "moving around", "rest", "heat",
                ]))
            ) { $0.symptoms.betterWith = words($1, Answers.Reliever.self) },
            Question(
                id: "morningStiffnessMinutes", section: symptomsSection,
                text: "After getting up, for how many minutes is your back stiff?",
                kind: .integer(AnswerRanges.morningStiffnessMinutes)
            ) { $0.symptoms.morningStiffnessMinutes = int($1) },
            Question(
                id: "selfObservedPosture", section: symptomsSection,
                text: "From photos, a mirror or a coach: how do you hold your trunk when running?",
                kind: .choice(choices(Answers.Posture.self, [
                    "leaning forward", "arched back", "upright", "I don't know",
                ]))
            ) { $0.symptoms.selfObservedPosture = word($1, Answers.Posture.self) },
        ]
    }

    /// NG65 items apply only when the pain has lasted over 3 months (or its length is unknown)
    /// and could have begun before 45 (clinical.md 1.4, R15).
    static func ng65Applies(_ a: Answers) -> Bool {
        if let days = a.episode.durationDays, days <= NG65Screen.gateDurationDaysAbove { return false }
        if let onset = a.inflammatory.onsetAge { return onset < NG65Screen.gateOnsetAgeBelow }
        return true
    }

    static func inflammatoryFlag(_ id: String, _ text: String, _ set: @escaping (inout Answers.Inflammatory, Bool?) -> Void) -> Question {
        Question(id: id, section: inflammatorySection, text: text, kind: .yesNo, applies: ng65Applies) { a, v in
            set(&a.inflammatory, bool(v))
        }
    }

    static var inflammatory: [Question] {
        [
            Question(
                id: "onsetAge", section: inflammatorySection, text: "How old were you when this back pain first began?",
                kind: .integer(AnswerRanges.onsetAge), applies: ng65Applies,
                check: { a, v in
                    if case .int(let n) = v, let age = a.age, n > age { "That is older than your age (\(age)); please check." } else { nil }
                }
            ) { $0.inflammatory.onsetAge = int($1) },
            inflammatoryFlag("wakesSecondHalfOfNight", "Does the pain wake you in the second half of the night?") { $0.wakesSecondHalfOfNight = $1 },
            inflammatoryFlag("alternatingButtockPain", "Pain in the buttocks, sometimes one side, sometimes the other?") { $0.alternatingButtockPain = $1 },
            inflammatoryFlag("improvesWithMovement", "Does it get better when you move about?") { $0.improvesWithMovement = $1 },
            inflammatoryFlag("improvesWithNSAIDsWithin48h", "Does it clearly improve within 2 days of taking anti-inflammatories (e.g. ibuprofen)?") { $0.improvesWithNSAIDsWithin48h = $1 },
            inflammatoryFlag("familySpA", "Does a parent, brother, sister or child have spondyloarthritis (such as ankylosing spondylitis)?") { $0.familySpA = $1 },
            inflammatoryFlag("arthritis", "Now or in the past, a swollen, painful joint (arthritis)?") { $0.arthritis = $1 },
            inflammatoryFlag("enthesitis", "Now or in the past, a painful swollen heel or tendon where it joins the bone (enthesitis)?") { $0.enthesitis = $1 },
            inflammatoryFlag("psoriasis", "Now or in the past, psoriasis (scaly skin patches)?") { $0.psoriasis = $1 },
        ]
    }

    static func painItem(_ id: String, _ text: String, _ set: @escaping (inout Answers.Pain, Double?) -> Void) -> Question {
        Question(id: id, section: painSection, text: text, kind: .number(AnswerRanges.painScale)) { a, v in
            set(&a.pain, number(v))
        }
    }

    static func pegItem(_ id: String, _ text: String, _ set: @escaping (inout Answers.PEG, Double?) -> Void) -> Question {
        Question(id: id, section: painSection, text: text, kind: .number(AnswerRanges.painScale)) { a, v in
            var peg = a.pain.peg ?? Answers.PEG()
            set(&peg, number(v))
            a.pain.peg = peg == Answers.PEG() ? nil : peg
        }
    }

    static var pain: [Question] {
        [
            painItem("now", "Pain right now (0-10)?") { $0.now = $1 },
            painItem("duringRuns", "Usual pain during runs (0-10)?") { $0.duringRuns = $1 },
            painItem("afterRuns", "Usual pain after runs (0-10)?") { $0.afterRuns = $1 },
            painItem("nextMorning", "Usual pain the morning after a run (0-10)?") { $0.nextMorning = $1 },
            pegItem("pegPain", "Last week, your average pain (0-10)?") { $0.pain = $1 },
            pegItem("pegEnjoyment", "Last week, how much did pain get in the way of enjoying life (0-10)?") { $0.enjoyment = $1 },
            pegItem("pegActivity", "Last week, how much did pain get in the way of your general activity (0-10)?") { $0.activity = $1 },
            Question(
                id: "coreSessionsPerWeek", section: "About your training.", text: "How many core-training sessions do you do a week now?",
                kind: .integer(AnswerRanges.coreSessionsPerWeek)
            ) { $0.history.coreSessionsPerWeek = int($1) },
        ]
    }
}
