import Foundation

/// The `activities.csv` columns lumbar reads, found by header text in English or German and by
/// position among columns of the same name (Strava repeats `Distance`, `Elapsed Time`, `Commute`;
/// formats.md "Strava bulk export layout"). Unknown columns are kept but unused.
enum StravaColumn: CaseIterable, Sendable {
    case activityID, date, name, type, description, elapsedTime, commute, gear, filename, perceivedExertion, distanceMeters

    /// Header names per language, and which occurrence of that name is meant (0 = first).
    var names: [String] {
        switch self {
        case .activityID: ["Activity ID", "Aktivitäts-ID"]
        case .date: ["Activity Date", "Aktivitätsdatum"]
        case .name: ["Activity Name", "Name der Aktivität"]
        case .type: ["Activity Type", "Aktivitätsart"]
        case .description: ["Activity Description", "Aktivitätsbeschreibung"]
        case .elapsedTime: ["Elapsed Time", "Verstrichene Zeit"]
        case .commute: ["Commute", "Pendeln"]
        case .gear: ["Activity Gear", "Aktivitätsausrüstung"]
        case .filename: ["Filename", "Dateiname"]
        case .perceivedExertion: ["Perceived Exertion", "Gefühlte Anstrengung"]
        case .distanceMeters: ["Distance", "Distanz"]
        }
    }

    /// The occurrence of the name: the second `Distance` is in metres (the first is in the
    /// account's display unit).
    var occurrence: Int { self == .distanceMeters ? 1 : 0 }

    /// Column index of every known column in `header`.
    static func locate(in header: [String]) -> [StravaColumn: Int] {
        var positions: [String: [Int]] = [:]
        for (index, raw) in header.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            positions[name, default: []].append(index)
        }
        var result: [StravaColumn: Int] = [:]
        for column in allCases {
            for name in column.names {
                if let list = positions[name], list.count > column.occurrence {
                    result[column] = list[column.occurrence]
                    break
                }
            }
        }
        return result
    }
}
