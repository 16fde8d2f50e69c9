/// Plan for running posture: cues, a cadence target from the runner's own step rate, drills,
/// and a date to film again (clinical.md 5, 8.2-8.4).
enum PosturePlan {
    static func item(inputs: PlanInputs, asOf: LocalDate) -> PlanItem {
        var steps: [String] = []
        steps.append("Cues while running: run tall, with a slight forward lean that comes from the ankles, not from bending at the waist; keep the pelvis level and land with the foot under you (R52, R53, R54).")
        if let cadence = inputs.cadence {
            let low = (cadence * (1 + PlanRules.cadenceIncrease.low)).rounded()
            let high = (cadence * (1 + PlanRules.cadenceIncrease.high)).rounded()
            steps.append("Raise your step rate 5-10 % at the same easy pace: from your \(NumberText.format(cadence, decimals: 0)) to \(NumberText.format(low, decimals: 0))-\(NumberText.format(high, decimals: 0)) steps per minute, with a metronome for part of 2-3 runs a week (R55). Not a fixed 180: your own rate is the starting point.")
        } else {
            steps.append("Measure your easy-pace step rate (a watch, or count steps for 30 seconds and double it), then raise it 5-10 % at the same pace with a metronome for part of 2-3 runs a week (R55).")
        }
        steps.append("Drills 2-3 times a week before a run: wall lean from the ankles (30 s x 3), A-skips (2 x 20 m), tall marching (2 x 20 m), glute bridges (3 x 10; hip-extensor strength goes with trunk posture, R52).")
        let worse = Set(inputs.answers.symptoms.worseWith ?? [])
        if worse.contains(.downhill) || worse.contains(.archingBack) {
            steps.append("Downhill: shorten your steps and avoid leaning back; the lumbar spine extends most when running downhill (R59). Prefer flatter routes for the next 2 weeks.")
        }
        let filmOn = asOf.adding(days: PlanRules.trainingRecheckDays)
        steps.append("Film yourself from the side at easy pace now and again on \(NumberText.date(filmOn)) to compare trunk lean and overstride (clinical.md 8.2).")
        return PlanItem(cause: Cause.posture.rawValue, steps: steps, recheckOn: filmOn)
    }
}
