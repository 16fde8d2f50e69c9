import ArgumentParser
import Foundation
import LumbarCore
import LumbarStore

/// `lumbar pain log`: one diary entry, linked to a run by id or by date.
struct PainLogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log pain (0-10) during and after a run, and the next morning.",
        discussion: """
            Links the entry to a run: --run ID, or the run on --date (default today; yesterday when \
            only --next-morning is given). Prints the \
            pain-monitoring zone of your latest run: continue (pain during <= 3), hold (4-5), or \
            step back (> 5, not settled by the next morning, or rising week on week).
            """)

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "Pain during the run, 0-10.") var during: Double?
    @Option(name: .long, help: "Pain after the run, 0-10.") var after: Double?
    @Option(name: .customLong("next-morning"), help: "Pain the next morning, 0-10.") var nextMorning: Double?
    @Option(name: .long, help: "How hard the run felt, 0-10 (session RPE).") var rpe: Double?
    @Option(name: .long, help: "PEG: pain, enjoyment, activity, each 0-10, e.g. 4,3,2.") var peg: String?
    @Option(name: .customLong("roland-morris"), help: "Roland-Morris score, 0-24.") var rolandMorris: Int?
    @Option(name: .customLong("run"), help: "The run's id (see the run list).") var runID: String?
    @Option(name: .long, help: "The run's date, YYYY-MM-DD (default today).") var date: String?
    @Option(name: .long, help: "A short note.") var note: String?

    init() {}

    func validate() throws {
        if runID != nil && date != nil { throw cliUsageError("give --run or --date, not both") }
        if let date, LocalDate(date) == nil { throw cliUsageError("--date: expected YYYY-MM-DD; found \(date)") }
        _ = try parsedPEG()
    }

    func parsedPEG() throws -> [Double]? {
        guard let peg else { return nil }
        let parts = peg.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.allSatisfy({ $0 != nil }) else {
            throw cliUsageError("--peg: expected three numbers 0-10 separated by commas, e.g. 4,3,2; found \(peg)")
        }
        return parts.map { $0! }
    }

    func run() async throws {
        let opened = try await store.openForCommand()
        let today = LocalDate(utcSeconds: Date().timeIntervalSince1970, offsetSeconds: TimeZone.current.secondsFromGMT())
        // A next-morning value alone is about yesterday's run unless a run or date is given.
        let onlyMorning = during == nil && after == nil && nextMorning != nil
        let entry = PainEntry(
            date: date.flatMap(LocalDate.init) ?? (onlyMorning ? today.adding(days: -1) : today), duringRun: during, afterRun: after, nextMorning: nextMorning,
            perceivedExertion: rpe, peg: try parsedPEG(), rolandMorris: rolandMorris, note: note)
        let result = try await PainDiary(store: opened).log(entry, runID: runID.map { ActivityID($0) })
        switch result {
        case .success(let text): print(text, terminator: "")
        case .failure(let message):
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
