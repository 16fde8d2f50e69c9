import Foundation
import LumbarCore

/// The changes `lumbar settings` was asked to make, checked against plausible ranges.
struct SettingsUpdate: Sendable, Hashable {
    var restingHeartRate: Int?
    var maxHeartRate: Int?
    var birthYear: Int?
    var sex: String?
    var units: String?
    var timeZone: String?

    /// Resting heart rates outside 25-120 bpm are almost certainly typing errors.
    static let restingRange = 25...120
    /// Maximum heart rates outside 100-240 bpm are almost certainly typing errors.
    static let maxRange = 100...240

    var isEmpty: Bool {
        restingHeartRate == nil && maxHeartRate == nil && birthYear == nil && sex == nil && units == nil
            && timeZone == nil
    }

    /// `settings` with the changes applied, or the first invalid value.
    func applied(to settings: RunnerSettings, currentYear: Int) throws(SettingsError) -> RunnerSettings {
        var s = settings
        if let v = restingHeartRate {
            guard Self.restingRange.contains(v) else { throw .outOfRange(option: "--resting-hr", value: "\(v)", expected: "a resting heart rate between 25 and 120 beats per minute") }
            s.restingHeartRate = Double(v)
        }
        if let v = maxHeartRate {
            guard Self.maxRange.contains(v) else { throw .outOfRange(option: "--max-hr", value: "\(v)", expected: "a maximum heart rate between 100 and 240 beats per minute") }
            s.maxHeartRate = Double(v)
        }
        if let resting = s.restingHeartRate, let max = s.maxHeartRate, resting >= max {
            throw .inconsistent("the resting heart rate (\(Int(resting))) must be below the maximum (\(Int(max)))")
        }
        if let v = birthYear {
            guard (1900...currentYear).contains(v) else { throw .outOfRange(option: "--birth-year", value: "\(v)", expected: "a year between 1900 and \(currentYear)") }
            s.birthYear = v
        }
        if let v = sex {
            guard Answers.Sex(rawValue: v) != nil else { throw .outOfRange(option: "--sex", value: v, expected: "one of female, male, other, undisclosed") }
            s.sex = v
        }
        if let v = units {
            guard v == "km" || v == "mi" else { throw .outOfRange(option: "--units", value: v, expected: "km or mi") }
            s.units = v
        }
        if let v = timeZone {
            guard TimeZone(identifier: v) != nil else { throw .outOfRange(option: "--time-zone", value: v, expected: "a known time zone such as Europe/Berlin, America/New_York or UTC") }
            s.timeZone = v
        }
        return s
    }

    /// The settings as `lumbar settings --show` prints them.
    static func text(_ s: RunnerSettings) -> String {
        func show(_ v: Double?) -> String { v.map { "\(Int($0)) bpm" } ?? "not set" }
        return """
            resting heart rate: \(show(s.restingHeartRate))
            maximum heart rate: \(show(s.maxHeartRate))
            birth year:         \(s.birthYear.map(String.init) ?? "not set")
            sex:                \(s.sex ?? "not set")
            units:              \(s.units ?? "km (default)")
            time zone:          \(s.timeZone ?? "this computer's (\(TimeZone.current.identifier))")

            """
    }
}

/// An invalid `lumbar settings` value (exit code 2).
enum SettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    case outOfRange(option: String, value: String, expected: String)
    case inconsistent(String)

    var description: String {
        switch self {
        case .outOfRange(let option, let value, let expected): "\(option) \(value): expected \(expected). Nothing was changed."
        case .inconsistent(let reason): "\(reason). Nothing was changed."
        }
    }
}
