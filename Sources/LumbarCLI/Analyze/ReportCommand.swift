import ArgumentParser
import LumbarReport

/// `lumbar report FILE`: the self-contained HTML report (the same as `analyze --html FILE`),
/// one file that prints well on A4, to hand to a physiotherapist or doctor.
public struct ReportCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the self-contained HTML report (the same as analyze --html FILE)."
    )

    @Argument(help: "Where to write the report (.html).")
    public var file: String

    @OptionGroup public var options: AnalyzeOptions

    public init() {}

    public func run() async throws {
        let output = try await analyseOrExit(options, command: "report")
        try writeReport(HTMLReport.render(output.result, charts: output.charts), to: file, command: "report")
        Terminal.print("Wrote the report to \(file).\n")
    }
}
