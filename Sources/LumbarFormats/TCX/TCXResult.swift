import LumbarCore

/// Turns a finished `TCXHandler` into a `DecodedFile` or the error that explains why not.
enum TCXResult {
    static func make(_ handler: TCXHandler, file: String) throws(FormatError) -> DecodedFile {
        var warnings: [DecodeWarning] = []
        if let failure = handler.failure {
            let kept = handler.activities.contains { $0.timedCount > 0 } || (handler.current?.timedCount ?? 0) > 0
            guard kept else {
                throw .damaged(file: file, offset: failure.offset, reason: XMLDecoding.reason(failure))
            }
            handler.closeActivity()
            let keptPoints = handler.activities.reduce(0) { $0 + $1.pointCount }
            warnings.append(
                DecodeWarning(
                    file: file, offset: failure.offset,
                    message: "\(XMLDecoding.reason(failure)); the \(keptPoints) trackpoints before it are kept"))
        } else {
            handler.closeActivity()
        }
        var activities: [Activity] = []
        var recordParts: [[Sample]] = []
        for (index, var builder) in handler.activities.enumerated() {
            let label = "activity \(index + 1)"
            let factor = cadenceFactor(builder)
            if factor != 1 {
                for i in builder.points.indices where builder.points[i].cadence != nil {
                    builder.points[i].cadence! *= factor
                }
                for i in builder.laps.indices where builder.laps[i].averageCadence != nil {
                    builder.laps[i].averageCadence! *= factor
                }
            }
            if handler.keepSamples { recordParts.append(builder.points) }
            if builder.summarizer.backwardSteps > 0 {
                warnings.append(
                    DecodeWarning(
                        file: file,
                        message: "\(label): the time goes backwards \(builder.summarizer.backwardSteps) times; points are kept in file order and the elapsed time runs from the earliest to the latest time"))
            }
            guard let activity = makeActivity(builder, keepSamples: handler.keepSamples) else {
                warnings.append(DecodeWarning(file: file, message: "\(label) has no times and no laps and is skipped"))
                continue
            }
            activities.append(activity)
        }
        guard !activities.isEmpty else {
            throw .noActivity(
                file: file,
                reason: handler.activities.isEmpty
                    ? "no Activity element (a TCX course or workout, not a recorded run)"
                    : "its activities hold no times, not a recorded run")
        }
        if handler.unreadableTimes > 0 {
            warnings.append(DecodeWarning(file: file, message: "\(handler.unreadableTimes) trackpoint times could not be read and were left out"))
        }
        let records = concatenated(recordParts)
        return DecodedFile(format: "tcx", activities: activities, records: records, warnings: warnings)
    }

    /// The multiplier to steps/min: from the points' cadence median when they carry cadence,
    /// else from the laps' (TCX `RunCadence`/`AvgRunCadence` are strides/min, formats.md
    /// pitfall 1; a median above 120 is already steps/min, as in Runalyze's
    /// `Treadmill-doubled-cadence.tcx`).
    static func cadenceFactor(_ builder: TCXActivityBuilder) -> Double {
        guard builder.sport.isRunning else { return 1 }
        if builder.summarizer.cadenceMedian != nil { return builder.summarizer.cadenceFactor(for: builder.sport) }
        let lapCadences = builder.laps.compactMap(\.averageCadence).sorted()
        guard !lapCadences.isEmpty else { return 1 }
        return lapCadences[lapCadences.count / 2] > TrackSummarizer.doubledCadenceMedian ? 1 : 2
    }

    /// Start is the `Id` when it reads as a time (else the earliest point); distance is the
    /// laps' own `DistanceMeters` sum when present, else the points' (positions, then the
    /// cumulative `DistanceMeters`). Heart rate falls back to the laps' time-weighted averages.
    static func makeActivity(_ builder: TCXActivityBuilder, keepSamples: Bool) -> Activity? {
        let samples = builder.timedCount == builder.pointCount ? builder.points : builder.points.filter { $0.time != nil }
        let lapDistances = builder.laps.compactMap(\.distanceMeters)
        let lapDistance: Double? = lapDistances.isEmpty ? nil : lapDistances.reduce(0, +)
        var activity: Activity
        if let fromPoints = builder.summarizer.activity(
            sport: builder.sport, name: nil, device: builder.device,
            utcOffsetSeconds: builder.utcOffsetSeconds, samples: keepSamples ? samples : [],
            laps: builder.laps)
        {
            activity = fromPoints
            if let id = builder.id, let latest = builder.summarizer.maxTime, id <= activity.start {
                activity.elapsedSeconds = latest - id
                activity.start = id
            }
        } else {
            guard let start = builder.id ?? builder.laps.first?.start, !builder.laps.isEmpty else { return nil }
            activity = Activity(
                sport: builder.sport, start: start, utcOffsetSeconds: builder.utcOffsetSeconds,
                elapsedSeconds: builder.laps.compactMap(\.elapsedSeconds).reduce(0, +),
                device: builder.device, laps: builder.laps)
        }
        if let lapDistance { activity.distanceMeters = lapDistance }
        if activity.averageHeartRate == nil {
            let weighted = builder.laps.compactMap { lap -> (Double, Double)? in
                guard let hr = lap.averageHeartRate, let t = lap.elapsedSeconds, t > 0 else { return nil }
                return (hr * t, t)
            }
            let time = weighted.reduce(0) { $0 + $1.1 }
            if time > 0 { activity.averageHeartRate = weighted.reduce(0) { $0 + $1.0 } / time }
        }
        if activity.maxHeartRate == nil { activity.maxHeartRate = builder.lapMaxHeartRate }
        return activity
    }
}
