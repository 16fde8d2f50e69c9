import LumbarCore

/// One TCX `Activity` while it is read: sport, Id, laps, points and their running summary.
struct TCXActivityBuilder {
    var sport: Sport
    var id: Double?
    var utcOffsetSeconds: Int?
    var device: String?
    var laps: [Lap] = []
    /// The lap maxima, used when no point carries a heart rate.
    var lapMaxHeartRate: Double?
    /// Every Trackpoint in file order (only when samples are kept).
    var points: [Sample] = []
    var pointCount = 0
    var timedCount = 0
    var summarizer = TrackSummarizer()

    init(sportAttribute: String?) {
        sport = sportAttribute.map(Self.sport(forAttribute:)) ?? .other
    }

    /// The schema's `Sport` values (Running, Biking, Other), case-insensitive, plus a few words
    /// other writers use.
    static func sport(forAttribute raw: String) -> Sport {
        switch raw.lowercased() {
        case "running", "run": .running
        case "biking", "cycling": .cycling
        case "walking": .walking
        case "hiking": .hiking
        case "swimming": .swimming
        default: .other
        }
    }

    mutating func add(_ point: Sample, keep: Bool) {
        pointCount += 1
        if keep { points.append(point) }
        if point.time != nil {
            timedCount += 1
            summarizer.add(point)
        }
    }
}

/// One TCX `Lap` while it is read.
struct TCXLapBuilder {
    var start: Double?
    var totalTimeSeconds: Double?
    var distanceMeters: Double?
    var averageHeartRate: Double?
    var maximumHeartRate: Double?
    /// As written (`Cadence` or the `LX/AvgRunCadence` extension), before any doubling.
    var cadence: Double?
    var firstPointTime: Double?

    var lap: Lap? {
        guard let start = start ?? firstPointTime else { return nil }
        return Lap(
            start: start, elapsedSeconds: totalTimeSeconds, distanceMeters: distanceMeters,
            averageHeartRate: averageHeartRate, averageCadence: cadence)
    }
}
