import ArgumentParser
import Foundation
import LumbarCore
import LumbarFormats
import LumbarStore

/// `lumbar import PATH... [--sport SPORT]`: reads watch files and folders into the database.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import FIT, GPX and TCX files (also .gz) and whole folders of them.",
        discussion: """
            Folders are read recursively. The same file imported twice is stored once, and the same \
            run recorded by two devices or apps becomes one activity that keeps the richer copy. Only \
            runs are stored; other sports are counted and skipped. Exit status: 0 when every \
            recognised file was read, 1 when some failed (the others are still imported), 2 on \
            usage errors.
            """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    @Option(help: "The sport of files that name none (GPX without a type): running, walking, hiking, ...")
    var sport: String?

    func run() async throws {
        var override: Sport?
        if let sport {
            guard let parsed = Sport(rawValue: sport) else {
                throw Terminal.usage("--sport \(sport) is not a sport lumbar knows; use one of: \(Sport.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            override = parsed
        }
        let files: [FileWalker.Entry]
        do {
            files = try FileWalker.files(in: paths)
        } catch {
            throw Terminal.usage(error.description)
        }
        let opened = try await store.openForCommand()
        let bar: ProgressBar? = Terminal.stderrIsTTY ? ProgressBar() : nil
        var progress: (@Sendable (ImportProgress) -> Void)?
        if let bar { progress = { p in bar.update(p) } }
        let summary = try await Self.importFiles(
            files, sport: override, into: opened, readers: DefaultReaders.all, progress: progress)
        bar?.finish()
        Terminal.print(Self.summaryText(summary, sportOverride: override))
        if !summary.failed.isEmpty { throw ExitCode(1) }
    }

    /// Imports `files` into `store` through `readers`.
    static func importFiles(
        _ files: [FileWalker.Entry], sport: Sport?, into store: any Store, readers: [any ActivityFileReader],
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) async throws -> ImportSummary {
        let pipeline = ImportPipeline(readers: readers, options: .init(sportOverride: sport))
        return try await pipeline.run(files: files, into: StoreDestination(store: store), progress: progress)
    }

    /// The summary printed after every import.
    static func summaryText(_ s: ImportSummary, sportOverride: Sport? = nil) -> String {
        var lines: [String] = []
        func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        lines.append("Read \(plural(s.files, "file", "files")) (\(String(format: "%.1f", Double(s.bytes) / 1_000_000)) MB).")
        var stored = "Imported \(plural(s.imported, "run", "runs"))"
        var extras: [String] = []
        if s.duplicates > 0 { extras.append("\(s.duplicates) already stored") }
        if s.merged > 0 { extras.append("\(plural(s.merged, "run", "runs")) merged with another copy of the same run") }
        if !extras.isEmpty { stored += " (" + extras.joined(separator: ", ") + ")" }
        lines.append(stored + ".")
        if s.skippedCount > 0 {
            let bySport = s.skipped.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value) \($0.key.rawValue)" }
            lines.append("Skipped \(plural(s.skippedCount, "activity that is", "activities that are")) not a run: \(bySport.joined(separator: ", ")).")
        }
        if !s.ignored.isEmpty {
            let examples = s.ignored.prefix(3).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
            lines.append("Ignored \(plural(s.ignored.count, "file", "files")) lumbar does not read (\(examples)\(s.ignored.count > 3 ? ", ..." : "")).")
        }
        if !s.assumedSport.isEmpty {
            let assumed = sportOverride.map { "read as \($0.rawValue) (--sport)" } ?? "running was assumed (set another with --sport)"
            lines.append("\(plural(s.assumedSport.count, "file names", "files name")) no sport; \(assumed):")
            lines += s.assumedSport.map { "  \($0)" }
        }
        if !s.warnings.isEmpty {
            lines.append("\(plural(s.warnings.count, "warning", "warnings")) (the data before each problem was kept):")
            lines += s.warnings.map { "  \($0)" }
        }
        if !s.failed.isEmpty {
            lines.append("Failed: \(plural(s.failed.count, "file", "files")) could not be read; nothing of them was stored:")
            lines += s.failed.map { "  \($0.message)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
