import LumbarCore

extension AssessQuestions {
    static let aboutSection = "About you."
    static let episodeSection = "About this bout of back pain."

    static func choices<T: RawRepresentable & CaseIterable>(_: T.Type, _ labels: [String]) -> [QuestionChoice]
    where T.RawValue == String {
        zip(T.allCases, labels).map { QuestionChoice(word: $0.rawValue, label: $1) }
    }

    static func int(_ v: AnswerValue?) -> Int? { if case .int(let n) = v { n } else { nil } }
    static func number(_ v: AnswerValue?) -> Double? { if case .number(let d) = v { d } else { nil } }
    static func bool(_ v: AnswerValue?) -> Bool? { if case .bool(let b) = v { b } else { nil } }
    static func word<T: RawRepresentable>(_ v: AnswerValue?, _: T.Type) -> T? where T.RawValue == String {
        if case .word(let w) = v { T(rawValue: w) } else { nil }
    }
    static func words<T: RawRepresentable>(_ v: AnswerValue?, _: T.Type) -> [T]? where T.RawValue == String {
        if case .words(let ws) = v { ws.compactMap(T.init(rawValue:)) } else { nil }
    }

    static var aboutYou: [Question] {
        [
            Question(id: "age", section: aboutSection, text: "How old are you (years)?", kind: .integer(AnswerRanges.age)) {
                $0.age = int($1)
            },
            Question(
                id: "sex", section: aboutSection, text: "Sex (used only to compare core-test times with the right norms)?",
                kind: .choice(choices(Answers.Sex.self, ["female", "male", "other", "prefer not to say"]))
            ) { $0.sex = word($1, Answers.Sex.self) },
            Question(id: "heightCm", section: aboutSection, text: "Height in cm?", kind: .number(AnswerRanges.heightCm)) {
                $0.heightCm = number($1)
            },
            Question(id: "weightKg", section: aboutSection, text: "Weight in kg?", kind: .number(AnswerRanges.weightKg)) {
                $0.weightKg = number($1)
            },
        ]
    }

    static var episode: [Question] {
        [
            Question(
                id: "durationDays", section: episodeSection, text: "How many days ago did this bout of pain begin?",
                kind: .integer(AnswerRanges.durationDays)
            ) { $0.episode.durationDays = int($1) },
            Question(
                id: "onset", section: episodeSection, text: "Did it begin suddenly or gradually?",
                kind: .choice(choices(Answers.Onset.self, ["suddenly (at a moment you can name)", "gradually"]))
            ) { $0.episode.onset = word($1, Answers.Onset.self) },
            Question(
                id: "linkedToRun", section: episodeSection, text: "Did it begin during or right after a particular run?",
                kind: .choice(choices(Answers.RunLink.self, ["during a run", "right after a run", "no"]))
            ) { $0.episode.linkedToRun = word($1, Answers.RunLink.self) },
            Question(
                id: "linkedRunDate", section: episodeSection, text: "The date of that run?", kind: .date,
                applies: { $0.episode.linkedToRun == .duringRun || $0.episode.linkedToRun == .afterRun }
            ) { a, v in if case .date(let d) = v { a.episode.linkedRunDate = d } else { a.episode.linkedRunDate = nil } },
            Question(
                id: "previousEpisodes", section: episodeSection, text: "How many earlier bouts of back pain have you had?",
                kind: .integer(AnswerRanges.previousEpisodes)
            ) { $0.episode.previousEpisodes = int($1) },
            Question(
                id: "painBetweenEpisodes", section: episodeSection, text: "Does some pain stay between the bouts?",
                kind: .yesNo, applies: { ($0.episode.previousEpisodes ?? 0) > 0 }
            ) { $0.episode.painBetweenEpisodes = bool($1) },
            Question(
                id: "trainingChange", section: episodeSection, text: "What changed in your running in the weeks before it began?",
                kind: .multi(choices(Answers.TrainingChange.self, [
                    "more distance", "a longer long run", "more speed work", "more hills", "new shoes",
                    "a new surface", "coming back after a break",
                ]))
            ) { $0.episode.trainingChange = words($1, Answers.TrainingChange.self) },
        ]
    }
}
