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
        /// Size limits for every file.
        public var limits: FileLoader.Limits
        /// How many files are read and decoded at once (2 by default: memory stays bounded
        /// by two files while both cores of a small machine decode).
        public var parallelFiles: Int

        /// Options; the defaults suit `lumbar import`.
        public init(
            sportOverride: Sport? = nil, limits: FileLoader.Limits = FileLoader.Limits(), parallelFiles: Int = 2
        ) {
            self.sportOverride = sportOverride
            self.limits = limits
            self.parallelFiles = parallelFiles
        }
    }

    /// Reads, un-gzips and sniffs each file.
    public var loader: FileLoader
    /// The options of this import.
    public var options: Options

    /// `readers`: the registry, asked in order (`DefaultReaders.all` in the CLI).
    public init(readers: [any ActivityFileReader], options: Options = Options()) {
        self.loader = FileLoader(readers: readers, limits: options.limits)
        self.options = options
    }

    /// Imports every file and export under `paths` into `destination`: exports (Strava, Garmin
    /// Connect, Apple Health, other zips) are recognised by their layout (`ImportInputs`), other
    /// folders are walked. Throws `ImportPathError` before reading anything when a path does not
    /// exist, and the destination's errors (the store failed: the import stops); cancellation
    /// stops between two runs with `ImportSummary.interrupted` set.
    public func run(
        paths: [String], limits: ExportLimits = ExportLimits(), into destination: some ImportDestination,
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) async throws -> ImportSummary {
        try await run(inputs: ImportInputs.resolve(paths, limits: limits), into: destination, progress: progress)
    }

    /// Imports files already listed by `FileWalker.files(in:)` (so a caller can check the paths
    /// before opening the store).
    ///
    /// Up to `Options.parallelFiles` files are read and decoded at once; their activities are
    /// stored strictly in walk order, so ids, merges and the summary do not depend on timing.
    public func run(
        files entries: [FileWalker.Entry], into destination: some ImportDestination,
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) async throws -> ImportSummary {
        let totalBytes = entries.reduce(0) { $0 + $1.size }
        let clock = ContinuousClock()
        let started = clock.now
        var summary = ImportSummary()
        let window = max(1, options.parallelFiles)
        try await withThrowingTaskGroup(of: (Int, Prepared).self) { group in
            var launched = 0
            while launched < min(window, entries.count) {
                let index = launched
                group.addTask { (index, try await self.prepare(entries[index].path, destination)) }
                launched += 1
            }
            var ready: [Int: Prepared] = [:]
            var done = 0
            while done < entries.count, let (index, prepared) = try await group.next() {
                ready[index] = prepared
                while let next = ready.removeValue(forKey: done) {
                    try Task.checkCancellation()
                    try await record(next, into: destination, summary: &summary)
                    summary.files += 1
                    summary.bytes += entries[done].size
                    done += 1
                    if launched < entries.count {
                        let index = launched
                        group.addTask { (index, try await self.prepare(entries[index].path, destination)) }
                        launched += 1
                    }
                    if let progress {
                        let elapsed = clock.now - started
                        progress(ImportProgress(
                            filesDone: done, filesTotal: entries.count, bytesDone: summary.bytes, bytesTotal: totalBytes,
                            elapsedSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18))
                    }
                }
            }
        }
        return summary
    }

    /// One file read and decoded, not yet stored.
    enum Prepared: Sendable {
        case ignored(String)
        case failed(FormatError)
        /// Imported before (its content hash is stored): skipped without decoding.
        case known
        case decoded(path: String, contentHash: String, file: DecodedFile, containerWarning: DecodeWarning?)
    }

    /// Reads, sniffs and decodes one file (safe to run for several files at once).
    func prepare(_ path: String, _ destination: some ImportDestination) async throws -> Prepared {
        let file: FileLoader.Loaded
        switch loader.load(path) {
        case .ignored: return .ignored(path)
        case .failed(let error): return .failed(error)
        case .loaded(let loaded): file = loaded
        }
        let hash = file.contentHash
        if try await destination.hasSource(contentHash: hash) { return .known }
        do {
            let decoded = try file.reader.decode(file.bytes, file: path)
            return .decoded(path: path, contentHash: hash, file: decoded, containerWarning: file.warning)
        } catch {
            return .failed(error)
        }
    }

    /// Stores the runs of one prepared file, adding what happened to `summary`.
    func record(_ prepared: Prepared, into destination: some ImportDestination, summary: inout ImportSummary) async throws {
        switch prepared {
        case .ignored(let path):
            summary.ignored.append(path)
        case .failed(let error):
            summary.failed.append(ImportFailure(error))
        case .known:
            summary.duplicates += 1
        case .decoded(let path, let hash, let decoded, let containerWarning):
            if let containerWarning { summary.warnings.append(containerWarning) }
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
}
