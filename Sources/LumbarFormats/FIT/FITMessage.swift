/// A decoded summary message (session, lap, file_id, ...) with its fields kept by number.
/// These are few per file, so dictionaries are fine here (never used for `record`).
struct FITMessage {
    var global: UInt16
    /// Which chained FIT file (from 0) it came from.
    var segment: Int
    /// Byte offset of its record header.
    var offset: Int
    /// Raw FIT timestamp (field 253 or the compressed header's), if any.
    var timestamp: UInt32?
    var numbers: [UInt8: Double] = [:]
    var strings: [UInt8: String] = [:]
    var bytes: [UInt8: [UInt8]] = [:]

    subscript(_ n: UInt8) -> Double? { numbers[n] }

    /// Field `n` as a date_time converted to Unix seconds (absolute values only).
    func date(_ n: UInt8) -> Double? {
        guard let v = numbers[n] else { return nil }
        guard v >= 0, v <= 4_294_967_295 else { return nil }
        return FITTime.unix(UInt32(v))
    }

    /// Field `n` as an integer.
    func int(_ n: UInt8) -> Int? { numbers[n].flatMap(FITValue.int) }
}

/// FIT time: uint32 seconds since 1989-12-31T00:00:00Z; values below 0x10000000 are relative
/// (seconds since device power-on, formats.md "Timestamps").
enum FITTime {
    /// Unix time of the FIT epoch.
    static let epoch: Double = 631_065_600
    /// The smallest absolute FIT timestamp.
    static let minimumAbsolute: UInt32 = 0x1000_0000

    /// Unix seconds of an absolute FIT timestamp, nil for a relative one.
    static func unix(_ raw: UInt32) -> Double? {
        raw >= minimumAbsolute ? Double(raw) + epoch : nil
    }
}
