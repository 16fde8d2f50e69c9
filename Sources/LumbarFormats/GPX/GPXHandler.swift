import LumbarCore

/// The GPX state machine behind `GPXReader`: SAX events in, tracks out.
///
/// Reads `trk/name`, `trk/type`, `trkseg`, `trkpt@lat/lon`, `ele`, `time`, GPX 1.0 `speed`, and
/// inside a point's `extensions` (any depth, any namespace prefix or none) `hr`, `cad`/`cadence`,
/// `speed` and `power` (Garmin TrackPointExtension v1/v2, Cluetrust gpxdata, Apple Health,
/// Strava). Everything else, including unknown extensions, is skipped without being read.
final class GPXHandler: XMLEventHandler {
    enum Name: UInt8 {
        case gpx = 1, trk, trkseg, trkpt, rte, rtept, wpt, ele, time, type, name, extensions, hr, cad,
            cadence, speed, power
    }
    static let table = XMLNameTable([
        "gpx", "trk", "trkseg", "trkpt", "rte", "rtept", "wpt", "ele", "time", "type", "name",
        "extensions", "hr", "cad", "cadence", "speed", "power",
    ])

    let keepSamples: Bool
    private(set) var creator: String?
    private(set) var tracks: [GPXTrack] = []
    @exclusivity(unchecked) private(set) var current: GPXTrack?
    private var nextTrackIndex = 0
    @exclusivity(unchecked) private var inPoint = false
    @exclusivity(unchecked) private var extensionsDepth = 0
    @exclusivity(unchecked) private var point = Sample()
    private(set) var routePointCount = 0
    private(set) var waypointCount = 0
    @exclusivity(unchecked) private(set) var trackPointCount = 0
    private(set) var unreadableTimes = 0

    init(keepSamples: Bool) {
        self.keepSamples = keepSamples
        super.init(names: Self.table)
    }

    override func start(_ code: UInt8, parent: UInt8, attributes: XMLAttributes) -> Bool {
        guard let name = Name(rawValue: code) else { return false }
        switch name {
        case .gpx:
            creator = attributes.value("creator").map(XMLBytes.string)
        case .trk:
            if let open = current { tracks.append(open) }
            current = GPXTrack(index: nextTrackIndex)
            nextTrackIndex += 1
        case .trkseg:
            current?.summarizer.breakSegment()
        case .trkpt:
            guard current != nil else { return false }
            inPoint = true
            extensionsDepth = 0
            trackPointCount += 1
            point = Sample()
            if let lat = attributes.value("lat").flatMap(XMLBytes.double),
                let lon = attributes.value("lon").flatMap(XMLBytes.double),
                (-90...90).contains(lat), (-180...180).contains(lon)
            {
                point.latitude = lat
                point.longitude = lon
            }
        case .rtept:
            routePointCount += 1
        case .wpt:
            waypointCount += 1
        case .extensions:
            if inPoint { extensionsDepth += 1 }
        case .ele, .time:
            return inPoint && parent == Name.trkpt.rawValue
        case .speed:
            return inPoint && (parent == Name.trkpt.rawValue || extensionsDepth > 0)
        case .hr, .cad, .cadence, .power:
            return inPoint && extensionsDepth > 0
        case .type, .name:
            return current != nil && parent == Name.trk.rawValue
        case .rte:
            break
        }
        return false
    }

    override func end(_ code: UInt8, parent: UInt8, text: UnsafeBufferPointer<UInt8>?) {
        guard let name = Name(rawValue: code) else { return }
        if let text {
            switch name {
            case .ele: point.altitudeMeters = XMLBytes.double(text)
            case .time:
                if let t = XMLTime.parse(text) {
                    point.time = t
                    if current?.timedCount == 0 { current?.utcOffsetSeconds = XMLTime.offsetSeconds(text) }
                } else if !XMLBytes.trimmed(text).isEmpty {
                    unreadableTimes += 1
                }
            case .hr: point.heartRate = XMLBytes.double(text)
            case .cad, .cadence: point.cadence = XMLBytes.double(text)
            case .speed: point.speedMetersPerSecond = XMLBytes.double(text)
            case .power: point.powerWatts = XMLBytes.double(text)
            case .type: current?.type = XMLBytes.string(text)
            case .name: current?.name = XMLBytes.string(text)
            default: break
            }
            return
        }
        switch name {
        case .extensions:
            if inPoint, extensionsDepth > 0 { extensionsDepth -= 1 }
        case .trkpt:
            if inPoint {
                current?.add(point, keep: keepSamples)
                inPoint = false
            }
        case .trk:
            closeTrack()
        default:
            break
        }
    }

    /// Ends the open track (at `</trk>`, or where damage stopped the file).
    func closeTrack() {
        inPoint = false
        if let open = current { tracks.append(open) }
        current = nil
    }
}
