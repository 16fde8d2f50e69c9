import Foundation
import LumbarCore
import LumbarStore

/// What `lumbar core-test` does, apart from argument parsing.
struct CoreTestRunner {
    var store: any Store
    var console: any LineConsole
    var clock: any TestClock

    /// Records given times, or guides the battery when none are given; stores and reports.
    func run(
        given: [CoreTestKind: Double], date: LocalDate, sex: Answers.Sex?, order: [CoreTestKind], restSeconds: Double
    ) async throws -> Int32 {
        var times = given
        if times.isEmpty {
            let guide = CoreTestGuide(console: console, clock: clock, restSeconds: restSeconds, order: order)
            let outcome = await guide.run()
            times = outcome.times
            if times.isEmpty {
                console.write("\nNo hold recorded; nothing stored.\n")
                return outcome.stopped ? 0 : 1
            }
            console.write("\n")
        }
        let result = CoreTestResult(
            date: date, flexorSeconds: times[.flexor], extensorSeconds: times[.extensor],
            sideBridgeRightSeconds: times[.sideBridgeRight], sideBridgeLeftSeconds: times[.sideBridgeLeft])
        let previous = try await store.coreTests().last { $0.date < date }
        var resolvedSex = sex
        if resolvedSex == nil { resolvedSex = try await storedSex() }
        try await store.saveCoreTest(result)
        let assessment = CoreTestAssessment.assess(result, sex: resolvedSex, previous: previous)
        console.write(CoreTestReport.text(assessment))
        if resolvedSex == nil {
            console.write("Sex not known (--sex or `lumbar assess`): compared with pooled adult norms (R43).\n")
        }
        console.write("Stored the test of \(date).\n")
        return 0
    }

    /// The sex from settings, else from the latest stored answers.
    private func storedSex() async throws -> Answers.Sex? {
        if let s = try await store.settings().sex, let sex = Answers.Sex(rawValue: s) { return sex }
        for stored in try await store.answersHistory().reversed() {
            if let sex = try? AnswersDecoder.decode(stored.json).answers.sex { return sex }
        }
        return nil
    }
}
