import ArgumentParser
import Foundation
import LumbarCore
import LumbarReport
import LumbarStore

/// `lumbar form`: running form from the watch, per run, and how it drifts with fatigue.
public struct FormCommand: AsyncParsableCommand {
    /// Name, abstract and the discussion shown by `lumbar form --help`.
    public static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Running form from your watch: running dynamics per run and how they drift with fatigue.",
        discussion: """
            For each run: cadence, ground contact time and balance, vertical oscillation and ratio and \
            step length (mean and spread over running only: stops and walking breaks are left out), \
            with Garmin's colour zone. The zones are percentiles of Garmin users, not injury thresholds. \
            Then the first third against the last third of running time at the same pace (±5 %, hills \
            steeper than 4 % left out): cadence down 3 % or more, contact time or oscillation up 5 % or \
            more, any two = "form degrades with fatigue" (clinical.md 8.6). Without a selection, the latest run.
            """
    )

    /// `--database`.
    @OptionGroup public var store: StoreOptions
    /// One run by id.
    @Argument(help: "The id of one run (as `lumbar list` shows it).")
    public var runID: String?
    /// Every run on this date.
    @Option(name: .long, help: "Every run on this local date (YYYY-MM-DD).")
    public var date: String?
    /// The latest N runs.
    @Option(name: .long, help: "The latest N runs.")
    public var last: Int?
    /// JSON instead of tables.
    @Flag(name: .long, help: "Print JSON (stable keys, units in the names) instead of tables.")
    public var json = false
    /// Where to write the chart.
    @Option(name: .long, help: "Write the chart of cadence, contact time and oscillation (latest selected run) to this SVG file.")
    public var svg: String?

    /// Creates the command with no options (argument parser fills them in).
    public init() {}

    /// Exactly one selection, a real date, a positive count: otherwise exit code 2 with advice.
    public func validate() throws {
        if [runID != nil, date != nil, last != nil].filter({ $0 }).count > 1 {
            throw ValidationError("Give one of RUN_ID, --date or --last, not several.")
        }
        if let date, LocalDate(date) == nil { throw ValidationError("--date \(date): expected a date as YYYY-MM-DD, e.g. 2025-11-03.") }
        if let last, last < 1 { throw ValidationError("--last \(last): give a number of runs, 1 or more.") }
    }

    /// Which runs the options select.
    public var selection: FormSelection {
        if let runID { return .id(ActivityID(runID)) }
        if let date, let d = LocalDate(date) { return .date(d) }
        if let last { return .last(last) }
        return .last(1)
    }

    /// Opens the store, analyses the selected runs with today's date, prints, writes the chart.
    public func run() async throws {
        let offset = TimeZone.current.secondsFromGMT()
        let today = LocalDate(utcSeconds: Date().timeIntervalSince1970, offsetSeconds: offset)
        let output = try await FormOutput.make(
            store: try await store.openForCommand(), selection: selection, today: today, json: json,
            fallbackOffsetSeconds: offset)
        if let path = svg {
            guard let chart = output.svg else { throw ValidationError("--svg \(path): no run selected, so there is nothing to draw.") }
            do {
                try chart.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationError("--svg \(path): could not write the file (\(error.localizedDescription)); check the folder exists and is writable.")
            }
        }
        print(output.text, terminator: "")
    }
}

/// The runs `lumbar form` looks at.
public enum FormSelection: Sendable, Hashable {
    /// One run by id.
    case id(ActivityID)
    /// Every run on one local date.
    case date(LocalDate)
    /// The latest N runs.
    case last(Int)
}

/// What `lumbar form` prints (and draws), computed from a store: testable with `MemoryStore`.
public struct FormOutput: Sendable {
    /// Tables or JSON, ending with a newline.
    public var text: String
    /// The chart of the latest selected run, if any run was selected.
    public var svg: String?

    /// Loads the selected runs and the findings window, analyses them and renders the result.
    public static func make(
        store: any Store, selection: FormSelection, today: LocalDate, json: Bool, rules: FormRules = .standard,
        fallbackOffsetSeconds: Int = 0
    ) async throws -> FormOutput {
        let runs = try await selectedRuns(store: store, selection: selection)
        let forms = runs.map { FormAnalysis.run($0, rules: rules, fallbackOffsetSeconds: fallbackOffsetSeconds) }
        let window = try await store.activities(from: today.adding(days: 1 - rules.windowDays), through: today, withSamples: true)
        let history = FormAnalysis.history(window, asOf: today, rules: rules, fallbackOffsetSeconds: fallbackOffsetSeconds)
        let chart = zip(runs, forms).map { $0 }.last.map { run, form in
            FormChart.svg(FormSeries(run, rules: rules), title: title(form))
        }
        let text = json
            ? FormJSON.render(forms, history: history, rules: rules)
            : FormTable.render(forms, history: history, rules: rules, emptyMessage: emptyMessage(selection))
        return FormOutput(text: text, svg: chart)
    }

    static func selectedRuns(store: any Store, selection: FormSelection) async throws -> [Activity] {
        switch selection {
        case .id(let id):
            guard let a = try await store.activity(id: id) else {
                throw ValidationError("No activity with id \(id): `lumbar list` shows the ids of stored runs.")
            }
            guard a.sport.isRunning else {
                throw ValidationError("Activity \(id) is \(a.sport.rawValue), not a run: lumbar form reads runs only.")
            }
            return [a]
        case .date(let d):
            return try await store.activities(from: d, through: d, withSamples: true).filter(\.sport.isRunning)
        case .last(let n):
            let ids = try await store.activitySummaries(since: nil).filter(\.sport.isRunning).prefix(n).map(\.id)
            var runs: [Activity] = []
            for id in ids.reversed() { if let a = try await store.activity(id: id) { runs.append(a) } }
            return runs
        }
    }

    static func emptyMessage(_ selection: FormSelection) -> String {
        switch selection {
        case .id(let id): "No run \(id)."
        case .date(let d): "No runs on \(d): `lumbar list` shows the dates of stored runs."
        case .last: "No runs stored yet: import your watch files with `lumbar import`."
        }
    }

    static func title(_ form: RunForm) -> String {
        FormOutputWords.heading(form)
    }
}
