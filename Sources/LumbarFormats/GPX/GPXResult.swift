import LumbarCore

/// Turns a finished `GPXHandler` into a `DecodedFile` or the error that explains why not.
enum GPXResult {
    static let routeReason = "a route without times, not a recorded run"

    static func make(_ handler: GPXHandler, file: String) throws(FormatError) -> DecodedFile {
        var warnings: [DecodeWarning] = []
        if let failure = handler.failure {
            let kept = handler.tracks.contains { $0.isRecorded } || (handler.current?.isRecorded ?? false)
            guard kept else {
                throw .damaged(file: file, offset: failure.offset, reason: XMLDecoding.reason(failure))
            }
            handler.closeTrack()
            let keptPoints = handler.tracks.reduce(0) { $0 + $1.pointCount }
            warnings.append(
                DecodeWarning(
                    file: file, offset: failure.offset,
                    message: "\(XMLDecoding.reason(failure)); the \(keptPoints) track points before it are kept"))
        } else {
            handler.closeTrack()
        }
        var activities: [Activity] = []
        var recordParts: [[Sample]] = []
        var assumed = false
        var skipped: [String] = []
        for var track in handler.tracks {
            guard track.isRecorded else {
                if track.pointCount > 0 { skipped.append(track.label) }
                if handler.keepSamples { recordParts.append(track.points) }
                continue
            }
            let sport = track.type.map(GPXSport.sport(forType:)) ?? .running
            if track.type == nil { assumed = true }
            let factor = track.summarizer.cadenceFactor(for: sport)
            if factor != 1 {
                for i in track.points.indices where track.points[i].cadence != nil {
                    track.points[i].cadence! *= factor
                }
            }
            if handler.keepSamples { recordParts.append(track.points) }
            let samples = track.timedCount == track.pointCount ? track.points : track.points.filter { $0.time != nil }
            if track.summarizer.backwardSteps > 0 {
                warnings.append(
                    DecodeWarning(
                        file: file,
                        message: "\(track.label): the time goes backwards \(track.summarizer.backwardSteps) times; points are kept in file order and the elapsed time runs from the earliest to the latest time"))
            }
            if track.timedCount < track.pointCount {
                warnings.append(
                    DecodeWarning(
                        file: file,
                        message: "\(track.label): \(track.pointCount - track.timedCount) of \(track.pointCount) points have no time and are left out of the activity"))
            }
            if let activity = track.summarizer.activity(
                sport: sport, name: track.name, device: handler.creator,
                utcOffsetSeconds: track.utcOffsetSeconds, samples: handler.keepSamples ? samples : [])
            {
                activities.append(activity)
            }
        }
        guard !activities.isEmpty else {
            if handler.trackPointCount > 0 || handler.routePointCount > 0 {
                throw .noActivity(file: file, reason: routeReason)
            }
            if handler.waypointCount > 0 {
                throw .noActivity(file: file, reason: "only waypoints, no recorded track")
            }
            throw .noActivity(file: file, reason: "no track points, nothing was recorded")
        }
        for label in skipped {
            warnings.append(DecodeWarning(file: file, message: "\(label) has no times (a route, not a recording) and is skipped"))
        }
        if handler.unreadableTimes > 0 {
            warnings.append(DecodeWarning(file: file, message: "\(handler.unreadableTimes) point times could not be read and were left out"))
        }
        let records = concatenated(recordParts)
        return DecodedFile(
            format: "gpx", activities: activities, records: records, sportWasAssumed: assumed,
            warnings: warnings)
    }
}
