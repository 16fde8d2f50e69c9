import LumbarCore

extension TrackSummarizer {
    /// The activity these points summarise, or nil when no point had a time.
    ///
    /// Start is the earliest time and elapsed runs to the latest, so a clock that steps backwards
    /// still gives the true span. Distance is the positions' haversine sum, else the file's own
    /// cumulative distance.
    func activity(
        sport: Sport, name: String?, device: String?, utcOffsetSeconds: Int?, samples: [Sample],
        laps: [Lap] = [], source: ActivitySource? = nil
    ) -> Activity? {
        guard let minTime, let maxTime else { return nil }
        return Activity(
            sport: sport, name: name, start: minTime, utcOffsetSeconds: utcOffsetSeconds,
            elapsedSeconds: maxTime - minTime,
            movingSeconds: count >= 2 ? movingSeconds : nil,
            distanceMeters: positionSteps > 0 ? positionDistance : deviceDistance,
            ascentMeters: hasElevation ? ascent : nil,
            descentMeters: hasElevation ? descent : nil,
            averageHeartRate: averageHeartRate, maxHeartRate: maxHeartRate,
            device: device, laps: laps, sources: source.map { [$0] } ?? [], samples: samples)
    }
}
