import LumbarCore

extension ExportImporter {
    /// Imports the runs of a Strava export: other sports are counted without reading their
    /// files, manual activities (no Filename) are counted with their reason, each run's file is
    /// decoded and stored with the CSV's name, type and perceived exertion.
    func importStrava(_ export: StravaExport, into destination: some ImportDestination, summary: inout ImportSummary) async throws {
        let container = export.container
        var tally = Tally()
        let rows: [StravaExport.Row]
        do {
            rows = try export.rows()
        } catch {
            summary.failed.append(error.failure)
            summary.exportNotes.append(Self.note("Strava export", container.name, tally, stoppedBy: error))
            return
        }
        tracker.expect(files: rows.count)
        for row in rows {
            try Task.checkCancellation()
            let bytesOnDisk = row.file?.compressedSize ?? 0
            defer { tracker.advance(files: 1, bytes: bytesOnDisk) }
            guard row.sport.isRunning else {
                summary.skipped[row.sport, default: 0] += 1
                continue
            }
            guard let entry = row.file else {
                if let missing = row.missingFile {
                    summary.failed.append(ImportFailure(
                        file: ExportError.qualified(container.name, export.csv.path), offset: nil,
                        message: "\(ExportError.qualified(container.name, export.csv.path)): line \(row.line) names \(missing), which is not in the export; that run was not imported."))
                    tally.failed += 1
                } else {
                    summary.skippedForReason["manual Strava activity (no recorded file)", default: 0] += 1
                }
                continue
            }
            let path = ExportError.qualified(container.name, entry.path)
            let before = summary
            do {
                let bytes = try container.read(entry)
                try await importContained(
                    bytes, path: path, fileName: entry.name,
                    hints: Hints(
                        name: row.name, sport: row.sport, perceivedExertion: row.perceivedExertion, gear: row.gear,
                        notes: row.notes, commute: row.commute),
                    into: destination, summary: &summary)
            } catch let error as ExportError {
                summary.failed.append(error.failure)
            }
            tally.add(before: before, after: summary)
        }
        summary.exportNotes.append(Self.note("Strava export", container.name, tally))
    }
}
