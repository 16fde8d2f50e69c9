import Foundation
import LumbarCore

/// Strava's `Activity Type` text (English or German account) as a `Sport`.
enum StravaSport {
    static func sport(_ type: String) -> Sport {
        switch type.trimmingCharacters(in: .whitespaces).lowercased() {
        case "run", "lauf", "laufen": .running
        case "trail run", "traillauf", "trailrun": .trailRunning
        case "virtual run", "virtueller lauf": .virtualRunning
        case "treadmill", "treadmill run", "laufband": .treadmillRunning
        case "walk", "spaziergang", "gehen": .walking
        case "hike", "wanderung", "wandern": .hiking
        case "ride", "virtual ride", "e-bike ride", "mountain bike ride", "gravel ride", "radfahrt", "virtuelle radfahrt": .cycling
        case "swim", "schwimmen": .swimming
        default: .other
        }
    }
}


