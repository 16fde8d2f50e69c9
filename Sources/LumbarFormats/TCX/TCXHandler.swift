import LumbarCore

/// The TCX state machine behind `TCXReader`: SAX events in, activities out.
///
/// Reads `TrainingCenterDatabase/Activities/Activity` (`Sport` attribute, `Id`, `Creator/Name`),
/// each `Lap` (`StartTime`, `TotalTimeSeconds`, `DistanceMeters`, `AverageHeartRateBpm`,
/// `MaximumHeartRateBpm`, `Cadence`, `AvgRunCadence`) and each `Trackpoint` (`Time`,
/// `Position`, `AltitudeMeters`, `DistanceMeters`, `HeartRateBpm`, `Cadence`, and the
/// ActivityExtension `TPX` `Speed`, `RunCadence`, `Watts` under any namespace prefix).
/// Courses and workouts are outside `Activity` and are not read.
final class TCXHandler: XMLEventHandler {
    enum Name: UInt8 {
        case activity = 1, id, lap, totalTimeSeconds, distanceMeters, averageHeartRateBpm,
            maximumHeartRateBpm, value, cadence, trackpoint, time, position, latitudeDegrees,
            longitudeDegrees, altitudeMeters, heartRateBpm, speed, runCadence, watts, avgRunCadence,
            extensions, creator, name
    }
    static let table = XMLNameTable([
        "Activity", "Id", "Lap", "TotalTimeSeconds", "DistanceMeters", "AverageHeartRateBpm",
        "MaximumHeartRateBpm", "Value", "Cadence", "Trackpoint", "Time", "Position", "LatitudeDegrees",
        "LongitudeDegrees", "AltitudeMeters", "HeartRateBpm", "Speed", "RunCadence", "Watts",
        "AvgRunCadence", "Extensions", "Creator", "Name",
    ])

    let keepSamples: Bool
    private(set) var activities: [TCXActivityBuilder] = []
    @exclusivity(unchecked) private(set) var current: TCXActivityBuilder?
    @exclusivity(unchecked) private var lap: TCXLapBuilder?
    @exclusivity(unchecked) private var inPoint = false
    private var inCreator = false
    @exclusivity(unchecked) private var extensionsDepth = 0
    @exclusivity(unchecked) private var point = Sample()
    @exclusivity(unchecked) private(set) var trackPointCount = 0
    private(set) var unreadableTimes = 0

    init(keepSamples: Bool) {
        self.keepSamples = keepSamples
        super.init(names: Self.table)
    }

    override func start(_ code: UInt8, parent: UInt8, attributes: XMLAttributes) -> Bool {
        guard let name = Name(rawValue: code) else { return false }
        let inActivity = current != nil
        switch name {
        case .activity:
            closeActivity()
            current = TCXActivityBuilder(sportAttribute: attributes.value("Sport").map(XMLBytes.string))
        case .lap:
            guard inActivity else { return false }
            closeLap()
            lap = TCXLapBuilder(start: attributes.value("StartTime").flatMap { RFC3339.parse($0) })
        case .trackpoint:
            guard inActivity else { return false }
            inPoint = true
            extensionsDepth = 0
            trackPointCount += 1
            point = Sample()
        case .creator:
            inCreator = inActivity
        case .extensions:
            if inPoint { extensionsDepth += 1 }
        case .id:
            return inActivity && parent == Name.activity.rawValue
        case .name:
            return inCreator && parent == Name.creator.rawValue
        case .time, .altitudeMeters:
            return inPoint && parent == Name.trackpoint.rawValue
        case .latitudeDegrees, .longitudeDegrees:
            return inPoint && parent == Name.position.rawValue
        case .distanceMeters, .cadence:
            return inPoint ? parent == Name.trackpoint.rawValue : (lap != nil && parent == Name.lap.rawValue)
        case .totalTimeSeconds:
            return lap != nil && parent == Name.lap.rawValue
        case .value:
            return parent == Name.heartRateBpm.rawValue
                ? inPoint
                : (!inPoint && lap != nil
                    && (parent == Name.averageHeartRateBpm.rawValue || parent == Name.maximumHeartRateBpm.rawValue))
        case .speed, .runCadence, .watts:
            return inPoint && extensionsDepth > 0
        case .avgRunCadence:
            return !inPoint && lap != nil
        case .averageHeartRateBpm, .maximumHeartRateBpm, .position, .heartRateBpm:
            break
        }
        return false
    }

    override func end(_ code: UInt8, parent: UInt8, text: UnsafeBufferPointer<UInt8>?) {
        guard let name = Name(rawValue: code) else { return }
        if let text {
            read(name, parent: parent, text: text)
            return
        }
        switch name {
        case .trackpoint:
            if inPoint {
                if lap?.firstPointTime == nil { lap?.firstPointTime = point.time }
                current?.add(point, keep: keepSamples)
                inPoint = false
            }
        case .extensions:
            if inPoint, extensionsDepth > 0 { extensionsDepth -= 1 }
        case .creator:
            inCreator = false
        case .lap:
            closeLap()
        case .activity:
            closeActivity()
        default:
            break
        }
    }

    private func read(_ name: Name, parent: UInt8, text: UnsafeBufferPointer<UInt8>) {
        switch name {
        case .id:
            current?.id = RFC3339.parse(text)
            current?.utcOffsetSeconds = XMLTime.offsetSeconds(text)
        case .name: current?.device = XMLBytes.string(text)
        case .time:
            if let t = XMLTime.parse(text) {
                point.time = t
            } else if !XMLBytes.trimmed(text).isEmpty {
                unreadableTimes += 1
            }
        case .latitudeDegrees:
            point.latitude = XMLBytes.double(text).flatMap { (-90...90).contains($0) ? $0 : nil }
        case .longitudeDegrees:
            point.longitude = XMLBytes.double(text).flatMap { (-180...180).contains($0) ? $0 : nil }
        case .altitudeMeters: point.altitudeMeters = XMLBytes.double(text)
        case .distanceMeters:
            if inPoint { point.distanceMeters = XMLBytes.double(text) } else { lap?.distanceMeters = XMLBytes.double(text) }
        case .cadence:
            if inPoint { point.cadence = XMLBytes.double(text) } else { lap?.cadence = XMLBytes.double(text) }
        case .value:
            let v = XMLBytes.double(text)
            if inPoint {
                point.heartRate = v
            } else if parent == Name.averageHeartRateBpm.rawValue {
                lap?.averageHeartRate = v
            } else {
                lap?.maximumHeartRate = v
            }
        case .totalTimeSeconds: lap?.totalTimeSeconds = XMLBytes.double(text)
        case .speed: point.speedMetersPerSecond = XMLBytes.double(text)
        case .runCadence: point.cadence = XMLBytes.double(text)
        case .watts: point.powerWatts = XMLBytes.double(text)
        case .avgRunCadence: lap?.cadence = XMLBytes.double(text)
        default: break
        }
    }

    private func closeLap() {
        if let finished = lap {
            if let max = finished.maximumHeartRate {
                let previous = current?.lapMaxHeartRate ?? max
                current?.lapMaxHeartRate = Swift.max(previous, max)
            }
            if let value = finished.lap { current?.laps.append(value) }
        }
        lap = nil
    }

    /// Ends the open activity (at `</Activity>`, or where damage stopped the file).
    func closeActivity() {
        inPoint = false
        closeLap()
        if let open = current { activities.append(open) }
        current = nil
    }
}
