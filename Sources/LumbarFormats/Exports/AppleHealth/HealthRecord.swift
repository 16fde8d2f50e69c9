/// One running-form or heart-rate `Record`, packed into 16 bytes so a whole export's worth can
/// wait for the workouts (which come after the records in the file) without holding strings.
struct HealthRecord: Sendable {
    /// What the value is, in lumbar's units.
    enum Kind: UInt8, Sendable, CaseIterable {
        /// beats/min
        case heartRate
        /// steps/min (the Record's count over its duration)
        case cadence
        /// ms
        case groundContactTime
        /// mm (exported in cm)
        case verticalOscillation
        /// mm (exported in m): Apple's stride length is the length of one step
        case stepLength
        /// W
        case power
        /// m/s (exported in km/hr or mi/hr)
        case speed
    }

    /// Seconds since 2001-01-01 UTC (Apple's reference date; exports have whole seconds).
    var start: Int32
    /// Seconds the record covers.
    var duration: Int32
    var value: Float
    var kind: Kind
    /// Index into the handler's source names.
    var source: UInt16

    /// Apple's reference date in Unix seconds.
    static let epoch2001 = 978_307_200.0

    /// UTC seconds since 1970.
    var utcStart: Double { Double(start) + Self.epoch2001 }
}
