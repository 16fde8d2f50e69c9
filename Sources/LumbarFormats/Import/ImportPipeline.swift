import LumbarCore

/// `lumbar import`: walks the given files and folders, reads every activity file (gzip undone,
/// format sniffed by the readers), keeps the runs and hands each to the destination.
///
/// A file is decoded completely before any of it is stored, so a damaged file never touches
/// stored data; each activity is saved in its own transaction. Files already imported (same
/// content hash) are skipped without decoding.
public struct ImportPipeline: Sendable {
    /// Options of one import.
    public struct Options: Sendable, Hashable {
        /// Applied to activities of files that named no sport (`DecodedFile.sportWasAssumed`).
        public var sportOverride: Sport?
        public var limits: FileLoader.Limits

        public init(sportOverride: Sport? = nil, limits: FileLoader.Limits = FileLoader.Limits()) {
            self.sportOverride = sportOverride
            self.limits = limits
        }
    }

    public var loader: FileLoader
    public var options: Options

    /// `readers`: the registry, asked in order (`DefaultReaders.all` in the CLI).
    public init(readers: [any ActivityFileReader], options: Options = Options()) {
        self.loader = FileLoader(readers: readers, limits: options.limits)
        self.options = options
    }

    /// Imports every file under `paths` into `destination`. Throws `ImportPathError` before
    /// reading anything when a path does not exist, the destination's errors (the store failed:
    /// the import stops), and `CancellationError` when the task is cancelled between files.
    public func run(
        paths: [String], into destination: some ImportDestination,
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) async throws -> ImportSummary {
        try await run(files: FileWalker.files(in: paths), into: destination, progress: progress)
    }

    /// Imports files already listed by `FileWalker.files(in:)` (so a caller can check the paths
    /// before opening the store).
    public func run(
        files entries: [FileWalker.Entry], into destination: some ImportDestination,
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) async throws -> ImportSummary {
        let totalBytes = entries.reduce(0) { $0 + $1.size }
        let clock = ContinuousClock()
        let started = clock.now
        var summary = ImportSummary()
        for (index, entry) in entries.enumerated() {
            try Task.checkCancellation()
            try await importFile(entry.path, into: destination, summary: &summary)
            summary.files += 1
            summary.bytes += entry.size
            if let progress {
                let elapsed = clock.now - started
                progress(ImportProgress(
                    filesDone: index + 1, filesTotal: entries.count, bytesDone: summary.bytes,
                    bytesTotal: totalBytes,
                    elapsedSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18))
            }
        }
        return summary
    }

    /// Imports one file, adding what happened to `summary`.
    func importFile(_ path: String, into destination: some ImportDestination, summary: inout ImportSummary) async throws {
        let file: FileLoader.Loaded
        switch loader.load(path) {
        case .ignored:
            summary.ignored.append(path)
            return
        case .failed(let error):
            summary.failed.append(ImportFailure(error))
            return
        case .loaded(let loaded):
            file = loaded
        }
        let hash = file.contentHash
        if try await destination.hasSource(contentHash: hash) {
            summary.duplicates += 1
            return
        }
        let decoded: DecodedFile
        do {
            decoded = try file.reader.decode(file.bytes, file: path)
        } catch {
            summary.failed.append(ImportFailure(error))
            return
        }
        if let warning = file.warning { summary.warnings.append(warning) }
        summary.warnings += decoded.warnings
        if decoded.sportWasAssumed { summary.assumedSport.append(path) }
        for (session, original) in decoded.activities.enumerated() {
            var activity = original
            activity.id = nil
            if decoded.sportWasAssumed, let sport = options.sportOverride { activity.sport = sport }
            activity.sources = [ActivitySource(path: path, contentHash: hash, format: decoded.format, sessionIndex: session)]
            guard activity.sport.isRunning else {
                summary.skipped[activity.sport, default: 0] += 1
                continue
            }
            switch try await destination.save(activity) {
            case .inserted: summary.imported += 1
            case .duplicate: summary.duplicates += 1
            case .merged: summary.merged += 1
            }
        }
    }
}
