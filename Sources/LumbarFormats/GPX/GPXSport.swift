import LumbarCore

/// GPX `trk/type` words and codes, as apps write them, mapped to `Sport`.
enum GPXSport {
    /// The sport for a `trk/type` value (case-insensitive, `-`/space treated as `_`), or `.other`
    /// for words lumbar does not know. Strava writes numeric codes: 9 run, 10 walk, 1 ride.
    static func sport(forType raw: String) -> Sport {
        let key = raw.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 }
        switch String(key) {
        case "running", "run", "9", "road_running", "street_running", "track_running", "jogging":
            return .running
        case "trail_running", "trailrunning", "trail_run", "trail":
            return .trailRunning
        case "treadmill_running", "treadmill", "indoor_running":
            return .treadmillRunning
        case "virtual_running", "virtual_run", "virtualrun":
            return .virtualRunning
        case "walking", "walk", "10":
            return .walking
        case "hiking", "hike":
            return .hiking
        case "cycling", "biking", "bike", "ride", "1", "road_biking", "mountain_biking",
            "gravel_cycling", "virtual_ride":
            return .cycling
        case "swimming", "swim", "open_water_swimming":
            return .swimming
        default:
            return .other
        }
    }
}
