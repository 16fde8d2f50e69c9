extension ExportImporter {
    /// Imports a zip without a known export layout: every entry is read and sniffed like a loose
    /// file (FIT, GPX, TCX, also `.gz`); other entries are counted as ignored.
    func importArchive(_ container: any ExportContainer, into destination: some ImportDestination, summary: inout ImportSummary) async throws {
        var tally = Tally()
        let entries = container.entries.filter { !$0.path.hasPrefix("__MACOSX") && !$0.name.hasPrefix(".") }
        tracker.expect(files: entries.count)
        for entry in entries {
            try Task.checkCancellation()
            defer { tracker.advance(files: 1, bytes: entry.compressedSize) }
            let path = ExportError.qualified(container.name, entry.path)
            if Self.isNestedArchive(entry.name) {
                summary.skippedForReason[Self.nestedArchiveReason, default: 0] += 1
                continue
            }
            let before = summary
            do {
                let bytes = try container.read(entry)
                try await importContained(bytes, path: path, fileName: entry.name, hints: nil, into: destination, summary: &summary)
            } catch let error as ExportError {
                summary.failed.append(error.failure)
            }
            tally.add(before: before, after: summary)
        }
        summary.exportNotes.append(Self.note("Archive", container.name, tally))
    }
}
