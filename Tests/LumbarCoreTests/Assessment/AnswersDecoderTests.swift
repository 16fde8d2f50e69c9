import Testing
@testable import LumbarCore

@Suite("Answers decoder")
struct AnswersDecoderTests {
    static let full = """
        {"schema":"lumbar.answers/1","age":41,"sex":"female","heightCm":168,"weightKg":61.5,
         "episode":{"durationDays":20,"onset":"sudden","linkedToRun":"afterRun","linkedRunDate":"2026-11-12",
                    "previousEpisodes":2,"painBetweenEpisodes":false,"trainingChange":["moreDistance","newShoes"]},
         "symptoms":{"location":["oneSideMuscle","buttock"],"localTenderness":true,"painOnContraction":true,
                     "legPain":"aboveKnee","legPainSides":"one","numbness":"none","timing":["afterRuns","nextMorning"],
                     "worseWith":["sitting","bendingForward"],"betterWith":["movingAround"],
                     "morningStiffnessMinutes":15,"selfObservedPosture":"leanForward"},
         "redFlags":{"bladderChange":false,"saddleNumbness":false,"historyOfCancer":false},
         "inflammatory":{"onsetAge":39,"improvesWithMovement":true},
         "coreTests":{"flexorSeconds":120,"extensorSeconds":95.5,"sideBridgeRightSeconds":60,
                      "sideBridgeLeftSeconds":58,"testedOn":"2026-11-20"},
         "history":{"coreSessionsPerWeek":1},
         "pain":{"now":3,"duringRuns":4,"afterRuns":5,"nextMorning":2,"peg":{"pain":4,"enjoyment":3,"activity":2},
                 "rolandMorris":6}}
        """

    @Test func decodesEveryField() throws {
        let d = try AnswersDecoder.decode(Self.full)
        let a = d.answers
        #expect(a.age == 41 && a.sex == .female && a.heightCm == 168 && a.weightKg == 61.5)
        #expect(a.episode.durationDays == 20 && a.episode.onset == .sudden && a.episode.linkedToRun == .afterRun)
        #expect(a.episode.linkedRunDate == LocalDate(year: 2026, month: 11, day: 12))
        #expect(a.episode.trainingChange == [.moreDistance, .newShoes])
        #expect(a.symptoms.location == [.oneSideMuscle, .buttock] && a.symptoms.legPain == .aboveKnee)
        #expect(a.symptoms.worseWith == [.sitting, .bendingForward] && a.symptoms.morningStiffnessMinutes == 15)
        #expect(a.redFlags.bladderChange == false && a.redFlags.bowelChange == nil)
        #expect(a.inflammatory.onsetAge == 39 && a.inflammatory.improvesWithMovement == true)
        #expect(a.coreTests.extensorSeconds == 95.5 && a.coreTests.testedOn == LocalDate("2026-11-20"))
        #expect(a.history.coreSessionsPerWeek == 1)
        #expect(a.pain.peg?.enjoyment == 3 && a.pain.rolandMorris == 6 && a.pain.nextMorning == 2)
        #expect(d.warnings.isEmpty)
    }

    @Test func encoderRoundTripsAndIsByteStable() throws {
        let d = try AnswersDecoder.decode(Self.full)
        let once = AnswersEncoder.encode(d.answers)
        let again = try AnswersDecoder.decode(once)
        #expect(again.answers == d.answers)
        #expect(AnswersEncoder.encode(again.answers) == once)
    }

    @Test func encoderWritesOnlyAnsweredFields() {
        var a = Answers()
        a.age = 30
        a.redFlags.fever = false
        #expect(AnswersEncoder.encode(a) == #"{"schema":"lumbar.answers/1","age":30,"redFlags":{"fever":false}}"#)
    }

