import LumbarCore

extension WeeklyDistance {
    /// Running distance per ISO week (Monday start) for the `weeks` weeks ending with the week
    /// of `asOf`, oldest first; weeks without runs are 0. Non-runs are ignored.
    public static func series(
        activities: [Activity], asOf: LocalDate, weeks: Int = 12, fallbackOffsetSeconds: Int = 0
    ) -> [WeeklyDistance] {
        guard weeks > 0 else { return [] }
        let lastWeek = asOf.weekStart
        let first = lastWeek.adding(days: -7 * (weeks - 1))
        var km = [Double](repeating: 0, count: weeks)
        for run in activities where run.sport.isRunning {
            let start = run.localDate(fallbackOffsetSeconds: fallbackOffsetSeconds).weekStart
            let index = first.days(to: start) / 7
            if index >= 0, index < weeks { km[index] += (run.distanceMeters ?? 0) / 1000 }
        }
        return km.enumerated().map { WeeklyDistance(weekStart: first.adding(days: $0.offset * 7), km: $0.element) }
    }
}

extension PainRunPoint {
    /// Points for the pain chart from the diary runs (those with a distance), oldest first.
    public static func series(_ runs: [DiaryRun]) -> [PainRunPoint] {
        runs.sorted { $0.date < $1.date }.compactMap { run in
            run.features[.distance].map { PainRunPoint(date: run.date, km: $0, painAfter: run.afterRun) }
        }
    }
}
