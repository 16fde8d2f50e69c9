/// Decodes a `lumbar.answers/1` document (assessment.md) into `Answers`, with errors that name
/// the field, what was expected and what was found (`AnswersError`). Unknown fields are kept
/// and reported as warnings; `null` means "not answered"; ranges are `AnswerRanges`.
public enum AnswersDecoder {
    /// The largest answers document accepted: 256 KB, about a hundred times a complete one,
    /// so a wrong or hostile file is refused before it is parsed.
    public static let maximumBytes = 256 * 1024

    /// Decodes UTF-8 JSON bytes.
    public static func decode(_ bytes: [UInt8]) throws(AnswersError) -> DecodedAnswers {
        guard bytes.count <= maximumBytes else { throw .tooLarge(bytes: bytes.count, limit: maximumBytes) }
        let tree: JSONTree
        do {
            tree = try JSONTree.parse(bytes)
        } catch {
            throw .malformedJSON(line: error.line, column: error.column, reason: error.reason)
        }
        return try decode(tree: tree)
    }

    /// Decodes JSON text.
    public static func decode(_ text: String) throws(AnswersError) -> DecodedAnswers {
        try decode(Array(text.utf8))
    }

    /// Decodes an already parsed document.
    public static func decode(tree: JSONTree) throws(AnswersError) -> DecodedAnswers {
        guard case .object = tree else { throw .notAnObject(found: tree.shortDescription) }
        var top = try AnswersFieldReader(tree, path: "")
        guard let schema = top.value("schema") else { throw .missingSchema }
        guard case .string(Answers.schema) = schema else { throw .wrongSchema(found: schema.shortDescription) }

        var a = Answers()
        a.age = try top.int("age", AnswerRanges.age)
        a.sex = try top.choice("sex", Answers.Sex.self)
        a.heightCm = try top.number("heightCm", AnswerRanges.heightCm)
        a.weightKg = try top.number("weightKg", AnswerRanges.weightKg)
        var unknown: [UnknownAnswerField] = []

        if var r = try top.object("episode") {
            a.episode = try episode(&r)
            unknown += r.unknownFields
        }
        if var r = try top.object("symptoms") {
            a.symptoms = try symptoms(&r)
            unknown += r.unknownFields
        }
        if var r = try top.object("redFlags") {
            for key in Answers.RedFlags.keys { a.redFlags[key] = try r.bool(key) }
            unknown += r.unknownFields
        }
        if var r = try top.object("inflammatory") {
            a.inflammatory = try inflammatory(&r, age: a.age)
            unknown += r.unknownFields
        }
        if var r = try top.object("coreTests") {
            a.coreTests = try coreTests(&r)
            unknown += r.unknownFields
        }
        if var r = try top.object("history") {
            a.history.coreSessionsPerWeek = try r.int("coreSessionsPerWeek", AnswerRanges.coreSessionsPerWeek)
            unknown += r.unknownFields
        }
        if var r = try top.object("pain") {
            a.pain = try pain(&r, unknown: &unknown)
            unknown += r.unknownFields
        }
        return DecodedAnswers(answers: a, unknownFields: top.unknownFields + unknown)
    }

    private static func episode(_ r: inout AnswersFieldReader) throws(AnswersError) -> Answers.Episode {
        var e = Answers.Episode()
        e.durationDays = try r.int("durationDays", AnswerRanges.durationDays)
        e.onset = try r.choice("onset", Answers.Onset.self)
        e.linkedToRun = try r.choice("linkedToRun", Answers.RunLink.self)
        e.linkedRunDate = try r.date("linkedRunDate")
        e.previousEpisodes = try r.int("previousEpisodes", AnswerRanges.previousEpisodes)
        e.painBetweenEpisodes = try r.bool("painBetweenEpisodes")
        e.trainingChange = try r.choices("trainingChange", Answers.TrainingChange.self)
        return e
    }

    private static func symptoms(_ r: inout AnswersFieldReader) throws(AnswersError) -> Answers.Symptoms {
        var s = Answers.Symptoms()
        s.location = try r.choices("location", Answers.Location.self)
        s.localTenderness = try r.bool("localTenderness")
        s.painOnContraction = try r.bool("painOnContraction")
        s.legPain = try r.choice("legPain", Answers.LegPain.self)
        s.legPainSides = try r.choice("legPainSides", Answers.Sides.self)
        s.numbness = try r.choice("numbness", Answers.Numbness.self)
        s.timing = try r.choices("timing", Answers.Timing.self)
        s.worseWith = try r.choices("worseWith", Answers.Aggravator.self)
        s.betterWith = try r.choices("betterWith", Answers.Reliever.self)
        s.morningStiffnessMinutes = try r.int("morningStiffnessMinutes", AnswerRanges.morningStiffnessMinutes)
        s.selfObservedPosture = try r.choice("selfObservedPosture", Answers.Posture.self)
        return s
    }

    private static func inflammatory(_ r: inout AnswersFieldReader, age: Int?) throws(AnswersError)
        -> Answers.Inflammatory
    {
        var f = Answers.Inflammatory()
        f.onsetAge = try r.int("onsetAge", AnswerRanges.onsetAge)
        if let onset = f.onsetAge, let age, onset > age {
            throw .outOfRange(
                path: r.fullPath("onsetAge"), expected: "an age no higher than age (\(age))", found: String(onset))
        }
        f.wakesSecondHalfOfNight = try r.bool("wakesSecondHalfOfNight")
        f.alternatingButtockPain = try r.bool("alternatingButtockPain")
        f.improvesWithMovement = try r.bool("improvesWithMovement")
        f.improvesWithNSAIDsWithin48h = try r.bool("improvesWithNSAIDsWithin48h")
        f.familySpA = try r.bool("familySpA")
        f.arthritis = try r.bool("arthritis")
        f.enthesitis = try r.bool("enthesitis")
        f.psoriasis = try r.bool("psoriasis")
        return f
    }

    private static func coreTests(_ r: inout AnswersFieldReader) throws(AnswersError) -> Answers.CoreTests {
        var c = Answers.CoreTests()
        c.flexorSeconds = try r.number("flexorSeconds", AnswerRanges.coreTestSeconds)
        c.extensorSeconds = try r.number("extensorSeconds", AnswerRanges.coreTestSeconds)
        c.sideBridgeRightSeconds = try r.number("sideBridgeRightSeconds", AnswerRanges.coreTestSeconds)
        c.sideBridgeLeftSeconds = try r.number("sideBridgeLeftSeconds", AnswerRanges.coreTestSeconds)
        c.testedOn = try r.date("testedOn")
        return c
    }

    private static func pain(_ r: inout AnswersFieldReader, unknown: inout [UnknownAnswerField])
        throws(AnswersError) -> Answers.Pain
    {
        var p = Answers.Pain()
        p.now = try r.number("now", AnswerRanges.painScale)
        p.duringRuns = try r.number("duringRuns", AnswerRanges.painScale)
        p.afterRuns = try r.number("afterRuns", AnswerRanges.painScale)
        p.nextMorning = try r.number("nextMorning", AnswerRanges.painScale)
        if var g = try r.object("peg") {
            var peg = Answers.PEG()
            peg.pain = try g.number("pain", AnswerRanges.painScale)
            peg.enjoyment = try g.number("enjoyment", AnswerRanges.painScale)
            peg.activity = try g.number("activity", AnswerRanges.painScale)
            p.peg = peg
            unknown += g.unknownFields
        }
        p.rolandMorris = try r.int("rolandMorris", AnswerRanges.rolandMorris)
        return p
    }
}
