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

/// The UTC offset written at the end of an RFC 3339 time (`+01:00`, `-0500`), or nil for `Z`,
/// no designator, or anything else.
func rfc3339Offset(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
    let text = XMLBytes.trimmed(raw)
    let n = text.count
    guard n >= 24 else { return nil }
    func digit(_ i: Int) -> Int? { text[i] >= 48 && text[i] <= 57 ? Int(text[i] - 48) : nil }
    var signIndex = n - 6
    var hasColon = true
    if text[signIndex] != 43, text[signIndex] != 45 {
        signIndex = n - 5
        hasColon = false
    }
    guard text[signIndex] == 43 || text[signIndex] == 45,
        let h1 = digit(signIndex + 1), let h2 = digit(signIndex + 2)
    else { return nil }
    let m = signIndex + (hasColon ? 4 : 3)
    guard !hasColon || text[signIndex + 3] == 58, let m1 = digit(m), let m2 = digit(m + 1) else { return nil }
    let seconds = (h1 * 10 + h2) * 3600 + (m1 * 10 + m2) * 60
    return text[signIndex] == 45 ? -seconds : seconds
}
