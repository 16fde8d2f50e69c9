import ArgumentParser
import Foundation
import LumbarCore
import LumbarReport
import LumbarStore

/// `lumbar load`: weekly training load, single-run spikes, acute:chronic ratios and monotony,
/// and the findings they give for "muscle strain from overuse" (clinical.md 6, 8.9-8.10).
public struct LoadCommand: AsyncParsableCommand {
    /// Name, abstract and help text.
    public static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Training load and overuse: weekly distance, run spikes, load ratios, monotony.",
        discussion: """
            Shows the ISO weeks (Monday first) ending at the later of today and your last run, newest \
            last, with flags below: runs more than 10 % longer than your longest run of the 30 days \
            before (Frandsen 2025), weeks more than 30 % up on the week before (Nielsen 2014), and \
            low-variety weeks. The acute:chronic ratio is shown for information only, beside your \
            own usual range: in runners it did not predict injury.
            """
    )

    /// `--database`.
    @OptionGroup public var store: StoreOptions
    /// ISO weeks to show.
    @Option(name: .long, help: "How many ISO weeks to show (1-520).")
    public var weeks: Int = 12
    /// The analysis date as typed (YYYY-MM-DD).
    @Option(name: .customLong("as-of"), help: "Analyse as of this date (YYYY-MM-DD) instead of today.")
    public var asOf: String?
    /// The onset date as typed (YYYY-MM-DD).
    @Option(name: .long, help: "When the back pain began (YYYY-MM-DD): findings look at the 14 days up to it.")
    public var onset: String?
    /// The ratio method as typed.
    @Option(name: .long, help: "Ratio method: coupled, uncoupled or ewma.")
    public var acwr: String = "ewma"
    /// Print JSON.
    @Flag(name: .long, help: "Print JSON instead of the table.")
    public var json = false
    /// Print the formulas too.
    @Flag(name: .long, help: "Also print every formula with its source.")
    public var explain = false
    /// Where to write the SVG chart.
    @Option(name: .long, help: "Also write the chart as SVG to this file.")
    public var svg: String?

    /// Creates the command with default options (ArgumentParser fills them in).
    public init() {}

    /// Refuses bad options before anything is read (exit code of a usage error).
    public func validate() throws {
        _ = try LoadCommand.options(weeks: weeks, asOf: asOf, onset: onset, acwr: acwr, json: json, explain: explain)
    }

    /// Opens the store, renders, prints, and writes the chart when asked.
    public func run() async throws {
        let options = try LoadCommand.options(weeks: weeks, asOf: asOf, onset: onset, acwr: acwr, json: json, explain: explain)
        let store = try await self.store.openForCommand()
        let settings = try await store.settings()
        let zone = settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? .current
        let now = Date()
        let offset = zone.secondsFromGMT(for: now)
        let today = LocalDate(utcSeconds: now.timeIntervalSince1970, offsetSeconds: offset)
        let output = try await LoadCommand.render(
            store: store, today: today, fallbackOffsetSeconds: offset, options: options,
            offsetAt: { zone.secondsFromGMT(for: Date(timeIntervalSince1970: $0)) })
        print(output.text, terminator: "")
        if let svg {
            do {
                try output.svg.write(toFile: svg, atomically: true, encoding: .utf8)
            } catch {
                FileHandle.standardError.write(
                    Data("lumbar load: could not write the chart to \(svg) (\(error.localizedDescription)). Check that the folder exists and is writable.\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}

extension LoadCommand {
    /// Checked command-line options.
    public struct Options: Sendable, Hashable {
        /// ISO weeks to show (1-520).
        public var weeks = 12
        /// The analysis date; nil = the later of today and the last run.
        public var asOf: LocalDate?
        /// When the pain began.
        public var onset: LocalDate?
        /// The ratio method.
        public var acwr = RatioMethod.ewma
        /// Print JSON.
        public var json = false
        /// Print the formulas too.
        public var explain = false

        /// Options with defaults.
        public init(
            weeks: Int = 12, asOf: LocalDate? = nil, onset: LocalDate? = nil, acwr: RatioMethod = .ewma,
            json: Bool = false, explain: Bool = false
        ) {
            self.weeks = weeks
            self.asOf = asOf
            self.onset = onset
            self.acwr = acwr
            self.json = json
            self.explain = explain
        }
    }

    /// What `lumbar load` prints, and the chart.
    public struct Output: Sendable {
        /// What is printed (table or JSON).
        public var text: String
        /// The chart.
        public var svg: String
        /// The analysis behind both.
        public var report: LoadReport
    }

    /// Parses and checks the raw options; errors say what to type instead.
    public static func options(
        weeks: Int, asOf: String?, onset: String?, acwr: String, json: Bool, explain: Bool
    ) throws -> Options {
        guard (1...520).contains(weeks) else {
            throw ValidationError("--weeks must be between 1 and 520 (got \(weeks)).")
        }
        guard let method = RatioMethod(rawValue: acwr.lowercased()) else {
            throw ValidationError("--acwr must be coupled, uncoupled or ewma (got \"\(acwr)\").")
        }
        func date(_ text: String?, _ name: String) throws -> LocalDate? {
            guard let text else { return nil }
            guard let d = LocalDate(text) else {
                throw ValidationError("\(name) must be a date like 2026-11-12 (got \"\(text)\").")
            }
            return d
        }
        return Options(
            weeks: weeks, asOf: try date(asOf, "--as-of"), onset: try date(onset, "--onset"), acwr: method, json: json,
            explain: explain)
    }

    /// The testable core of the command: reads runs, settings and the pain diary (whose session
    /// RPE ratings feed the runs they are linked to) from `store`, and renders.
    /// The as-of date is `options.asOf`, else the later of `today` and the last run's date.
    /// `offsetAt` (UTC seconds → the configured zone's offset then) dates runs whose file has no
    /// offset of its own, so summer and winter runs get their own offsets; without it,
    /// `fallbackOffsetSeconds` is used for all of them.
    public static func render(
        store: any Store, today: LocalDate, fallbackOffsetSeconds: Int, options: Options,
        offsetAt: (@Sendable (Double) -> Int)? = nil
    ) async throws -> Output {
        let settings = try await store.settings()
        var activities = DiaryRPE.apply(
            try await store.painEntries(), to: try await store.activities(from: nil, through: nil, withSamples: true))
        if let offsetAt {
            for i in activities.indices where activities[i].utcOffsetSeconds == nil {
                activities[i].utcOffsetSeconds = offsetAt(activities[i].start)
            }
        }
        let lastRun = activities.filter(\.sport.isRunning).map { $0.localDate(fallbackOffsetSeconds: fallbackOffsetSeconds) }.max()
        let asOf = options.asOf ?? max(today, lastRun ?? today)
        let report = LoadReport.make(
            activities: activities, settings: settings, asOf: asOf, onset: options.onset,
            fallbackOffsetSeconds: fallbackOffsetSeconds, acwr: options.acwr, weeks: options.weeks)
        let text = options.json
            ? LoadJSON.render(report, formulas: options.explain) : LoadTable.render(report, explain: options.explain)
        return Output(text: text, svg: LoadChart.svg(report), report: report)
    }
}
