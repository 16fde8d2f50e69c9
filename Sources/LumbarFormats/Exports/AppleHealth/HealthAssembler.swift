import Foundation
import LumbarCore

/// Turns the parsed workouts and records into activities: each record goes to the workout whose
/// interval holds its start (there is no foreign key, formats.md), records in any order.
///
/// Phone and watch both write heart rate and steps for the same minutes (formats.md pitfall 9):
/// per workout and per kind, the records of the workout's own source are used when it has any,
/// else those of sources named like a watch, else all.
enum HealthAssembler {
    /// The records of every workout, grouped contiguously: workout `i` owns `records[ranges[i]]`.
    struct Attached {
        var records: [HealthRecord]
        var ranges: [Range<Int>]
    }

    /// Sorts `workouts` by start and groups the records that fall in them (a counting sort by
    /// workout, records in any order); `records` is consumed so its memory is freed as soon as
    /// the grouped copy exists.
    static func attach(_ records: consuming [HealthRecord], to workouts: inout [HealthWorkout]) -> Attached {
        workouts.sort { $0.start < $1.start }
        guard !workouts.isEmpty else { return Attached(records: [], ranges: []) }
        let starts = workouts.map(\.start)
        let ends = workouts.map(\.end)
        var owner = [Int32](repeating: -1, count: records.count)
        var counts = [Int](repeating: 0, count: workouts.count)
        for (k, record) in records.enumerated() {
            let t = record.utcStart
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if starts[mid] <= t { lo = mid + 1 } else { hi = mid }
            }
            let index = lo - 1
            guard index >= 0, t <= ends[index] else { continue }
            owner[k] = Int32(index)
            counts[index] += 1
        }
        var ranges: [Range<Int>] = []
        var offset = 0
        for c in counts {
            ranges.append(offset..<(offset + c))
            offset += c
        }
        var next = ranges.map(\.lowerBound)
        var grouped = [HealthRecord](repeating: HealthRecord(start: 0, duration: 0, value: 0, kind: .heartRate, source: 0), count: offset)
        for (k, record) in records.enumerated() where owner[k] >= 0 {
            let w = Int(owner[k])
            grouped[next[w]] = record
            next[w] += 1
        }
        return Attached(records: grouped, ranges: ranges)
    }

    /// The records of one workout to use: per kind, the workout's own source when it has any,
    /// else sources named like a watch, else all.
    static func choose(_ records: ArraySlice<HealthRecord>, own: UInt16, watchSources: Set<UInt16>) -> [HealthRecord] {
        var chosen: [HealthRecord] = []
        for kind in HealthRecord.Kind.allCases {
            let ofKind = records.filter { $0.kind == kind }
            if ofKind.isEmpty { continue }
            let mine = ofKind.filter { $0.source == own }
            if !mine.isEmpty {
                chosen += mine
                continue
            }
            let watch = ofKind.filter { watchSources.contains($0.source) }
            chosen += watch.isEmpty ? ofKind : watch
        }
        return chosen
    }

    /// Indices of the source names that look like a watch.
    static func watchSources(_ names: [String]) -> Set<UInt16> {
        Set(names.indices.filter { names[$0].localizedCaseInsensitiveContains("watch") }.map { UInt16(clamping: $0) })
    }

    /// The activity of one workout; `route` holds the samples of its route GPX files.
    static func activity(_ w: HealthWorkout, route: [Sample]) -> Activity {
        var offset = w.offset
        if let zone = w.timeZone, let tz = TimeZone(identifier: zone) {
            offset = tz.secondsFromGMT(for: Date(timeIntervalSince1970: w.start))
        }
        var bySecond: [Int: Sample] = [:]
        for point in route + w.locations {
            guard let t = point.time else { continue }
            let key = Int(t.rounded(.down))
            var s = bySecond[key] ?? Sample(time: Double(key))
            s.latitude = point.latitude ?? s.latitude
            s.longitude = point.longitude ?? s.longitude
            s.altitudeMeters = point.altitudeMeters ?? s.altitudeMeters
            s.speedMetersPerSecond = point.speedMetersPerSecond ?? s.speedMetersPerSecond
            bySecond[key] = s
        }
        var heartRates: [Double] = []
        for r in w.records {
            let key = Int(r.utcStart)
            var s = bySecond[key] ?? Sample(time: Double(key))
            let v = Double(r.value)
            switch r.kind {
            case .heartRate:
                s.heartRate = v
                heartRates.append(v)
            case .cadence: s.cadence = v
            case .groundContactTime: s.groundContactTimeMilliseconds = v
            case .verticalOscillation: s.verticalOscillationMillimeters = v
            case .stepLength: s.stepLengthMillimeters = v
            case .power: s.powerWatts = v
            case .speed: s.speedMetersPerSecond = s.speedMetersPerSecond ?? v
            }
            bySecond[key] = s
        }
        let samples = bySecond.values.sorted { ($0.time ?? 0) < ($1.time ?? 0) }
        var activity = Activity(
            sport: w.indoor ? .treadmillRunning : .running, start: w.start, utcOffsetSeconds: offset,
            elapsedSeconds: w.end - w.start, movingSeconds: w.durationSeconds, distanceMeters: w.distanceMeters,
            averageHeartRate: w.averageHeartRate, maxHeartRate: w.maxHeartRate, device: w.device ?? w.sourceName,
            samples: samples)
        if activity.averageHeartRate == nil, !heartRates.isEmpty {
            activity.averageHeartRate = heartRates.reduce(0, +) / Double(heartRates.count)
            activity.maxHeartRate = heartRates.max()
        }
        if activity.distanceMeters == nil {
            activity.distanceMeters = routeDistance(samples)
        }
        return activity
    }

    /// Haversine length of the located samples, or nil without two of them.
    static func routeDistance(_ samples: [Sample]) -> Double? {
        var total = 0.0
        var last: (Double, Double)?
        var count = 0
        for s in samples {
            guard let lat = s.latitude, let lon = s.longitude else { continue }
            if let (a, b) = last {
                let r = 6_371_008.8, p1 = a * .pi / 180, p2 = lat * .pi / 180
                let dp = p2 - p1, dl = (lon - b) * .pi / 180
                let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
                total += 2 * r * asin(min(1, sqrt(h)))
            }
            last = (lat, lon)
            count += 1
        }
        return count >= 2 ? total : nil
    }
}
