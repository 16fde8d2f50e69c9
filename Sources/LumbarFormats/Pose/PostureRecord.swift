import Foundation
import LumbarCore

/// A stored posture analysis read back from its JSON (for `lumbar posture --compare`).
public struct PostureRecord: Sendable, Hashable {
    /// The store's id and the recording's date.
    public var id: Int64
    public var date: LocalDate
    /// `side` or `front`, and the number of steps measured.
    public var view: String
    public var steps: Int
    /// Cadence in the video.
    public var cadenceStepsPerMinute: Double?
    /// Mean and SD of each metric present, by `PostureMetric` name.
    public var metrics: [String: (mean: Double, sd: Double)]
    /// Ids of the findings.
    public var findingIDs: [String]

    public static func == (a: PostureRecord, b: PostureRecord) -> Bool {
        a.id == b.id && a.date == b.date && a.view == b.view && a.steps == b.steps
            && a.cadenceStepsPerMinute == b.cadenceStepsPerMinute && a.findingIDs == b.findingIDs
            && a.metrics.mapValues { [$0.mean, $0.sd] } == b.metrics.mapValues { [$0.mean, $0.sd] }
    }

    public func hash(into h: inout Hasher) { h.combine(id) }

    /// Decodes a stored record; throws `PoseFileError.damaged` naming the record when it is not
    /// a posture analysis.
    public init(id: Int64, date: LocalDate, json: String) throws {
        let name = "stored posture \(id)"
        guard let o = try JSONValues.parse(Data(json.utf8), file: name) as? [String: Any] else {
            throw PoseFileError.damaged(file: name, reason: "not a JSON object")
        }
        self.id = id
        self.date = date
        view = o["view"] as? String ?? "unknown"
        steps = JSONValues.number(o["steps"]).flatMap { abs($0) < 1e9 ? Int($0) : nil } ?? 0
        cadenceStepsPerMinute = JSONValues.number(o["cadenceStepsPerMinute"])
        var m: [String: (mean: Double, sd: Double)] = [:]
        for metric in PostureMetric.allCases {
            if let v = o[metric.rawValue] as? [String: Any], let mean = JSONValues.number(v["mean"]) {
                m[metric.rawValue] = (mean, JSONValues.number(v["sd"]) ?? 0)
            }
        }
        metrics = m
        findingIDs = (o["findings"] as? [Any] ?? []).compactMap { ($0 as? [String: Any])?["id"] as? String }
    }
}
