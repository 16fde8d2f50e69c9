import Foundation
import LumbarCore

extension ExportImporter {
    /// The uploaded-files archives of a Garmin Connect export, and its summary JSON files.
    static func garminParts(_ container: any ExportContainer) -> (uploads: [ExportEntry], summaries: [ExportEntry]) {
        let uploads = container.entries.filter {
            $0.path.contains("DI-Connect-Uploaded-Files/") && $0.name.hasPrefix("UploadedFiles") && $0.name.lowercased().hasSuffix(".zip")
                && ($0.path.hasPrefix("DI_CONNECT/") || $0.path.split(separator: "/").dropFirst().first == "DI_CONNECT")
        }
        let summaries = container.entries.filter {
            $0.path.contains("DI-Connect-Fitness/") && $0.name.hasSuffix("summarizedActivities.json")
        }
        return (uploads, summaries)
    }

    /// Imports a Garmin Connect export: every nested `UploadedFiles_*.zip` is spooled to a
    /// private temporary file (bounded by the ratio and total limits while it is written, removed
    /// afterwards) and its FIT/GPX/TCX files imported one by one; names and types come from the
    /// summarized-activities JSON where an activity is found there.
    func importGarmin(_ container: any ExportContainer, into destination: some ImportDestination, summary: inout ImportSummary) async throws {
        let parts = Self.garminParts(container)
        var summaries = GarminSummaries()
        var tally = Tally()
        for entry in parts.summaries {
            do {
                if !summaries.add(json: try container.read(entry)) {
                    summary.warnings.append(DecodeWarning(
                        file: ExportError.qualified(container.name, entry.path), offset: 0,
                        message: "not the summarized-activities JSON lumbar expects; names and types come from the FIT files"))
                }
            } catch {
                summary.failed.append(error.failure)
            }
        }
        for upload in parts.uploads {
            try Task.checkCancellation()
            let nestedName = ExportError.qualified(container.name, upload.path)
            let spool = FileManager.default.temporaryDirectory
                .appendingPathComponent("lumbar-nested-\(UUID().uuidString).zip").path
            defer { try? FileManager.default.removeItem(atPath: spool) }
            do {
                try Self.spool(upload, of: container, to: spool)
            } catch let error as ExportError {
                summary.failed.append(error.failure)
                tracker.advance(bytes: upload.compressedSize)
                continue
            }
            let opened = Result { () throws(ExportError) -> ZipContainer in
                try ZipContainer(path: spool, name: nestedName, limits: limits, budget: budget)
            }
            guard case .success(let nested) = opened else {
                if case .failure(let error) = opened { summary.failed.append(error.failure) }
                tracker.advance(bytes: upload.compressedSize)
                continue
            }
            let files = nested.entries.filter { !$0.path.hasPrefix("__MACOSX") }
            tracker.expect(files: files.count)
            let share = files.isEmpty ? 0 : upload.compressedSize / files.count
            for file in files {
                try Task.checkCancellation()
                defer { tracker.advance(files: 1, bytes: share) }
                let path = ExportError.qualified(nestedName, file.path)
                var hints: Hints?
                if let s = summaries.summary(forFileNamed: file.name) {
                    let sport = s.activityType.map(GarminSummaries.sport)
                    if let sport, !sport.isRunning {
                        summary.skipped[sport, default: 0] += 1
                        continue
                    }
                    hints = Hints(name: s.name, sport: sport, perceivedExertion: nil)
                }
                if Self.isNestedArchive(file.name) {
                    summary.skippedForReason[Self.nestedArchiveReason, default: 0] += 1
                    continue
                }
                let before = summary
                do {
                    let bytes = try nested.read(file)
                    try await importContained(bytes, path: path, fileName: file.name, hints: hints, into: destination, summary: &summary)
                } catch let error as ExportError {
                    summary.failed.append(error.failure)
                }
                tally.add(before: before, after: summary)
            }
        }
        summary.exportNotes.append(Self.note("Garmin Connect export", container.name, tally))
    }

    /// Writes a nested archive to `path` (created new, owner-only), checking the limits as it goes.
    static func spool(_ entry: ExportEntry, of container: any ExportContainer, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw ExportError.malformed(archive: container.name, entry: entry.path, reason: "cannot create a temporary file to read the nested archive")
        }
        defer { try? handle.close() }
        try container.stream(entry, verify: true) { chunk in handle.write(Data(chunk)) }
    }
}
