/// How a run's session load was measured, best first (clinical.md 6.1).
public enum SessionLoadMethod: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Session RPE: CR-10 rating × minutes (Foster 2001, R66).
    case sessionRPE
    /// Banister TRIMP integrated over the run's heart-rate samples.
    case trimpSamples
    /// Banister TRIMP from the run's average heart rate.
    case trimpAverage
    /// Minutes of running (external load) when neither RPE nor heart rate is known.
    case duration

    /// Words for tables and notes.
    public var label: String {
        switch self {
        case .sessionRPE: "session RPE"
        case .trimpSamples: "heart-rate TRIMP (samples)"
        case .trimpAverage: "heart-rate TRIMP (average)"
        case .duration: "minutes"
        }
    }

    /// Orders methods best first (session RPE before TRIMP before minutes).
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One run's contribution to the load: its distance, time, climb and session load.
public struct RunLoad: Sendable, Hashable {
    /// The stored activity, when it has an id.
    public var activityID: ActivityID?
    /// The runner's local date of the start.
    public var date: LocalDate
    /// UTC seconds since 1970 (orders runs on the same day).
    public var start: Double
    /// Distance (0 when the file has none).
    public var distanceMeters: Double
    /// Elapsed time.
    public var elapsedSeconds: Double
    /// Moving time; the elapsed time when the file has none.
    public var movingSeconds: Double
    /// Climb (0 when unknown).
    public var ascentMeters: Double
    /// Descent (0 when unknown).
    public var descentMeters: Double
    /// Session load in arbitrary units (AU) by `method`.
    public var load: Double
    /// How `load` was measured.
    public var method: SessionLoadMethod

    /// Measures one run. Session minutes are moving minutes when known, else elapsed minutes.
    ///
    /// - session RPE (Foster 2001, R66): load = RPE (CR-10, 0-10) × minutes, when the run has
    ///   `perceivedExertion`;
    /// - else Banister TRIMP: Σ minutes × HRr × a·e^(b·HRr), HRr = (HR − rest)/(max − rest)
    ///   (see `HeartRateProfile`), integrated sample by sample (each interval weighted by the
    ///   earlier sample's heart rate; intervals over 30 s are pauses and skipped) when the
    ///   samples cover at least half the run, otherwise from the average heart rate;
    /// - else minutes (external load, clinical.md 6.1 note).
    public init(activity: Activity, date: LocalDate, heartRate profile: HeartRateProfile) {
        activityID = activity.id
        self.date = date
        start = activity.start
        distanceMeters = max(0, activity.distanceMeters ?? 0)
        elapsedSeconds = max(0, activity.elapsedSeconds.isFinite ? activity.elapsedSeconds : 0)
        let moving = activity.movingSeconds.flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
        movingSeconds = moving ?? elapsedSeconds
        ascentMeters = max(0, activity.ascentMeters ?? 0)
        descentMeters = max(0, activity.descentMeters ?? 0)
        let minutes = movingSeconds / 60
        if let rpe = activity.perceivedExertion, rpe.isFinite, rpe >= 0, rpe <= 10 {
            load = rpe * minutes
            method = .sessionRPE
        } else if let trimp = RunLoad.sampleTRIMP(activity.samples, profile: profile, runSeconds: movingSeconds) {
            load = trimp
            method = .trimpSamples
        } else if let hr = activity.averageHeartRate, hr.isFinite, hr > 0 {
            load = minutes * profile.trimpPerMinute(hr)
            method = .trimpAverage
        } else {
            load = minutes
            method = .duration
        }
        if !load.isFinite { load = 0 }
    }

    /// TRIMP integrated over heart-rate samples; nil when they cover less than half the run.
    /// Each interval is weighted by its first sample's rate; the sum is in rate × seconds and
    /// divided by 60 once at the end (the hot loop of the analysis: one pass, no allocation).
    static func sampleTRIMP(_ samples: [Sample], profile: HeartRateProfile, runSeconds: Double) -> Double? {
        guard samples.count > 1, runSeconds > 0 else { return nil }
        let gap = LoadThresholds.heartRateGapSeconds
        var covered = 0.0
        var weighted = 0.0
        var previousTime = -Double.infinity  // t − (−∞) = +∞: the first sample opens no interval
        var previousRate = 0.0
        profile.perMinuteByBeat.withUnsafeBufferPointer { table in
            samples.withUnsafeBufferPointer { buffer in
                for sample in buffer {
                    guard let t = sample.time, let hr = sample.heartRate, hr > 0, hr.isFinite, t.isFinite else { continue }
                    let dt = t - previousTime
                    if dt > 0 && dt <= gap {
                        covered += dt
                        weighted += dt * previousRate
                    }
                    previousTime = t
                    if hr < Double(table.count), Double(Int(hr)) == hr {
                        previousRate = table[Int(hr)]
                    } else {
                        previousRate = profile.computeTRIMPPerMinute(hr)
                    }
                }
            }
        }
        let trimp = weighted / 60
        return covered >= LoadThresholds.heartRateCoverage * runSeconds ? trimp : nil
    }
}
