/// Relative timestamps (< 0x10000000: seconds since the device was switched on, formats.md
/// "Timestamps") turned into UTC when the file says how: `device_settings.time_offset`
/// (mesg 2, field 2: UTC = system time + offset) or a `timestamp_correlation` (mesg 162:
/// field 253 UTC timestamp paired with field 1 system_timestamp).
enum FITRelativeTime {
    static let deviceSettings: UInt16 = 2
    static let timestampCorrelation: UInt16 = 162

    /// Sets `time` of the records that had relative timestamps; returns a warning when there is
    /// no clock reference (then their time stays the device's seconds since power-on).
    static func anchor(_ p: inout FITParseResult, messages: [FITMessage]) -> String? {
        guard !p.relativeTimes.isEmpty else { return nil }
        var offset: Double?
        if let c = messages.first(where: { $0.global == timestampCorrelation }),
            let utc = c.timestamp, utc >= FITTime.minimumAbsolute, let system = c[1]
        {
            offset = Double(utc) - system
        } else if let d = messages.first(where: { $0.global == deviceSettings }), let o = d[2] {
            offset = o
        }
        if let offset {
            for (i, raw) in p.relativeTimes { p.records[i].time = Double(raw) + offset + FITTime.epoch }
            return nil
        }
        for (i, raw) in p.relativeTimes { p.records[i].time = Double(raw) }
        return "\(p.relativeTimes.count) records have times relative to the device switching on (no clock reference in the file); their times are seconds since power-on, not dates"
    }
}
