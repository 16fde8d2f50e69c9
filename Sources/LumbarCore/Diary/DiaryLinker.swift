/// Turns activities and pain entries into diary runs with their features.
enum DiaryLinker {
    static let secondsPerDay = 86_400.0

    static func runs(activities: [Activity], pain: [PainEntry], fallbackOffsetSeconds: Int) -> [DiaryRun] {
        let all = activities.filter { $0.sport.isRunning }.sorted { $0.start < $1.start }
        var byID: [ActivityID: [PainEntry]] = [:]
        var byDate: [LocalDate: [PainEntry]] = [:]
        for entry in pain {
            if let id = entry.activityID { byID[id, default: []].append(entry) } else { byDate[entry.date, default: []].append(entry) }
        }
        var longestOnDate: [LocalDate: Int] = [:]
        for (i, run) in all.enumerated() {
            let date = run.localDate(fallbackOffsetSeconds: fallbackOffsetSeconds)
            if let j = longestOnDate[date], (all[j].distanceMeters ?? 0) >= (run.distanceMeters ?? 0) { continue }
            longestOnDate[date] = i
        }
        var out: [DiaryRun] = []
        for (i, run) in all.enumerated() {
            let date = run.localDate(fallbackOffsetSeconds: fallbackOffsetSeconds)
            var entries = run.id.flatMap { byID[$0] } ?? []
            if longestOnDate[date] == i { entries += byDate[date] ?? [] }
            let after = entries.compactMap(\.afterRun).filter { $0.isFinite }.max()
            let morning = entries.compactMap(\.nextMorning).filter { $0.isFinite }.max()
            out.append(DiaryRun(date: date, activityID: run.id, features: features(of: i, in: all, offset: fallbackOffsetSeconds),
                                afterRun: after, nextMorning: morning))
        }
        return out
    }

    static func features(of index: Int, in runs: [Activity], offset: Int) -> [RunFeature: Double] {
        let run = runs[index]
        var f: [RunFeature: Double] = [:]
        let km = (run.distanceMeters ?? 0) / 1000
        let minutes = (run.movingSeconds ?? run.elapsedSeconds) / 60
        if km > 0 { f[.distance] = km }
        if minutes > 0 { f[.duration] = minutes }
        if km >= 0.2, minutes > 0 { f[.pace] = minutes / km }
        if let d = run.descentMeters, d >= 0 { f[.descent] = d }
        if index > 0 {
            let previous = runs[index - 1].localDate(fallbackOffsetSeconds: offset)
            f[.daysSincePreviousRun] = Double(previous.days(to: run.localDate(fallbackOffsetSeconds: offset)))
        }
        // Spike (R69): against the longest run in the 30 days before this run's start.
        let windowStart = run.start - 30 * secondsPerDay
        let longest = runs[..<index].filter { $0.start >= windowStart && $0.start < run.start }
            .compactMap(\.distanceMeters).max()
        if let longest, longest > 0, let d = run.distanceMeters {
            f[.sessionSpike] = (d / longest - 1) * 100
        }
        return f
    }
}
