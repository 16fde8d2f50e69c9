import Foundation
import LumbarCore

/// A Strava bulk export (zip or unpacked folder): `activities.csv` indexes the original uploads in
/// `activities/` through its `Filename` column (formats.md "Strava bulk export layout").
struct StravaExport {
    /// One row of `activities.csv`.
    struct Row: Sendable {
        /// 1-based line of the row (header = 1), for messages.
        var line: Int
        var name: String?
        var sport: Sport
        /// The raw `Activity Type` text.
        var type: String
        /// `Perceived Exertion` on Strava's 1-10 scale, used as session RPE (CR-10).
        var perceivedExertion: Double?
        /// `Activity Gear`, `Activity Description` and `Commute`, kept with the run.
        var gear: String?
        var notes: String?
        var commute: Bool?
        /// The file in the export, nil for a manual activity.
        var file: ExportEntry?
        /// The Filename given when no entry has it.
        var missingFile: String?
        var start: Double?
        var elapsedSeconds: Double?
        var distanceMeters: Double?
    }

    /// Where `activities.csv` is (its folder is the export's root).
    let csv: ExportEntry
    let container: any ExportContainer

    /// The export in `container`, when it holds an `activities.csv` next to an `activities/` folder.
    static func find(in container: any ExportContainer) -> StravaExport? {
        // At the top or one folder down (an unpacked `export_123/`), so a big folder that merely
        // holds an export somewhere deep is still walked as loose files.
        let candidates = container.entries.filter {
            $0.name == "activities.csv" && !$0.path.hasPrefix("__MACOSX") && $0.path.split(separator: "/").count <= 2
        }
            .sorted { $0.path.count < $1.path.count }
        for csv in candidates {
            let folder = csv.folder.isEmpty ? "activities/" : csv.folder + "/activities/"
            if container.entries.contains(where: { $0.path.hasPrefix(folder) }) || candidates.count == 1 {
                return StravaExport(csv: csv, container: container)
            }
        }
        return nil
    }

    /// The rows of `activities.csv`, each joined to its file.
    func rows() throws(ExportError) -> [Row] {
        let table = CSVTable(try container.read(csv))
        let columns = StravaColumn.locate(in: table.header)
        guard let typeColumn = columns[.type], let fileColumn = columns[.filename] else {
            throw .malformed(
                archive: container.name, entry: csv.path,
                reason: "the header names no `Activity Type` or `Filename` column (English and German headers are known)")
        }
        let prefix = csv.folder.isEmpty ? "" : csv.folder + "/"
        var byPath: [String: ExportEntry] = [:]
        for entry in container.entries where entry.path.hasPrefix(prefix) { byPath[entry.path] = entry }
        func value(_ row: [String], _ column: StravaColumn) -> String? {
            guard let index = columns[column], index < row.count else { return nil }
            let text = row[index].trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
        return table.rows.enumerated().compactMap { index, row -> Row? in
            guard typeColumn < row.count else { return nil }
            let type = row[typeColumn]
            var result = Row(line: index + 2, type: type.isEmpty ? "?" : type)
            result.sport = StravaSport.sport(type)
            result.name = value(row, .name)
            result.perceivedExertion = value(row, .perceivedExertion).flatMap(Double.init).flatMap { (0...10).contains($0) ? $0 : nil }
            result.gear = value(row, .gear)
            result.notes = value(row, .description)
            result.commute = value(row, .commute).flatMap { text -> Bool? in
                switch text.lowercased() {
                case "true", "1", "yes", "wahr", "ja": true
                case "false", "0", "no", "falsch", "nein": false
                default: nil
                }
            }
            result.start = value(row, .date).flatMap(StravaDate.parse)
            result.elapsedSeconds = value(row, .elapsedTime).flatMap(Double.init)
            result.distanceMeters = value(row, .distanceMeters).flatMap(Double.init)
            if fileColumn < row.count, let file = value(row, .filename) {
                if let entry = byPath[prefix + file] {
                    result.file = entry
                } else {
                    result.missingFile = file
                }
            }
            return result
        }
    }
}

extension StravaExport.Row {
    init(line: Int, type: String) {
        self.init(
            line: line, name: nil, sport: .other, type: type, perceivedExertion: nil, gear: nil, notes: nil,
            commute: nil, file: nil, missingFile: nil)
    }
}
