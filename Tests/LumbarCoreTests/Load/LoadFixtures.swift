import LumbarCore

/// Small builders for load tests: runs at local noon (UTC, offset 0) on a given date.
enum LoadFixtures {
    static let monday = LocalDate(year: 2026, month: 11, day: 2)  // a Monday (ISO week 45)

    static func noon(_ date: LocalDate) -> Double { Double(date.daysSinceEpoch) * 86_400 + 43_200 }

    static func run(
        _ date: LocalDate, km: Double, minutes: Double = 30, rpe: Double? = nil, heartRate: Double? = nil,
        id: String? = nil, sport: Sport = .running, samples: [Sample] = []
    ) -> Activity {
        Activity(
            id: ActivityID(id ?? "r\(date)"), sport: sport, start: noon(date), utcOffsetSeconds: 0,
            elapsedSeconds: minutes * 60, movingSeconds: minutes * 60, distanceMeters: km * 1000,
            ascentMeters: 10, descentMeters: 12, averageHeartRate: heartRate, perceivedExertion: rpe,
            samples: samples)
    }

    /// A run every day for `days` days from `start`, `km` each, minutes = 6 × km.
    static func daily(from start: LocalDate, days: Int, km: Double) -> [Activity] {
        (0..<days).map { run(start.adding(days: $0), km: km, minutes: 6 * km) }
    }

    /// Settings with fixed heart rates: rest 60, max 190, men's coefficients.
    static let settings = RunnerSettings(restingHeartRate: 60, maxHeartRate: 190, sex: "male")
}
