import PropertyBased
import Testing
@testable import LumbarCore

/// Properties of the screen and the answers format over random answers.
@Suite("Assessment properties")
struct AssessmentPropertyTests {
    /// 0 = unanswered, 1 = no, 2 = yes, per red-flag key.
    static func answers(_ states: [Int], age: Int) -> Answers {
        var a = Answers()
        a.age = age
        for (key, s) in zip(Answers.RedFlags.keys, states) { a.redFlags[key] = s == 0 ? nil : s == 2 }
        return a
    }

    @Test func noAndUnansweredNeverRaiseUrgency() async {
        await propertyCheck(input: Gen.int(in: 0...1).array(of: 20), Gen.int(in: 10...100)) { states, age in
            let a = Self.answers(states, age: age)
            let r = RedFlagScreen.evaluate(a)
            #expect(r.urgency == .none && r.redFlags.isEmpty)
            #expect(r.unknowns.count >= states.filter { $0 == 0 }.count - 2)
        }
    }

    @Test func answeringYesNeverLowersUrgency() async {
        await propertyCheck(input: Gen.int(in: 1...2).array(of: 20), Gen.int(in: 10...100), Gen.int(in: 0...19)) {
            states, age, flip in
            var raised = states
            raised[flip] = 2
            let before = RedFlagScreen.evaluate(Self.answers(states, age: age)).urgency
            let after = RedFlagScreen.evaluate(Self.answers(raised, age: age)).urgency
            #expect(after >= before)
        }
    }

    @Test func everyFlagNamesItsAnswersAndAdvice() async {
        await propertyCheck(input: Gen.int(in: 0...2).array(of: 20), Gen.int(in: 10...100)) { states, age in
            for f in RedFlagScreen.evaluate(Self.answers(states, age: age)).redFlags {
                #expect(!f.because.isEmpty && !f.advice.isEmpty && f.urgency > .none)
            }
        }
    }

    @Test func encodeDecodeRoundTrips() async throws {
        await propertyCheck(
            input: Gen.int(in: 0...2).array(of: 20), Gen.int(in: 10...100), Gen.double(in: 0...10), Gen.int(in: 0...600)
        ) { states, age, pain, seconds in
            var a = Self.answers(states, age: age)
            a.pain.now = pain
            a.coreTests.extensorSeconds = Double(seconds) / 2
            a.symptoms.worseWith = Array(Answers.Aggravator.allCases.prefix(seconds % 5))
            let text = AnswersEncoder.encode(a)
            let back = try AnswersDecoder.decode(text)
            #expect(back.answers == a)
            #expect(AnswersEncoder.encode(back.answers) == text)
        }
    }

    /// Any bytes: an answer or a precise error, never a crash.
    @Test func arbitraryBytesNeverCrash() async {
        await propertyCheck(input: Gen.int(in: 0...255).array(of: 0...300)) { ints in
            let bytes = ints.map { UInt8($0) }
            do { _ = try AnswersDecoder.decode(bytes) } catch let e as AnswersError { #expect(!e.description.isEmpty) } catch { Issue.record("untyped error \(error)") }
        }
    }

    /// A valid document with one byte changed: decodes or names the problem.
    @Test func mutatedDocumentsNeverCrash() async {
        let valid = Array(AnswersDecoderTests.full.utf8)
        await propertyCheck(input: Gen.int(in: 0...(valid.count - 1)), Gen.int(in: 0...255)) { at, byte in
            var bytes = valid
            bytes[at] = UInt8(byte)
            do { _ = try AnswersDecoder.decode(bytes) } catch let e as AnswersError { #expect(!e.description.isEmpty) } catch { Issue.record("untyped error \(error)") }
        }
    }
}
