import Foundation
import LumbarCore

/// `lumbar export` / `lumbar import` of everything a store holds, as a folder of JSON and CSV
/// files described by `manifest.json` (format `lumbar.export/1`):
///
/// | file | holds |
/// |---|---|
/// | `runs/<id>.json` | one activity: summary, laps, sources and every sample (what import reads) |
/// | `runs/<id>.csv`, `runs.csv` | the samples and the summaries, for spreadsheets |
/// | `answers.json` / `.csv` | every stored set of answers (`lumbar.answers/1` documents) with its time |
/// | `core-tests.json` / `.csv` | core-test hold times |
/// | `pain-diary.json` / `.csv` | the pain diary |
/// | `postures.json` / `.csv` | analysed posture recordings |
/// | `settings.json` / `.csv` | the runner's settings |
///
/// The JSON files are the lossless copy (doubles written to round-trip exactly); the CSV files
/// repeat them for people. Reading back (`restore`) is idempotent: runs are recognised by their
/// sources, and a record equal to a stored one is not added again.
public enum StoreArchive {
    /// The manifest's `format`.
    public static let format = "lumbar.export/1"

    /// The manifest: what the folder is and which files it holds.
    public struct Manifest: Codable, Sendable, Hashable {
        public var format: String
        public var runs: Int
        public var answers: Int
        public var coreTests: Int
        public var painEntries: Int
        public var postures: Int
        /// Every file of the export, relative to its folder, sorted.
        public var files: [String]
    }

    /// One stored answers set.
    struct AnswersRecord: Codable, Hashable {
        var recordedAt: Double
        var json: String
    }

    /// One stored posture recording.
    struct PostureRecord: Codable, Hashable {
        var date: LocalDate
        var json: String
    }