    @Test func unknownFieldsAreKeptWithWarnings() throws {
        let text = #"{"schema":"lumbar.answers/1","extra":[1,2],"episode":{"foo":"bar","onset":"gradual"},"pain":{"peg":{"x":1}}}"#
        let d = try AnswersDecoder.decode(text)
        #expect(d.warnings == [
            "unknown field extra (kept, ignored)", "unknown field episode.foo (kept, ignored)",
            "unknown field pain.peg.x (kept, ignored)",
        ])
        #expect(d.answers.episode.onset == .gradual)
        let written = AnswersEncoder.encode(d.answers, keeping: d.unknownFields)
        #expect(written == #"{"schema":"lumbar.answers/1","episode":{"onset":"gradual","foo":"bar"},"pain":{"peg":{"x":1}},"extra":[1,2]}"#)
    }

    @Test func nullMeansNotAnswered() throws {
        let d = try AnswersDecoder.decode(#"{"schema":"lumbar.answers/1","age":null,"redFlags":{"fever":null}}"#)
        #expect(d.answers.age == nil && d.answers.redFlags.fever == nil && d.warnings.isEmpty)
    }

    /// Malformed answers: each case with its exact message.
    static let malformed: [(String, String)] = [
        (#"{"age": 41"#, "the answers file is not valid JSON (line 1, column 11): the text ends inside an object (missing '}')"),
        ("[1]", "the answers file must be a JSON object ({ ... }); found an array"),
        (#"{"age":41}"#, #"schema: expected "lumbar.answers/1"; found no schema field (add "schema": "lumbar.answers/1")"#),
        (#"{"schema":"lumbar.answers/2"}"#, #"schema: expected "lumbar.answers/1"; found "lumbar.answers/2""#),
        (#"{"schema":"lumbar.answers/1","symptoms":{"legPain":"knee"}}"#,
         #"symptoms.legPain: expected one of none, aboveKnee, belowKnee; found "knee""#),
        (#"{"schema":"lumbar.answers/1","age":"41"}"#, #"age: expected a whole number from 10 to 100; found "41" (a string)"#),
        (#"{"schema":"lumbar.answers/1","age":9}"#, "age: expected a whole number from 10 to 100; found 9"),
        (#"{"schema":"lumbar.answers/1","age":41.5}"#, "age: expected a whole number from 10 to 100; found 41.5"),
        (#"{"schema":"lumbar.answers/1","episode":{"durationDays":-1}}"#,
         "episode.durationDays: expected a whole number from 0 to 36500; found -1"),
        (#"{"schema":"lumbar.answers/1","pain":{"now":11}}"#, "pain.now: expected a number from 0 to 10; found 11"),
        (#"{"schema":"lumbar.answers/1","pain":{"peg":{"activity":-2}}}"#, "pain.peg.activity: expected a number from 0 to 10; found -2"),
        (#"{"schema":"lumbar.answers/1","pain":{"rolandMorris":25}}"#, "pain.rolandMorris: expected a whole number from 0 to 24; found 25"),
        (#"{"schema":"lumbar.answers/1","symptoms":{"morningStiffnessMinutes":-5}}"#,
         "symptoms.morningStiffnessMinutes: expected a whole number from 0 to 1440; found -5"),
        (#"{"schema":"lumbar.answers/1","coreTests":{"extensorSeconds":601}}"#,
         "coreTests.extensorSeconds: expected a number from 0 to 600; found 601"),
        (#"{"schema":"lumbar.answers/1","heightCm":1.75}"#, "heightCm: expected a number from 100 to 250; found 1.75"),
        (#"{"schema":"lumbar.answers/1","weightKg":350}"#, "weightKg: expected a number from 25 to 300; found 350"),
        (#"{"schema":"lumbar.answers/1","age":30,"inflammatory":{"onsetAge":35}}"#,
         "inflammatory.onsetAge: expected an age no higher than age (30); found 35"),
        (#"{"schema":"lumbar.answers/1","episode":{"linkedRunDate":"2026-02-30"}}"#,
         #"episode.linkedRunDate: expected a date as YYYY-MM-DD (e.g. 2026-11-27); found "2026-02-30""#),
        (#"{"schema":"lumbar.answers/1","coreTests":{"testedOn":20261120}}"#,
         "coreTests.testedOn: expected a date as YYYY-MM-DD; found 20261120"),
        (#"{"schema":"lumbar.answers/1","redFlags":{"fever":"yes"}}"#, #"redFlags.fever: expected true or false; found "yes" (a string)"#),
        (#"{"schema":"lumbar.answers/1","symptoms":{"timing":["afterRuns","sometimes"]}}"#,
         #"symptoms.timing[1]: expected one of fromStart, lateInLongRuns, afterRuns, nextMorning, constant; found "sometimes""#),
        (#"{"schema":"lumbar.answers/1","symptoms":{"worseWith":"sitting"}}"#,
         #"symptoms.worseWith: expected an array of words from: sitting, bendingForward, lifting, standing, archingBack, downhill, coughSneeze, longRuns, fastRuns, lyingDown; found "sitting" (a string)"#),
        (#"{"schema":"lumbar.answers/1","episode":[]}"#, "episode: expected an object ({ ... }); found an array"),
        (#"{"schema":"lumbar.answers/1","age":41,"age":42}"#,
         #"the answers file is not valid JSON (line 1, column 39): the field "age" appears twice in the same object"#),
    ]

    @Test(arguments: malformed)
    func malformedAnswersNameTheField(json: String, message: String) {
        #expect {
            _ = try AnswersDecoder.decode(json)
        } throws: { error in
            (error as? AnswersError)?.description == message
        }
        do {
            _ = try AnswersDecoder.decode(json)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func deepNestingIsRejectedNotCrashing() {
        let deep = #"{"schema":"lumbar.answers/1","x":"# + String(repeating: "[", count: 100_000)
        #expect(throws: AnswersError.self) { _ = try AnswersDecoder.decode(deep) }
    }

    @Test func stringEscapesAndUnicode() throws {
        let tree = try JSONTree.parse(#"["a\"b\\\n\u00e9\ud83c\udfc3"]"#)
        #expect(tree == .array([.string("a\"b\\\né🏃")]))
    }
}
