import ArgumentParser
import Foundation
import LumbarCore
import LumbarStore

/// `lumbar assess`: the questionnaire (terminal or answers file), red flags first.
struct AssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Answer the questionnaire (red-flag safety questions first) and store the answers.",
        discussion: """
            Without --answers, asks the questions in the terminal: y/n/? (don't know), b to go back, \
            q to stop; progress is saved after every answer and offered for resuming next time. With \
            --answers FILE.json (lumbar.answers/1) it runs without prompts; a file with a mistake is \
            refused with the field named, exit code 2, and nothing is stored.
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "A lumbar.answers/1 JSON file to read instead of asking.")
    var answers: String?

    @Option(name: .long, help: "Also write the answers to this file (lumbar.answers/1).")
    var out: String?

    @Flag(name: .long, help: "Print the red-flag result as JSON (urgency, redFlags, unknowns).")
    var json = false

    @Option(name: .long, help: "Where to keep an unfinished questionnaire (default: next to the database).")
    var progress: String?

    init() {}

    func run() async throws {
        let opened = try await store.openForCommand()
        let runner = AssessRunner(
            store: opened, console: StandardLineConsole(), now: Date().timeIntervalSince1970, json: json,
            outPath: out,
            progressPath: progress
                ?? ProgressFile.defaultPath(database: store.database, environment: ProcessInfo.processInfo.environment))
        let code = try await runner.run(answersPath: answers)
        if code != 0 { throw ExitCode(code) }
    }
}
