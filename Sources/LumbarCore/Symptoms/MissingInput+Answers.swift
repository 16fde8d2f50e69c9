extension MissingInput {
    /// The questionnaire fields that can move the causes, with the rows each can produce.
    static func answerFieldRows(_ a: Answers) -> [(String, Bool, [Evidence])] {
        [
            ("episode.onset", a.episode.onset == nil, [.runLinkedSuddenOnset, .suddenOnset, .gradualOnsetNoLoadChange]),
            ("episode.trainingChange", a.episode.trainingChange == nil, [.trainingChangeBeforeOnset, .gradualOnsetNoLoadChange]),
            ("episode.durationDays", a.episode.durationDays == nil, [.acuteEpisode, .chronicEpisode]),
            ("episode.painBetweenEpisodes", a.episode.painBetweenEpisodes == nil, [.persistentPainBetweenEpisodes]),
            ("symptoms.location", a.symptoms.location == nil, [.oneSideLocalTenderness, .oneSideMusclePain]),
            ("symptoms.localTenderness", a.symptoms.localTenderness == nil, [.oneSideLocalTenderness]),
            ("symptoms.painOnContraction", a.symptoms.painOnContraction == nil, [.painOnContraction]),
            ("symptoms.legPain", a.symptoms.legPain == nil, [.legPainBelowKnee, .legPainAboveKnee]),
            ("symptoms.numbness", a.symptoms.numbness == nil, [.legNumbness]),
            ("symptoms.timing", a.symptoms.timing == nil, [.painLateInLongRuns, .painFromStartOfRuns]),
            ("symptoms.worseWith", a.symptoms.worseWith == nil, [.worseSittingOrBending, .extensionAggravated, .coughSneezeAggravated, .painLateInLongRuns]),
            ("symptoms.betterWith", a.symptoms.betterWith == nil, [.relievedBySitting, .relievedByLyingDown]),
            ("symptoms.morningStiffnessMinutes", a.symptoms.morningStiffnessMinutes == nil, [.shortMorningStiffness]),
            ("symptoms.selfObservedPosture", a.symptoms.selfObservedPosture == nil, [.selfObservedPostureFault]),
            ("history.coreSessionsPerWeek", a.history.coreSessionsPerWeek == nil, [.noCoreTraining, .regularCoreTraining]),
        ]
    }

    /// One missing input per unanswered questionnaire field that could move the causes.
    public static func unansweredQuestions(in answers: Answers) -> [MissingInput] {
        answerFieldRows(answers).compactMap { name, isMissing, rows in
            isMissing
                ? MissingInput(input: name, origin: SymptomFindings.origin, rows: rows) : nil
        }
    }
}

