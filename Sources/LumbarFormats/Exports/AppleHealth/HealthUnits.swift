/// Unit factors for the Apple Health values lumbar reads (units as exported; distance and speed
/// follow the user's preference, formats.md "Units per type").
enum HealthUnits {
    /// Metres per unit of distance (`km`, `mi`, `m`, `ft`, `yd`, `cm`).
    static func meters(_ unit: UnsafeBufferPointer<UInt8>?) -> Double? {
        switch unit.map(XMLBytes.string) ?? "km" {
        case "km": 1000
        case "m": 1
        case "mi": 1609.344
        case "ft": 0.3048
        case "yd": 0.9144
        case "cm": 0.01
        default: nil
        }
    }

    /// Millimetres per unit of length (vertical oscillation in `cm`, stride length in `m`).
    static func millimeters(_ unit: String) -> Double? {
        switch unit {
        case "cm": 10
        case "mm": 1
        case "m": 1000
        case "in": 25.4
        case "ft": 304.8
        default: nil
        }
    }

    /// Metres per second per unit of speed (`km/hr`, `mi/hr`, `m/s`).
    static func metersPerSecond(_ unit: String) -> Double? {
        switch unit {
        case "km/hr", "km/h": 1 / 3.6
        case "mi/hr", "mph": 0.44704
        case "m/s": 1
        default: nil
        }
    }

    /// Seconds per unit of duration (`min`, `s`, `hr`).
    static func seconds(_ unit: UnsafeBufferPointer<UInt8>?) -> Double {
        switch unit.map(XMLBytes.string) ?? "min" {
        case "s", "sec": 1
        case "hr", "h": 3600
        case "ms": 0.001
        default: 60
        }
    }
}
