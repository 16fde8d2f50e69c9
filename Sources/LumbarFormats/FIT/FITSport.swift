import LumbarCore

/// FIT `sport`/`sub_sport` numbers to lumbar's `Sport` (FIT profile types `sport`, `sub_sport`).
enum FITSport {
    /// running 1 (sub_sport treadmill 1, trail 3, track 4, indoor_running 45, virtual_activity 58),
    /// cycling 2, swimming 5, walking 11, hiking 17; every other sport is `.other`.
    static func map(sport: Int?, subSport: Int?) -> Sport? {
        guard let sport else { return nil }
        switch sport {
        case 1:
            switch subSport {
            case 1, 45: return .treadmillRunning
            case 3: return .trailRunning
            case 58: return .virtualRunning
            default: return .running
            }
        case 2: return .cycling
        case 5: return .swimming
        case 11: return .walking
        case 17: return .hiking
        default: return .other
        }
    }
}
