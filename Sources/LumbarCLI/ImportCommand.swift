import ArgumentParser
import Dispatch
import Foundation
import LumbarCore
import LumbarFormats
import LumbarStore

/// `lumbar import PATH... [--sport SPORT]`: reads watch files and folders into the database.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import FIT, GPX and TCX files (also .gz), whole folders of them, and Strava, Garmin Connect and Apple Health exports.",
        discussion: """
            Exports are recognised by their layout, zipped or unpacked: a Strava bulk export \
            (activities.csv + activities/), a Garmin Connect export (DI_CONNECT/...), an Apple Health \
            export.zip or export.xml; any other zip is searched for activity files (archives inside it are \
            not opened). A folder written by `lumbar export` is read back whole: runs, answers, core \
            tests, pain diary, postures and settings, nothing twice. Archives are read \
            in place, never unpacked. Ctrl-C stops between two runs; run the same command again to \
            continue (nothing is stored twice). Folders are read recursively. The same file imported twice is stored once, and the same \
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

    @Option(help: "Largest compression ratio accepted for one archive entry (zip-bomb guard).")
    var maxRatio: Double = 1000

    @Option(help: "Most bytes decompressed over the whole import, e.g. 64G, 500M (zip-bomb guard).")
    var maxUncompressed: String = "64G"

    /// `64G`, `500M`, `1024K` or plain bytes.
    static func parseSize(_ text: String) -> Int64? {
        let units: [Character: Int64] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: "IB", with: "").replacingOccurrences(of: "B", with: "")
        if let last = trimmed.last, let factor = units[last], let n = Double(trimmed.dropLast()), n > 0 { return Int64(n * Double(factor)) }
        return Int64(trimmed).flatMap { $0 > 0 ? $0 : nil }
    }

    func run() async throws {
        var override: Sport?
        if let sport {
            guard let parsed = Sport(rawValue: sport) else {
                throw Terminal.usage("--sport \(sport) is not a sport lumbar knows; use one of: \(Sport.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            override = parsed
        }
        guard maxRatio >= 1 else { throw Terminal.usage("--max-ratio must be at least 1 (it is \(maxRatio)).") }
        guard let maxBytes = Self.parseSize(maxUncompressed) else {
            throw Terminal.usage("--max-uncompressed \(maxUncompressed) is not a size; write e.g. 64G, 500M or a number of bytes.")
        }
        // A missing path is a usage error before anything is created; then the database is
        // opened (created) before any input is read, so a crash mid-import leaves a sound file.
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw Terminal.usage(ImportPathError.missing(path: path).description)
        }
        let opened = try await store.openForCommand()
        // Folders written by `lumbar export` are read back whole (lossless, idempotent).
        let archives = paths.filter(StoreArchive.isExport)
        for folder in archives {
            do {
                let restored = try await StoreArchive.restore(from: folder, into: opened)
                Terminal.print(Self.restoreText(restored, folder: folder))
            } catch let error as StoreArchiveError {
                throw Terminal.failure(error.description)
            }
        }
        let rest = paths.filter { !archives.contains($0) }
        if rest.isEmpty { return }
        let inputs: ImportInputs
        do {
            inputs = try ImportInputs.resolve(rest, limits: ExportLimits(maxRatio: maxRatio, maxUncompressedBytes: maxBytes))
        } catch {
            throw Terminal.usage(error.description)
        }
        let bar: ProgressBar? = Terminal.stderrIsTTY ? ProgressBar() : nil
        var progress: (@Sendable (ImportProgress) -> Void)?
        if let bar { progress = { p in bar.update(p) } }
        let work = Task {
            try await Self.importInputs(inputs, sport: override, into: opened, readers: DefaultReaders.all, progress: progress)
        }
        // Ctrl-C cancels the import task; the pipeline stops between two runs.
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler { work.cancel() }
        interrupt.resume()
        let summary = try await work.value
        interrupt.cancel()
        signal(SIGINT, SIG_DFL)
        bar?.finish()
        Terminal.print(Self.summaryText(summary, sportOverride: override))
        if summary.interrupted { throw ExitCode(130) }
        if !summary.failed.isEmpty { throw ExitCode(1) }
    }

    /// Imports exports and files into `store`; sets the resting heart rate from an Apple Health
    /// export when the runner has none.
    static func importInputs(
        _ inputs: ImportInputs, sport: Sport?, into store: any Store, readers: [any ActivityFileReader],
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) async throws -> ImportSummary {
        let pipeline = ImportPipeline(readers: readers, options: .init(sportOverride: sport))
        let summary = try await pipeline.run(inputs: inputs, into: StoreDestination(store: store), progress: progress)
        if let resting = summary.latestRestingHeartRate {
            var settings = try await store.settings()
            if settings.restingHeartRate == nil {
                settings.restingHeartRate = resting
                try await store.saveSettings(settings)
            }
        }
        return summary
    }

    /// Imports `files` into `store` through `readers`.
    static func importFiles(
        _ files: [FileWalker.Entry], sport: Sport?, into store: any Store, readers: [any ActivityFileReader],
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) async throws -> ImportSummary {
        let pipeline = ImportPipeline(readers: readers, options: .init(sportOverride: sport))
        return try await pipeline.run(files: files, into: StoreDestination(store: store), progress: progress)
    }

    /// The summary printed after reading back a `lumbar export` folder.
    static func restoreText(_ r: StoreArchive.RestoreSummary, folder: String) -> String {
        var text = "Read the lumbar export \(folder): \(r.runsAdded) runs added"
        if r.runsAlreadyStored > 0 { text += " (\(r.runsAlreadyStored) already stored)" }
        text += ", \(r.answersAdded) answer sets, \(r.coreTestsAdded) core tests, \(r.painEntriesAdded) pain entries,"
        text += " \(r.posturesAdded) posture recordings added.\n"
        return text
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
        lines += s.exportNotes
        for (reason, n) in s.skippedForReason.sorted(by: { $0.key < $1.key }) {
            lines.append("Skipped \(plural(n, "entry", "entries")): \(reason).")
        }
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
        if let resting = s.latestRestingHeartRate {
            lines.append("Resting heart rate in the Apple Health export: \(Int(resting.rounded())) bpm (used when none is set).")
        }
        if s.interrupted {
            lines.append("Interrupted: stopped between two runs; everything above is stored. Run the same command again to continue.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
