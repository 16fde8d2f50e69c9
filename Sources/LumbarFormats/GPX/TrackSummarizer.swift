import LumbarCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Running totals over one activity's points, fed one point at a time so a summary needs no
/// stored samples (the streaming decode of a 200 MB GPX keeps none). Shared by GPX and TCX.
///
/// Rules (documented defaults of the readers, not clinical thresholds):
/// - **Distance**: great-circle (haversine) distance between consecutive positioned points on a
///   sphere of the mean Earth radius 6,371,008.8 m (IUGG); no distance is added across a GPX
///   segment break (`trkseg`), where the recording was paused.
/// - **Moving time**: the time between consecutive timed points counts as moving when the step is
///   at most `maximumGapSeconds` (30 s; longer gaps are pauses or lost signal) and its speed is at
///   least `stoppedSpeed` (0.5 m/s, slower than any walk: standing at a crossing). Step speed
///   comes from positions, else the file's cumulative distance, else its speed field; a step with
///   none of those counts as moving.
/// - **Ascent / descent**: elevation changes are added only once they move `climbHysteresis`
///   (3 m) away from the last counted elevation, so GPS/barometer noise of a metre or two on flat
///   ground does not add up to phantom climbing.
/// - **Heart rate**: mean and maximum over points that carry a heart rate above 0 (point mean,
///   not time-weighted; watches record every 1-5 s).
/// - **Cadence**: a histogram of whole values gives the median, used to tell strides/min from
///   steps/min (`cadenceFactor`).
struct TrackSummarizer {
    static let earthRadiusMeters = 6_371_008.8
    static let stoppedSpeed = 0.5
    static let maximumGapSeconds = 30.0
    static let climbHysteresis = 3.0
    /// A running cadence median above this is already steps/min: nobody runs at more than 120
    /// strides (240 steps) a minute, and walking or running at fewer than 120 steps/min is rare.
    static let doubledCadenceMedian = 120.0

    private(set) var count = 0
    private(set) var minTime: Double?
    private(set) var maxTime: Double?
    private(set) var backwardSteps = 0
    private var lastTime: Double?
    private var lastLatitude: Double?
    private var lastLongitude: Double?
    private var lastDeviceDistance: Double?
    private var segmentBreak = false
    private(set) var positionDistance = 0.0
    private(set) var positionSteps = 0
    private(set) var deviceDistance: Double?
    private(set) var movingSeconds = 0.0
    private var elevationAnchor: Double?
    private var elevationCount = 0
    private(set) var ascent = 0.0
    private(set) var descent = 0.0
    private var heartRateSum = 0.0
    private(set) var heartRateCount = 0
    private(set) var maxHeartRate: Double?
    private var cadenceHistogram: [Int] = []
    private var cadenceCount = 0

    /// The next point does not continue the previous one (a new GPX segment).
    mutating func breakSegment() { segmentBreak = true }

    mutating func add(_ sample: Sample) {
        count += 1
        var stepDistance: Double?
        if let lat = sample.latitude, let lon = sample.longitude {
            if !segmentBreak, let lastLatitude, let lastLongitude {
                let d = Self.haversine(lastLatitude, lastLongitude, lat, lon)
                positionDistance += d
                positionSteps += 1
                stepDistance = d
            }
            lastLatitude = lat
            lastLongitude = lon
        }
        if let d = sample.distanceMeters {
            if stepDistance == nil, let last = lastDeviceDistance { stepDistance = max(0, d - last) }
            lastDeviceDistance = d
            deviceDistance = max(deviceDistance ?? d, d)
        }
        if let t = sample.time {
            if let lastTime {
                if t < lastTime { backwardSteps += 1 }
                let dt = t - lastTime
                if !segmentBreak, dt > 0, dt <= Self.maximumGapSeconds {
                    let distance = stepDistance ?? sample.speedMetersPerSecond.map { $0 * dt }
                    if distance.map({ $0 / dt >= Self.stoppedSpeed }) ?? true { movingSeconds += dt }
                }
            }
            minTime = min(minTime ?? t, t)
            maxTime = max(maxTime ?? t, t)
            lastTime = t
        }
        if let e = sample.altitudeMeters {
            elevationCount += 1
            if let anchor = elevationAnchor {
                if e - anchor >= Self.climbHysteresis {
                    ascent += e - anchor
                    elevationAnchor = e
                } else if anchor - e >= Self.climbHysteresis {
                    descent += anchor - e
                    elevationAnchor = e
                }
            } else {
                elevationAnchor = e
            }
        }
        if let hr = sample.heartRate, hr > 0 {
            heartRateSum += hr
            heartRateCount += 1
            maxHeartRate = max(maxHeartRate ?? hr, hr)
        }
        if let c = sample.cadence, c > 0 {
            if cadenceHistogram.isEmpty { cadenceHistogram = Array(repeating: 0, count: 256) }
            cadenceHistogram[min(Int(c.rounded()), 255)] += 1
            cadenceCount += 1
        }
        segmentBreak = false
    }

    var averageHeartRate: Double? { heartRateCount > 0 ? heartRateSum / Double(heartRateCount) : nil }
    var hasElevation: Bool { elevationCount >= 2 }

    /// Median of the cadence values as written in the file (whole numbers), or nil.
    var cadenceMedian: Double? {
        guard cadenceCount > 0 else { return nil }
        var seen = 0
        for (value, n) in cadenceHistogram.enumerated() {
            seen += n
            if seen * 2 >= cadenceCount { return Double(value) }
        }
        return nil
    }

    /// What the file's cadence values are multiplied by to give steps/min: 2 for a run whose
    /// median is strides/min (Garmin GPX `cad`, TCX `RunCadence`, formats.md pitfall 1), 1 when
    /// the median is above `doubledCadenceMedian` (already steps/min) or the sport is not running
    /// (revolutions per minute stay as written).
    func cadenceFactor(for sport: Sport) -> Double {
        guard sport.isRunning, let median = cadenceMedian else { return 1 }
        return median > Self.doubledCadenceMedian ? 1 : 2
    }

    static func haversine(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians
        let dLon = (lon2 - lon1) * radians
        let a = sin(dLat / 2) * sin(dLat / 2)
            + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusMeters * asin(min(1, a.squareRoot()))
    }
}
