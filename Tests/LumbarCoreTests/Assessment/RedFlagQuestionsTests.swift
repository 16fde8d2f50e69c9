import Testing
import LumbarCore

@Suite struct RedFlagQuestionsTests {
    @Test func everyRedFlagHasOneQuestionInPlainWords() {
        #expect(Set(Answers.RedFlags.questions.keys) == Set(Answers.RedFlags.keys))
        for key in Answers.RedFlags.keys {
            let text = Answers.RedFlags.question(key)
            #expect(text.hasSuffix("?"), "\(key): \(text)")
            #expect(text != key)
        }
    }
}
