/// One running-dynamics quantity a watch records per sample (clinical.md 5.3, R56; formats.md
/// FIT `record` fields 4/53, 39, 41, 83, 84, 85).
public enum FormMetric: String, Sendable, Hashable, CaseIterable, Codable {
    /// Steps per minute, both feet.
    case cadence
    /// Ground contact (stance) time per step, in milliseconds.
    case groundContactTime
    /// Left foot's share of total ground contact time, in percent (50 = even).
    case groundContactBalance
    /// Vertical bounce of the torso per step, in millimetres.
    case verticalOscillation
    /// Vertical oscillation divided by step length, in percent.
    case verticalRatio
    /// Step length, in millimetres.
    case stepLength

    /// Words a runner recognises.
    public var title: String {
        switch self {
        case .cadence: "Cadence"
        case .groundContactTime: "Ground contact time"
        case .groundContactBalance: "Ground contact balance (left)"
        case .verticalOscillation: "Vertical oscillation"
        case .verticalRatio: "Vertical ratio"
        case .stepLength: "Step length"
        }
    }

    /// The unit of `value(of:)`, as printed.
    public var unit: String {
        switch self {
        case .cadence: "spm"
        case .groundContactTime: "ms"
        case .groundContactBalance, .verticalRatio: "%"
        case .verticalOscillation, .stepLength: "mm"
        }
    }

    /// The JSON key, with the unit in the name.
    public var jsonKey: String {
        switch self {
        case .cadence: "cadenceStepsPerMinute"
        case .groundContactTime: "groundContactTimeMilliseconds"
        case .groundContactBalance: "groundContactBalanceLeftPercent"
        case .verticalOscillation: "verticalOscillationMillimeters"
        case .verticalRatio: "verticalRatioPercent"
        case .stepLength: "stepLengthMillimeters"
        }
    }

    /// This metric's value in one sample, if recorded and physically plausible.
    ///
    /// Zero and negative values are treated as "not recorded" (devices write 0 when the sensor
    /// drops out); balance must lie strictly between 0 and 100.
    @inlinable
    public func value(of s: Sample) -> Double? {
        let v: Double?
        switch self {
        case .cadence: v = s.cadence
        case .groundContactTime: v = s.groundContactTimeMilliseconds
        case .groundContactBalance:
            guard let b = s.groundContactBalancePercent, b > 0, b < 100 else { return nil }
            return b
        case .verticalOscillation: v = s.verticalOscillationMillimeters
        case .verticalRatio: v = s.verticalRatioPercent
        case .stepLength: v = s.stepLengthMillimeters
        }
        guard let v, v > 0, v.isFinite else { return nil }
        return v
    }
}
