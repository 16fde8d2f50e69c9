import ArgumentParser
import Foundation
import LumbarCore
import LumbarReport
import LumbarStore

/// `lumbar export --out DIR`: everything lumbar keeps, as JSON and CSV files.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write everything lumbar keeps (runs with samples, answers, core tests, pain diary, postures, settings, results) to a folder.",
        discussion: """
            The folder gets manifest.json (format lumbar.export/1), one JSON file per kind of record \
            (runs/<id>.json with every sample), the same data as CSV for spreadsheets, and \
            results/analysis.json (lumbar.result/1, as `lumbar analyze --json` prints it). The JSON \
            files are lossless: `lumbar import DIR` reads them back, and importing the same export \
            twice stores nothing twice. The folder must be new or empty; files are readable only by you.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "The folder to write (new or empty).")
    var out: String

    @Option(name: .customLong("as-of"), help: "Date of the analysis written to results/ (YYYY-MM-DD; default today).")
    var asOf: String?

    func validate() throws {
        if let asOf, LocalDate(asOf) == nil {
            throw ValidationError("--as-of must be a date like 2026-11-27 (got \"\(asOf)\").")
        }
    }

    func run() async throws {
        let opened = try await store.openForCommand()
        let result = try await AnalyzeOptions.analyse(opened, asOf: asOf.flatMap(LocalDate.init)).result
        let manifest: StoreArchive.Manifest
        do {
            manifest = try await StoreArchive.export(
                opened, to: out, extraFiles: ["results/analysis.json": ResultJSON.encode(result, pretty: true) + "\n"])
        } catch let error as StoreArchiveError {
            throw Terminal.failure(error.description)
        }
        Terminal.print("""
            Exported \(manifest.runs) runs, \(manifest.answers) answer sets, \(manifest.coreTests) core tests, \
            \(manifest.painEntries) pain entries and \(manifest.postures) posture recordings to \(out) \
            (\(manifest.files.count) files).

            """)
    }
}
