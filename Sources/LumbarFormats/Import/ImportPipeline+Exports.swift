import LumbarCore

extension ImportPipeline {
    /// Imports exports and loose files with one progress report over all of them (files = the
    /// contained runs and loose files, bytes = on disk). Ctrl-C (task cancellation) stops between
    /// two runs: the summary then has `interrupted` set and lists what was stored before.
    public func run(
        inputs: ImportInputs, into destination: some ImportDestination,
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) async throws -> ImportSummary {
        let exportBytes = inputs.exports.reduce(0) { $0 + $1.bytesOnDisk }
        let looseBytes = inputs.files.reduce(0) { $0 + $1.size }
        let tracker = ImportTracker(filesTotal: inputs.files.count, bytesTotal: exportBytes + looseBytes, callback: progress)
        let importer = ExportImporter(pipeline: self, limits: inputs.limits, budget: inputs.budget, tracker: tracker)
        var summary = ImportSummary()
        summary.failed += inputs.failures
        do {
            for export in inputs.exports {
                try Task.checkCancellation()
                summary.files += 1
                summary.bytes += export.bytesOnDisk
                switch export.kind {
                case .appleHealth:
                    if let document = export.document {
                        try await importer.importAppleHealth(export.container, document: document, label: export.path, into: destination, summary: &summary)
                    }
                case .strava:
                    if let strava = export.strava { try await importer.importStrava(strava, into: destination, summary: &summary) }
                case .garminConnect:
                    try await importer.importGarmin(export.container, into: destination, summary: &summary)
                case .archive:
                    try await importer.importArchive(export.container, into: destination, summary: &summary)
                }
            }
            if !inputs.files.isEmpty {
                let base = tracker.snapshot
                let loose = try await run(files: inputs.files, into: destination, progress: progress.map { callback in
                    { @Sendable p in
                        callback(ImportProgress(
                            filesDone: base.files + p.filesDone, filesTotal: base.filesTotal, bytesDone: base.bytes + p.bytesDone,
                            bytesTotal: exportBytes + looseBytes, elapsedSeconds: p.elapsedSeconds))
                    }
                })
                summary.add(loose)
            }
        } catch is CancellationError {
            summary.interrupted = true
        }
        return summary
    }
}
