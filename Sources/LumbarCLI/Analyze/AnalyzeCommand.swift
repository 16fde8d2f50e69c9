import ArgumentParser
import Foundation
import LumbarAnalysis
import LumbarCore
import LumbarReport

/// `lumbar analyze`: red flags first, then the four causes ranked with the findings that moved
/// each, what is still unknown, and a plan.
public struct AnalyzeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Rank the four causes of your back pain with your own data, and get a plan.",
        discussion: """
            Uses the stored runs, the latest answers (or --answers FILE), core-test times, the pain \
            diary, running form and posture recordings. Red flags always come first. The result \
            says what your data is most consistent with: it is not a diagnosis. --json prints \
            exactly one lumbar.result/1 document; --html FILE also writes the report.
            """
    )

    @OptionGroup public var options: AnalyzeOptions

    @Flag(name: .long, help: "Print the result as one JSON document (lumbar.result/1).")
    public var json = false

    @Option(name: .long, help: "Also write the self-contained HTML report to this file.")
    public var html: String?

    @Flag(name: .long, help: "Print the likelihood table of the model (every row with its source) and exit.")
    public var model = false

    public init() {}

    public func run() async throws {
        if model {
            Terminal.print(ModelTable.render())
            return
        }
        let output = try await analyseOrExit(options, command: "analyze")
        if let html {
            try writeReport(HTMLReport.render(output.result, charts: output.charts), to: html, command: "analyze")
        }
        if json {
            Terminal.print(ResultJSON.encode(output.result) + "\n")
        } else {
            Terminal.print(AnalyzeCommand.text(output, colour: isatty(1) != 0, htmlPath: html))
        }
    }

    /// The terminal text: the engine's report (at "emergency" the red flag alone comes first),
    /// then the safety net, notes about the inputs, and where the HTML report went.
    public static func text(_ output: AnalysisAssembly.Output, colour: Bool, htmlPath: String?) -> String {
        var text = TerminalReport.render(output.result, colour: colour)
        if !text.hasSuffix("\n") { text += "\n" }
        if !output.safetyNet.isEmpty {
            text += "\nWhen to get help at once:\n" + output.safetyNet.map { "  - \($0)\n" }.joined()
        }
        if !output.notes.isEmpty {
            text += "\n" + output.notes.map { "Note: \($0)\n" }.joined()
        }
        if let htmlPath { text += "\nThe full report is in \(htmlPath).\n" }
        return text
    }
}
