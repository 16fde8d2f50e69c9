/// Session RPE written in the pain diary (`PainEntry.perceivedExertion`, CR-10) feeds the
/// session-RPE load of the run it is linked to (Foster 2001, R66).
public enum DiaryRPE {
    /// `activities` with each run's `perceivedExertion` filled in from the diary entry linked to
    /// it (by `activityID`) when the run has none of its own. A rating the file already has wins;
    /// ratings outside 0-10 are ignored; with several entries for one run, the latest date wins.
    public static func apply(_ diary: [PainEntry], to activities: [Activity]) -> [Activity] {
        var rating: [ActivityID: (date: LocalDate, rpe: Double)] = [:]
        for entry in diary {
            guard let id = entry.activityID, let rpe = entry.perceivedExertion, rpe.isFinite, (0...10).contains(rpe)
            else { continue }
            if let known = rating[id], known.date > entry.date { continue }
            rating[id] = (entry.date, rpe)
        }
        guard !rating.isEmpty else { return activities }
        return activities.map { activity in
            guard activity.perceivedExertion == nil, let id = activity.id, let r = rating[id] else { return activity }
            var copy = activity
            copy.perceivedExertion = r.rpe
            return copy
        }
    }
}
