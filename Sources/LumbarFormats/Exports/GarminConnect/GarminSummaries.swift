import Foundation
import LumbarCore

/// `DI_CONNECT/DI-Connect-Fitness/*_summarizedActivities.json`: names and types of the
/// activities, joined to uploaded FIT files by activity id (in the file name) or start time.
///
/// Built from the layout documented in formats.md ("Garmin Connect data export"), taken from
/// public importer code: no real export was available to check it against.
struct GarminSummaries {
    struct Summary: Sendable {
        var activityID: Int64
        var name: String?
        var activityType: String?
        /// UTC seconds.
        var start: Double?
    }

    private(set) var byID: [Int64: Summary] = [:]
    private(set) var byStartSecond: [Int64: Summary] = [:]

    /// Adds the activities of one JSON file (`[{"summarizedActivitiesExport": [...]}]`).
    mutating func add(json bytes: [UInt8]) -> Bool {
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) else { return false }
        let groups: [[String: Any]] = (root as? [[String: Any]]) ?? ((root as? [String: Any]).map { [$0] } ?? [])
        var any = false
        for group in groups {
            guard let list = group["summarizedActivitiesExport"] as? [[String: Any]] else { continue }
            for item in list {
                guard let id = (item["activityId"] as? NSNumber)?.int64Value else { continue }
                let type = (item["activityType"] as? String)
                    ?? ((item["activityType"] as? [String: Any])?["typeKey"] as? String)
                let start = (item["beginTimestamp"] as? NSNumber).map { $0.doubleValue / 1000 }
                let summary = Summary(activityID: id, name: item["name"] as? String, activityType: type, start: start)
                byID[id] = summary
                if let start { byStartSecond[Int64(start.rounded())] = summary }
                any = true
            }
        }
        return any
    }

    /// The summary for an uploaded file, by the longest digit run in its name (Garmin names
    /// uploads `<user>_<activity id>.fit`).
    func summary(forFileNamed name: String) -> Summary? {
        let stem = (name as NSString).deletingPathExtension
        let runs = stem.split(whereSeparator: { !$0.isNumber }).sorted { $0.count > $1.count }
        for run in runs { if let id = Int64(String(run)), let s = byID[id] { return s } }
        return nil
    }

    /// The summary starting within 2 s of `start`.
    func summary(startingAt start: Double) -> Summary? {
        let second = Int64(start.rounded())
        for delta: Int64 in [0, -1, 1, -2, 2] { if let s = byStartSecond[second + delta] { return s } }
        return nil
    }

    /// Garmin's `activityType` key as a `Sport` (running, trail_running, treadmill_running, ...).
    static func sport(_ type: String) -> Sport {
        let key = type.lowercased()
        if key.contains("trail") { return .trailRunning }
        if key.contains("treadmill") || key.contains("indoor_running") { return .treadmillRunning }
        if key.contains("virtual_run") { return .virtualRunning }
        if key.contains("run") { return .running }
        if key.contains("walk") { return .walking }
        if key.contains("hik") { return .hiking }
        if key.contains("cycl") || key.contains("bik") || key.contains("ride") { return .cycling }
        if key.contains("swim") { return .swimming }
        return .other
    }
}
