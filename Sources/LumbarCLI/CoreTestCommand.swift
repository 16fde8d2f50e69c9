import ArgumentParser
import Foundation
import LumbarCore
import LumbarStore

/// `lumbar core-test`: record or time the McGill core-endurance battery (clinical.md 4).
struct CoreTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "core-test",
        abstract: "Record or time the McGill core-endurance tests and compare them with norms.",
        discussion: """
            Give the hold times in seconds, or none to be guided through the four tests in random \
            order (Enter starts and stops each hold). Compares with McGill 1999 norms by sex (pooled \
            adult norms otherwise), checks McGill's balance ratios, and reports change since your \
            last test only when it exceeds the 43 s a re-test can vary by chance.
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Trunk flexor hold, seconds (0-600).") var flexor: Double?
    @Option(name: .long, help: "Back extensor (Sorensen) hold, seconds (0-600).") var extensor: Double?
    @Option(name: .customLong("side-right"), help: "Right side bridge, seconds (0-600).") var sideRight: Double?
    @Option(name: .customLong("side-left"), help: "Left side bridge, seconds (0-600).") var sideLeft: Double?
    @Option(name: .long, help: "Date of the test, YYYY-MM-DD (default today).") var date: String?
    @Option(name: .long, help: "female, male, other or undisclosed (default: settings or your answers).") var sex: String?
    @Option(name: .long, help: "Rest between guided tests, seconds (default 300).") var rest: Double = 300

    init() {}

    var given: [CoreTestKind: Double] {
        var t: [CoreTestKind: Double] = [:]
        t[.flexor] = flexor
        t[.extensor] = extensor
        t[.sideBridgeRight] = sideRight
        t[.sideBridgeLeft] = sideLeft
        return t
    }

    func validate() throws {
        for (name, v) in [("--flexor", flexor), ("--extensor", extensor), ("--side-right", sideRight), ("--side-left", sideLeft)] {
            if let v, !AnswerRanges.coreTestSeconds.contains(v) {
                throw cliUsageError("\(name): expected seconds from 0 to 600; found \(Question.plain(v))")
            }
        }
        if let date, LocalDate(date) == nil { throw cliUsageError("--date: expected YYYY-MM-DD; found \(date)") }
        if let sex, Answers.Sex(rawValue: sex) == nil {
            throw cliUsageError("--sex: expected one of female, male, other, undisclosed; found \(sex)")
        }
        if !(0...3600).contains(rest) { throw cliUsageError("--rest: expected seconds from 0 to 3600; found \(rest)") }
    }

    func run() async throws {
        let opened = try await store.openForCommand()
        let today = LocalDate(utcSeconds: Date().timeIntervalSince1970, offsetSeconds: TimeZone.current.secondsFromGMT())
        let runner = CoreTestRunner(store: opened, console: StandardLineConsole(), clock: SystemTestClock())
        let code = try await runner.run(
            given: given, date: date.flatMap(LocalDate.init) ?? today, sex: sex.flatMap(Answers.Sex.init(rawValue:)),
            order: CoreTestKind.allCases.shuffled(), restSeconds: rest)
        if code != 0 { throw ExitCode(code) }
    }
}
