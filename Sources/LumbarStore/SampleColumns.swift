import LumbarCore

/// Samples and laps as `ColumnBlob`s: one column per `Sample` field, in declaration order.
public enum SampleColumns {
    /// Every sample field, in the column order of the stored blob. This order is the stored
    /// format: changing it needs a schema migration that rewrites the blobs.
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
        let fields = fields
        return ColumnBlob.encode(rowCount: samples.count, columnCount: fields.count) { row, column in
            samples[row][keyPath: fields[column]]
        }
    }

    /// The samples of a blob written by `encode`, bit for bit.
    public static func decode(_ bytes: [UInt8]) throws(ColumnBlobError) -> [Sample] {
        let fields = fields
        var samples: [Sample] = []
        let rows = try ColumnBlob.decode(bytes, columnCount: fields.count) { row, column, value in
            while samples.count <= row { samples.append(Sample()) }
            samples[row][keyPath: fields[column]] = value
        }
        while samples.count < rows { samples.append(Sample()) }
        return samples
    }

    /// How many fields are present in at least one sample (how "rich" a recording is).
    public static func presentFieldCount(_ samples: [Sample]) -> Int {
        fields.reduce(0) { count, field in
            count + (samples.contains { $0[keyPath: field] != nil } ? 1 : 0)
        }
    }

    static var lapFields: [WritableKeyPath<Lap, Double?>] {
        [\.elapsedSeconds, \.movingSeconds, \.distanceMeters, \.averageHeartRate, \.averageCadence]
    }

    /// Laps as one blob: the start, then every optional field.
    public static func encodeLaps(_ laps: [Lap]) -> [UInt8] {
        let fields = lapFields
        return ColumnBlob.encode(rowCount: laps.count, columnCount: fields.count + 1) { row, column in
            column == 0 ? laps[row].start : laps[row][keyPath: fields[column - 1]]
        }
    }

    /// The laps of a blob written by `encodeLaps`.
    public static func decodeLaps(_ bytes: [UInt8]) throws(ColumnBlobError) -> [Lap] {
        let fields = lapFields
        var laps: [Lap] = []
        let rows = try ColumnBlob.decode(bytes, columnCount: fields.count + 1) { row, column, value in
            while laps.count <= row { laps.append(Lap(start: 0)) }
            if column == 0 { laps[row].start = value } else { laps[row][keyPath: fields[column - 1]] = value }
        }
        guard laps.count == rows else { throw .damaged("a lap has no start time") }
        return laps
    }
}
