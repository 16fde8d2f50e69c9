import LumbarCore

extension FITAssembler {
    /// One activity from one `session` message (18) and the records in its time span.
    /// Its source names the file and the session index; `contentHash` is left empty for the
    /// import pipeline, which hashes the file's bytes (the reader never sees the archive entry).
    func activity(_ m: FITMessage, index: Int, span: ClosedRange<Double>, samples: [Sample]) -> Activity {
        let sport = sport(of: m) ?? segmentSport(m.segment) ?? .other
        let start = m.date(2) ?? samples.lazy.compactMap(\.time).first ?? span.lowerBound
        let elapsed = m[7].map { $0 / 1000 } ?? (span.upperBound - start)
        return Activity(
            sport: sport, name: sportName(m.segment), start: start, utcOffsetSeconds: utcOffset(m.segment),
            elapsedSeconds: elapsed, movingSeconds: m[8].map { $0 / 1000 },
            distanceMeters: m[9].map { $0 / 100 }, ascentMeters: m[22], descentMeters: m[23],
            averageHeartRate: m[16], maxHeartRate: m[17], device: device(m.segment),
            laps: laps(in: span, segment: m.segment, running: sport.isRunning),
            sources: [ActivitySource(path: file, contentHash: "", format: "fit", sessionIndex: index)],
            samples: samples)
    }

    /// The single activity of a file without sessions (truncated): times and totals from records.
    func activityFromRecords(_ records: [Sample], sports: [Sport?]) -> (activity: Activity?, assumed: Bool) {
        let times = records.compactMap(\.time)
        guard let first = times.min(), let last = times.max() else { return (nil, false) }
        var sport = sports.lazy.compactMap { $0 }.first
        var assumed = false
        if sport == nil {
            let dynamics = records.contains { $0.groundContactTimeMilliseconds != nil || $0.verticalOscillationMillimeters != nil }
            sport = .running
            assumed = !dynamics
        }
        let hr = records.compactMap(\.heartRate)
        let seg = parsed.segments > 0 ? 0 : -1
        let a = Activity(
            sport: sport ?? .running, name: sportName(seg), start: first, utcOffsetSeconds: utcOffset(seg),
            elapsedSeconds: last - first, movingSeconds: timerSeconds(segment: seg), distanceMeters: records.lazy.compactMap(\.distanceMeters).max(),
            averageHeartRate: hr.isEmpty ? nil : hr.reduce(0, +) / Double(hr.count), maxHeartRate: hr.max(),
            device: device(seg), laps: laps(in: first...last, segment: seg, running: sport?.isRunning ?? true),
            sources: [ActivitySource(path: file, contentHash: "", format: "fit", sessionIndex: 0)],
            samples: records)
        return (a, assumed)
    }

    /// Time the timer ran, from `event` (21) timer start/stop pairs (event 0; event_type 0 start,
    /// 1 stop, 4 stop_all): the moving time of a file that has no session summary.
    func timerSeconds(segment: Int) -> Double? {
        var total = 0.0, started: Double?, any = false
        for m in parsed.messages where m.global == FITMessageNumber.event && m.int(0) == 0 && (m.segment == segment || segment < 0) {
            guard let t = m.timestamp.flatMap(FITTime.unix) else { continue }
            switch m.int(1) {
            case 0: if started == nil { started = t }
            case 1, 4:
                if let s = started, t >= s { total += t - s; any = true }
                started = nil
            default: break
            }
        }
        return any ? total : nil
    }

    /// Laps (19) of a chained file that start inside `span`; cadence in steps/min for runs.
    func laps(in span: ClosedRange<Double>, segment: Int, running: Bool) -> [Lap] {
        messages(FITMessageNumber.lap).compactMap { m -> Lap? in
            guard m.segment == segment, let start = m.date(2) ?? m.timestamp.flatMap(FITTime.unix),
                start >= span.lowerBound - 1, start <= span.upperBound + 1
            else { return nil }
            var cadence = m[17].map { $0 + (m[80] ?? 0) / 128 }
            if running, let c = cadence { cadence = c * 2 }
            return Lap(
                start: start, elapsedSeconds: m[7].map { $0 / 1000 }, movingSeconds: m[8].map { $0 / 1000 },
                distanceMeters: m[9].map { $0 / 100 }, averageHeartRate: m[15], averageCadence: cadence)
        }
    }

    /// Manufacturer and product of the recording device: `file_id` (0) product name or a known
    /// Garmin product, else the creator's `device_info` (23, device_index 0) product name, else
    /// the numbers ("Wahoo product 28").
    func device(_ segment: Int) -> String? {
        let inSeg = parsed.messages.filter { $0.segment == segment || segment < 0 }
        let f = inSeg.first { $0.global == FITMessageNumber.fileID }
        let creator = inSeg.first { $0.global == FITMessageNumber.deviceInfo && $0.int(0) == 0 && $0.strings[27] != nil }
        let maker = f?.int(1) ?? creator?.int(2)
        if let name = f?.strings[8] { return FITNames.device(manufacturer: maker, product: nil, productName: name) }
        if let product = f?.int(2), let maker, [1, 13, 15].contains(maker), FITNames.garminProduct(product) != nil {
            return FITNames.device(manufacturer: maker, product: product, productName: nil)
        }
        if let name = creator?.strings[27] { return FITNames.device(manufacturer: maker, product: nil, productName: name) }
        return FITNames.device(manufacturer: maker, product: f?.int(2) ?? creator?.int(4), productName: nil)
    }

    /// The run's own UTC offset: `activity.local_timestamp - activity.timestamp` (formats.md),
    /// rounded to a quarter hour (every time zone is a multiple of 15 minutes) and within ±14 h.
    func utcOffset(_ segment: Int) -> Int? {
        let acts = messages(FITMessageNumber.activity)
        guard let a = acts.first(where: { $0.segment == segment }) ?? acts.first,
            let ts = a.timestamp, let local = a[5]
        else { return nil }
        let diff = local - Double(ts)
        guard abs(diff) <= 14 * 3600 else { return nil }
        return Int((diff / 900).rounded()) * 900
    }

    /// The `sport` message's name (e.g. "Run", "Trail Run") when the file has one.
    func sportName(_ segment: Int) -> String? {
        parsed.messages.first { $0.global == FITMessageNumber.sport && ($0.segment == segment || segment < 0) }?.strings[3]
    }
}
