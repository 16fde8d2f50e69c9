import LumbarCore

/// Samples and laps as `ColumnBlob`s: one column per `Sample` field, in declaration order
/// (time, latitude, longitude, altitude, distance, speed, heart rate, cadence, power, vertical
/// oscillation, ground contact time, ground contact balance, step length, vertical ratio).
/// This order is the stored format: changing it needs a schema migration that rewrites the blobs.
public enum SampleColumns {
    /// Number of `Sample` fields stored.
    public static let sampleFieldCount = 14

    /// Every sample field, in the column order of the stored blob.
    public static var fields: [WritableKeyPath<Sample, Double?>] {
        [
            \.time, \.latitude, \.longitude, \.altitudeMeters, \.distanceMeters, \.speedMetersPerSecond,
            \.heartRate, \.cadence, \.powerWatts, \.verticalOscillationMillimeters,
            \.groundContactTimeMilliseconds, \.groundContactBalancePercent, \.stepLengthMillimeters,
            \.verticalRatioPercent,
        ]
    }

    /// The samples as one blob.
    public static func encode(_ samples: [Sample]) -> [UInt8] {
        ColumnBlob.encode([
            samples.map { $0.time }, samples.map { $0.latitude }, samples.map { $0.longitude },
            samples.map { $0.altitudeMeters }, samples.map { $0.distanceMeters },
            samples.map { $0.speedMetersPerSecond }, samples.map { $0.heartRate }, samples.map { $0.cadence },
            samples.map { $0.powerWatts }, samples.map { $0.verticalOscillationMillimeters },
            samples.map { $0.groundContactTimeMilliseconds }, samples.map { $0.groundContactBalancePercent },
            samples.map { $0.stepLengthMillimeters }, samples.map { $0.verticalRatioPercent },
        ])
    }

    /// The samples of a blob written by `encode`, bit for bit.
    public static func decode(_ bytes: [UInt8]) throws(ColumnBlobError) -> [Sample] {
        let c = try ColumnBlob.decode(bytes, columnCount: sampleFieldCount)
        let rows = c[0].count
        var samples: [Sample] = []
        samples.reserveCapacity(rows)
        for r in 0..<rows {
            samples.append(Sample(
                time: c[0][r], latitude: c[1][r], longitude: c[2][r], altitudeMeters: c[3][r], distanceMeters: c[4][r],
                speedMetersPerSecond: c[5][r], heartRate: c[6][r], cadence: c[7][r], powerWatts: c[8][r],
                verticalOscillationMillimeters: c[9][r], groundContactTimeMilliseconds: c[10][r],
                groundContactBalancePercent: c[11][r], stepLengthMillimeters: c[12][r], verticalRatioPercent: c[13][r]))
        }
        return samples
    }

    /// How many fields are present in at least one sample (how "rich" a recording is).
    public static func presentFieldCount(_ samples: [Sample]) -> Int {
        var mask: UInt16 = 0
        for s in samples {
            if s.time != nil { mask |= 1 << 0 }
            if s.latitude != nil { mask |= 1 << 1 }
            if s.longitude != nil { mask |= 1 << 2 }
            if s.altitudeMeters != nil { mask |= 1 << 3 }
            if s.distanceMeters != nil { mask |= 1 << 4 }
            if s.speedMetersPerSecond != nil { mask |= 1 << 5 }
            if s.heartRate != nil { mask |= 1 << 6 }
            if s.cadence != nil { mask |= 1 << 7 }
            if s.powerWatts != nil { mask |= 1 << 8 }
            if s.verticalOscillationMillimeters != nil { mask |= 1 << 9 }
            if s.groundContactTimeMilliseconds != nil { mask |= 1 << 10 }
            if s.groundContactBalancePercent != nil { mask |= 1 << 11 }
            if s.stepLengthMillimeters != nil { mask |= 1 << 12 }
            if s.verticalRatioPercent != nil { mask |= 1 << 13 }
            if mask == 0x3FFF { break }
        }
        return mask.nonzeroBitCount
    }

    /// Laps as one blob: the start, then elapsed, moving, distance, average heart rate and cadence.
    public static func encodeLaps(_ laps: [Lap]) -> [UInt8] {
        ColumnBlob.encode([
            laps.map { $0.start }, laps.map { $0.elapsedSeconds }, laps.map { $0.movingSeconds },
            laps.map { $0.distanceMeters }, laps.map { $0.averageHeartRate }, laps.map { $0.averageCadence },
        ])
    }

    /// The laps of a blob written by `encodeLaps`.
    public static func decodeLaps(_ bytes: [UInt8]) throws(ColumnBlobError) -> [Lap] {
        let c = try ColumnBlob.decode(bytes, columnCount: 6)
        return try (0..<c[0].count).map { r throws(ColumnBlobError) -> Lap in
            guard let start = c[0][r] else { throw .damaged("lap \(r) has no start time") }
            return Lap(start: start, elapsedSeconds: c[1][r], movingSeconds: c[2][r], distanceMeters: c[3][r],
                       averageHeartRate: c[4][r], averageCadence: c[5][r])
        }
    }
}