    /// What `restore` added.
    public struct RestoreSummary: Sendable, Hashable {
        public var runsAdded = 0
        public var runsAlreadyStored = 0
        public var answersAdded = 0
        public var coreTestsAdded = 0
        public var painEntriesAdded = 0
        public var posturesAdded = 0
        public init() {}
    }

    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted] : [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }

    /// Whether `folder` holds a lumbar export (a `manifest.json` naming some `lumbar.export` format).
    public static func isExport(_ folder: String) -> Bool {
        guard let data = regularFileContents(folder + "/manifest.json"),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let format = object["format"] as? String
        else { return false }
        return format.hasPrefix("lumbar.export/")
    }

    /// Writes everything `store` holds into `folder` (created if missing; it must be empty),
    /// plus `extraFiles` (relative path -> text, e.g. the analysis result). Returns the manifest.
    public static func export(
        _ store: any Store, to folder: String, extraFiles: [String: String] = [:]
    ) async throws -> Manifest {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw StoreArchiveError.cannotWrite(path: folder, reason: "a file of that name exists") }
            let existing = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
            if !existing.isEmpty { throw StoreArchiveError.folderNotEmpty(path: folder) }
        }
        var writer = ArchiveWriter(folder: folder)
        try writer.makeFolder("")
        try writer.makeFolder("runs")

        let runs = try await store.activities(from: nil, through: nil, withSamples: true)
        var summaryRows: [[String]] = []
        for run in runs {
            let id = run.id?.rawValue ?? ActivityMatching.activityID(for: run).rawValue
            try writer.write("runs/\(id).json", try encoder(pretty: false).encode(run))
            try writer.write("runs/\(id).csv", CSV.samples(run.samples))
            summaryRows.append(CSV.summaryRow(run, id: id))
        }
        try writer.write("runs.csv", CSV.table(CSV.summaryHeader, summaryRows))

        let answers = try await store.answersHistory().map { AnswersRecord(recordedAt: $0.recordedAt, json: $0.json) }
        try writer.write("answers.json", try encoder(pretty: true).encode(answers))
        try writer.write("answers.csv", CSV.table(["recorded_at", "json"], answers.map { [CSV.number($0.recordedAt), $0.json] }))

        let coreTests = try await store.coreTests()
        try writer.write("core-tests.json", try encoder(pretty: true).encode(coreTests))
        try writer.write("core-tests.csv", CSV.table(
            ["date", "flexor_s", "extensor_s", "side_bridge_right_s", "side_bridge_left_s"],
            coreTests.map { [$0.date.description, CSV.number($0.flexorSeconds), CSV.number($0.extensorSeconds),
                             CSV.number($0.sideBridgeRightSeconds), CSV.number($0.sideBridgeLeftSeconds)] }))

        let pain = try await store.painEntries()
        try writer.write("pain-diary.json", try encoder(pretty: true).encode(pain))
        try writer.write("pain-diary.csv", CSV.table(
            ["id", "date", "activity_id", "during_run", "after_run", "next_morning", "perceived_exertion", "peg", "roland_morris", "note"],
            pain.map { e in
                [e.id.map(String.init) ?? "", e.date.description, e.activityID?.rawValue ?? "", CSV.number(e.duringRun),
                 CSV.number(e.afterRun), CSV.number(e.nextMorning), CSV.number(e.perceivedExertion),
                 e.peg.map { $0.map(CSV.number).joined(separator: " ") } ?? "", e.rolandMorris.map(String.init) ?? "", e.note ?? ""]
            }))

        let postures = try await store.postures().map { PostureRecord(date: $0.date, json: $0.json) }
        try writer.write("postures.json", try encoder(pretty: true).encode(postures))
        try writer.write("postures.csv", CSV.table(["date", "json"], postures.map { [$0.date.description, $0.json] }))

        let settings = try await store.settings()
        try writer.write("settings.json", try encoder(pretty: true).encode(settings))
        try writer.write("settings.csv", CSV.table(["setting", "value"], [
            ["resting_heart_rate", CSV.number(settings.restingHeartRate)], ["max_heart_rate", CSV.number(settings.maxHeartRate)],
            ["birth_year", settings.birthYear.map(String.init) ?? ""], ["sex", settings.sex ?? ""],
            ["units", settings.units ?? ""], ["time_zone", settings.timeZone ?? ""],
        ]))

        for (path, text) in extraFiles.sorted(by: { $0.key < $1.key }) {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty { try writer.makeFolder(parent) }
            try writer.write(path, Data(text.utf8))
        }
        let manifest = Manifest(
            format: format, runs: runs.count, answers: answers.count, coreTests: coreTests.count,
            painEntries: pain.count, postures: postures.count, files: (writer.written + ["manifest.json"]).sorted())
        // The manifest last: a folder without one is an export that did not finish.
        try writer.write("manifest.json", try encoder(pretty: true).encode(manifest))
        return manifest
    }

    /// Reads the export in `folder` into `store`. Everything is decoded and checked before
    /// anything is stored; then runs are saved one by one (each atomically, recognised by
    /// source when stored before) and other records are added when no equal one is stored.
    public static func restore(from folder: String, into store: any Store) async throws -> RestoreSummary {
        let manifestPath = folder + "/manifest.json"
        guard let manifestData = regularFileContents(manifestPath) else {
            throw StoreArchiveError.notAnExport(path: folder)
        }
        let manifest: Manifest
        do {
            manifest = try decoder.decode(Manifest.self, from: manifestData)
        } catch {
            if let object = try? JSONSerialization.jsonObject(with: manifestData) as? [String: Any],
                let found = object["format"] as? String, found != format
            {
                throw StoreArchiveError.unsupportedFormat(path: manifestPath, found: found)
            }
            throw StoreArchiveError.damaged(path: manifestPath, reason: "the manifest cannot be read (\(Self.reason(error)))")
        }
        guard manifest.format == format else { throw StoreArchiveError.unsupportedFormat(path: manifestPath, found: manifest.format) }

        func load<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
            let path = folder + "/" + name
            guard let data = regularFileContents(path) else {
                throw StoreArchiveError.damaged(path: path, reason: "the file is missing although the manifest lists it")
            }
            do { return try decoder.decode(type, from: data) } catch {
                throw StoreArchiveError.damaged(path: path, reason: Self.reason(error))
            }
        }
        let runFiles = manifest.files.filter { $0.hasPrefix("runs/") && $0.hasSuffix(".json") }
        guard runFiles.count == manifest.runs else {
            throw StoreArchiveError.damaged(path: manifestPath, reason: "it counts \(manifest.runs) runs but lists \(runFiles.count) run files")
        }
        let runs = try runFiles.map { try load(Activity.self, $0) }
        let answers = try load([AnswersRecord].self, "answers.json")
        let coreTests = try load([CoreTestResult].self, "core-tests.json")
        let pain = try load([PainEntry].self, "pain-diary.json")
        let postures = try load([PostureRecord].self, "postures.json")
        let settings = try load(RunnerSettings.self, "settings.json")
        for (name, count, expected) in [("answers", answers.count, manifest.answers), ("core tests", coreTests.count, manifest.coreTests),
                                        ("pain entries", pain.count, manifest.painEntries), ("postures", postures.count, manifest.postures)]
        where count != expected {
            throw StoreArchiveError.damaged(path: manifestPath, reason: "it counts \(expected) \(name) but the file holds \(count)")
        }

        var summary = RestoreSummary()
        for run in runs.sorted(by: { $0.start < $1.start }) {
            switch try await store.save(run) {
            case .inserted, .merged: summary.runsAdded += 1
            case .duplicate: summary.runsAlreadyStored += 1
            }
        }
        let storedAnswers = Set(try await store.answersHistory().map { AnswersRecord(recordedAt: $0.recordedAt, json: $0.json) })
        for record in answers where !storedAnswers.contains(record) {
            _ = try await store.saveAnswers(json: record.json, recordedAt: record.recordedAt)
            summary.answersAdded += 1
        }
        var storedTests = try await store.coreTests()
        for test in coreTests where !storedTests.contains(test) {
            try await store.saveCoreTest(test)
            storedTests.append(test)
            summary.coreTestsAdded += 1
        }
        var storedPain = try await store.painEntries().map { entry -> PainEntry in var e = entry; e.id = nil; return e }
        for entry in pain.sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) }) {
            var bare = entry
            bare.id = nil
            guard !storedPain.contains(bare) else { continue }
            _ = try await store.savePainEntry(bare)
            storedPain.append(bare)
            summary.painEntriesAdded += 1
        }
        var storedPostures = try await store.postures().map { PostureRecord(date: $0.date, json: $0.json) }
        for record in postures where !storedPostures.contains(record) {
            _ = try await store.savePosture(json: record.json, date: record.date)
            storedPostures.append(record)
            summary.posturesAdded += 1
        }
        if settings != RunnerSettings(), try await store.settings() != settings {
            try await store.saveSettings(settings)
        }
        return summary
    }

    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "field \((context.codingPath + [key]).map(\.stringValue).joined(separator: ".")) is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "field \(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type: \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context):
            "not valid JSON at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        default:
            "\(error)"
        }
    }
}

/// The bytes of `path` when it is a regular file; nil otherwise. An export folder's manifest or run
/// file that is a FIFO, socket or device is treated as missing instead of blocking `lumbar import`
/// for ever in the read (the same rule as `RegularFile` in LumbarFormats).
func regularFileContents(_ path: String) -> Data? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return FileManager.default.contents(atPath: path)
}
