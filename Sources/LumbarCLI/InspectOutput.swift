import Foundation
import LumbarCore
import LumbarFormats

/// The renderings of `lumbar inspect`.
enum InspectOutput {
    /// One JSON object: `format`, `sport`, `start`, `elapsedSeconds`, `distanceMeters`, `device`
    /// (of the file's activities: first sport, earliest start, summed time and distance, first
    /// device), `laps`, `samples` (every record in file order, absent values left out, full
    /// precision) and `warnings` (messages naming the file and byte offset). Ends with a newline.
    static func json(_ d: DecodedFile) -> [UInt8] {
        var all: [UInt8] = []
        json(d) { all.append(contentsOf: $0) }
        return all
    }

    /// The same document handed to `sink` in chunks of about `chunk` bytes, so a large file's
    /// output is never held whole in memory (fresh memory is the dearest part of `inspect`: 64 KB,
    /// a pipe's buffer, is 16 pages).
    static func json(_ d: DecodedFile, chunk: Int = 1 << 16, sink: (UnsafeRawBufferPointer) -> Void) {
        var w = JSONWriter(reserving: min(160 * d.records.count + 1024, chunk + 4096))
        w.beginObject()
        w.field("format", d.format)
        w.field("sport", d.activities.first?.sport.rawValue)
        if let start = d.activities.map(\.start).min() {
            w.key("start")
            w.timestamp(start)
        }
        if !d.activities.isEmpty { w.field("elapsedSeconds", d.activities.reduce(0) { $0 + $1.elapsedSeconds }) }
        let distances = d.activities.compactMap(\.distanceMeters)
        if !distances.isEmpty { w.field("distanceMeters", distances.reduce(0, +)) }
        w.field("device", d.activities.lazy.compactMap(\.device).first)
        w.key("laps")
        w.beginArray()
        for lap in d.activities.flatMap(\.laps) {
            w.beginObject()
            w.key("start")
            w.timestamp(lap.start)
            w.field("elapsedSeconds", lap.elapsedSeconds)
            w.field("movingSeconds", lap.movingSeconds)
            w.field("distanceMeters", lap.distanceMeters)
            w.field("averageHeartRate", lap.averageHeartRate)
            w.field("averageCadence", lap.averageCadence)
            w.endObject()
        }
        w.endArray()
        w.key("samples")
        w.beginArray()
        let k = SampleKeys.shared
        for s in d.records {
            w.beginObject()
            if let t = s.time, t.isFinite {
                w.key(k.time)
                w.timestamp(t)
            }
            w.field(k.latitude, s.latitude)
            w.field(k.longitude, s.longitude)
            w.field(k.altitude, s.altitudeMeters)
            w.field(k.distance, s.distanceMeters)
            w.field(k.speed, s.speedMetersPerSecond)
            w.field(k.heartRate, s.heartRate)
            w.field(k.cadence, s.cadence)
            w.field(k.power, s.powerWatts)
            w.field(k.verticalOscillation, s.verticalOscillationMillimeters)
            w.field(k.groundContactTime, s.groundContactTimeMilliseconds)
            w.field(k.groundContactBalance, s.groundContactBalancePercent)
            w.field(k.stepLength, s.stepLengthMillimeters)
            w.field(k.verticalRatio, s.verticalRatioPercent)
            w.endObject()
            if w.pendingByteCount >= chunk { w.flush(sink) }
        }
        w.endArray()
        w.key("warnings")
        w.beginArray()
        for warning in d.warnings { w.value(warning.description) }
        w.endArray()
        w.endObject()
        w.newline()
        w.flush(sink)
    }

    /// The sample keys of the contract, quoted once.
    struct SampleKeys: Sendable {
        static let shared = SampleKeys()
        let time = JSONKey("time"), latitude = JSONKey("latitude"), longitude = JSONKey("longitude")
        let altitude = JSONKey("altitude"), distance = JSONKey("distance"), speed = JSONKey("speed")
        let heartRate = JSONKey("heartRate"), cadence = JSONKey("cadence"), power = JSONKey("power")
        let verticalOscillation = JSONKey("verticalOscillation"), groundContactTime = JSONKey("groundContactTime")
        let groundContactBalance = JSONKey("groundContactBalance"), stepLength = JSONKey("stepLength")
        let verticalRatio = JSONKey("verticalRatio")
    }

    /// A short human summary of the file.
    static func text(_ d: DecodedFile, file: String) -> String {
        var lines = ["\(file): \(d.format.uppercased()), \(d.activities.count) activit\(d.activities.count == 1 ? "y" : "ies"), \(d.records.count) records"]
        for (i, a) in d.activities.enumerated() {
            var parts = ["\(i + 1). \(a.sport.rawValue)", RFC3339.format(a.start), ActivityListing.clock(a.elapsedSeconds, hours: true)]
            if let distance = a.distanceMeters { parts.append(String(format: "%.2f km", distance / 1000)) }
            if let device = a.device { parts.append(device) }
            parts.append("\(a.laps.count) lap\(a.laps.count == 1 ? "" : "s")")
            lines.append("  " + parts.joined(separator: ", "))
        }
        let names = ["time", "latitude", "longitude", "altitude", "distance", "speed", "heart rate", "cadence", "power",
                     "vertical oscillation", "ground contact time", "ground contact balance", "step length", "vertical ratio"]
        let paths: [KeyPath<Sample, Double?>] = [
            \.time, \.latitude, \.longitude, \.altitudeMeters, \.distanceMeters, \.speedMetersPerSecond, \.heartRate,
            \.cadence, \.powerWatts, \.verticalOscillationMillimeters, \.groundContactTimeMilliseconds,
            \.groundContactBalancePercent, \.stepLengthMillimeters, \.verticalRatioPercent,
        ]
        let present = zip(names, paths).filter { _, path in d.records.contains { $0[keyPath: path] != nil } }.map(\.0)
        lines.append("  fields: " + (present.isEmpty ? "none" : present.joined(separator: ", ")))
        if d.sportWasAssumed { lines.append("  the file names no sport: running assumed") }
        for warning in d.warnings { lines.append("  warning: \(warning)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
