import LumbarCore

/// One `trk` while it is read: its points (when kept) and the running summary of the timed ones.
struct GPXTrack {
    /// 0-based position among the file's tracks.
    var index: Int
    var name: String?
    var type: String?
    /// Every `trkpt` in file order (only when samples are kept).
    var points: [Sample] = []
    var pointCount = 0
    var timedCount = 0
    /// The UTC offset written on the first timed point (`+01:00`), when it is not `Z`.
    var utcOffsetSeconds: Int?
    var summarizer = TrackSummarizer()

    init(index: Int) { self.index = index }

    /// Whether this track is a recording rather than a drawn route: at least one point has a
    /// time and at least half of the points do. GPSBabel's Garmin logs keep a handful of times in
    /// an otherwise untimed track (gpxpy `cerknicko-without-times.gpx`: 5 of 21 points); such a
    /// track is a route, not a run.
    var isRecorded: Bool { timedCount >= 1 && timedCount * 2 >= pointCount }

    /// A short label for messages: `track 2 "Morning Run"`.
    var label: String {
        if let name, !name.isEmpty { "track \(index + 1) \"\(name)\"" } else { "track \(index + 1)" }
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
