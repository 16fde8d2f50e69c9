import Foundation
import LumbarCore

/// Imports whole exports (Strava, Garmin Connect, Apple Health, or any zip of activity files) one
/// contained run at a time: each contained file is read, decoded and stored on its own, so an
/// error in one entry never half-stores it and the entries before it stay stored. Cancellation
/// (Ctrl-C) is checked between contained files; content hashes make a re-run skip what is stored.
struct ExportImporter {
    /// Decodes the contained activity files and stores them (its `record` is the loose-file path).
    let pipeline: ImportPipeline
    let limits: ExportLimits
    /// Bytes decompressed over the whole import (every archive, nested ones too).
    let budget: DecompressionBudget
    let tracker: ImportTracker

    /// What the export index says about one contained file.
    struct Hints {
        var name: String?
        var sport: Sport?
        var perceivedExertion: Double?
        var gear: String? = nil
        var notes: String? = nil
        var commute: Bool? = nil
    }

    /// Counts of one export, for its note in the summary.
    struct Tally {
        var stored = 0
        var failed = 0
        mutating func add(before: ImportSummary, after: ImportSummary) {
            stored += (after.imported + after.merged) - (before.imported + before.merged)
            failed += after.failed.count - before.failed.count
        }
    }

    /// A zip's local-file-header signature.
    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// Why an archive inside an archive is skipped: nesting is never followed (beyond Garmin
    /// Connect's one documented level), so a zip of zips of zips cannot multiply the work.
    static let nestedArchiveReason = "an archive inside an archive is not opened (unpack it and import it on its own)"

    /// Whether an entry's name says it is an archive (skipped before any of it is read).
    static func isNestedArchive(_ name: String) -> Bool { name.lowercased().hasSuffix(".zip") }

    /// Reads, sniffs, decodes and stores one contained file.
    func importContained(
        _ bytes: [UInt8], path: String, fileName: String, hints: Hints?,
        into destination: some ImportDestination, summary: inout ImportSummary
    ) async throws {
        if bytes.starts(with: Self.zipMagic) {
            summary.skippedForReason[Self.nestedArchiveReason, default: 0] += 1
            return
        }
        switch pipeline.loader.load(bytes: bytes, path: path, name: fileName) {
        case .ignored:
            summary.ignored.append(path)
        case .failed(let error):
            summary.failed.append(ImportFailure(error))
        case .loaded(let file):
            let hash = file.contentHash
            if try await destination.hasSource(contentHash: hash) {
                summary.duplicates += 1
                return
            }
            var decoded: DecodedFile
            do {
                decoded = try file.reader.decode(file.bytes, file: path)
            } catch {
                summary.failed.append(ImportFailure(error))
                return
            }
            if let hints {
                for i in decoded.activities.indices {
                    if let name = hints.name { decoded.activities[i].name = name }
                    if let sport = hints.sport { decoded.activities[i].sport = sport }
                    if let rpe = hints.perceivedExertion { decoded.activities[i].perceivedExertion = rpe }
                    if let gear = hints.gear { decoded.activities[i].gear = gear }
                    if let notes = hints.notes { decoded.activities[i].notes = notes }
                    if let commute = hints.commute { decoded.activities[i].commute = commute }
                }
                if hints.sport != nil { decoded.sportWasAssumed = false }
            }
            try await pipeline.record(
                .decoded(path: path, contentHash: hash, file: decoded, containerWarning: file.warning),
                into: destination, summary: &summary)
        }
    }

    /// The note for an export: what was stored, and whether an error stopped it early.
    static func note(_ kind: String, _ name: String, _ tally: Tally, stoppedBy error: ExportError? = nil) -> String {
        var text = "\(kind) \(name): \(tally.stored) \(tally.stored == 1 ? "run" : "runs") stored"
        if tally.failed > 0 { text += ", \(tally.failed) contained \(tally.failed == 1 ? "file" : "files") failed" }
        if let error { text += "; stopped by an error after storing \(tally.stored): \(error)" }
        return text + "."
    }
}
