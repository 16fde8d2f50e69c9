import ArgumentParser
import LumbarCore
import LumbarStore

/// `lumbar activities [--since DATE] [--json]`: the stored runs, newest first.
struct ActivitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activities",
        abstract: "List stored runs, newest first.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Only runs on or after this local date (YYYY-MM-DD).")
    var since: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        var sinceDate: LocalDate?
        if let since {
            guard let date = LocalDate(since) else {
                throw Terminal.usage("--since \(since) is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31.")
            }
            sinceDate = date
        }
        let opened = try await store.openForCommand()
        Terminal.print(try await Self.render(store: opened, since: sinceDate, json: json))
    }

    /// The listing as printed: a table, or `{"activities": [...]}`.
    static func render(store: any Store, since: LocalDate?, json: Bool) async throws -> String {
        let summaries = try await store.activitySummaries(since: since)
        if json { return ActivityListing.json(summaries) }
        let units = try await store.settings().units == "mi" ? DistanceUnit.miles : .kilometres
        return ActivityListing.table(summaries, units: units, since: since)
    }
}
