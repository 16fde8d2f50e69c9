import LumbarCore
import LumbarStore
import Testing

@Suite("Column blobs")
struct ColumnBlobTests {
    @Test func samplesRoundTripBitForBit() throws {
        var samples: [Sample] = []
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return seed
        }
        for _ in 0..<1000 {
            var s = Sample()
            for field in SampleColumns.fields where next() % 3 != 0 {
                s[keyPath: field] = Double(bitPattern: next() & 0x7FEF_FFFF_FFFF_FFFF)  // finite values
            }
            samples.append(s)
        }
        samples.append(Sample())
        samples.append(Sample(time: -0.0, heartRate: .leastNonzeroMagnitude, cadence: .greatestFiniteMagnitude))
        let blob = SampleColumns.encode(samples)
        let decoded = try SampleColumns.decode(blob)
        #expect(decoded == samples)
        #expect(decoded[1001].time?.sign == .minus)
    }

    /// A sample keeps NaN as "absent" (see `Sample`), so a NaN from a reader is stored as no value
    /// and reads back as nil, next to the real values of the same sample.
    @Test func nanIsStoredAsAbsent() throws {
        let nan = Double(bitPattern: 0x7FF8_0000_0000_BEEF)
        let decoded = try SampleColumns.decode(SampleColumns.encode([Sample(time: 5, heartRate: nan), Sample(time: 6, heartRate: 150)]))
        #expect(decoded == [Sample(time: 5), Sample(time: 6, heartRate: 150)])
        #expect(decoded[0].heartRate == nil)
    }

    @Test func columnsAreCompact() {
        let samples = (0..<1000).map { Sample(time: Double($0), heartRate: 150) }
        // Header 9 bytes, 14 mode bytes, two full columns of 8-byte values, no bitmaps.
        #expect(SampleColumns.encode(samples).count == 9 + 14 + 2 * 8 * 1000)
    }

    @Test func lapsRoundTrip() throws {
        let laps = [Lap(start: 10, elapsedSeconds: 300.25), Lap(start: 310.5, distanceMeters: 1000, averageCadence: 176)]
        #expect(try SampleColumns.decodeLaps(SampleColumns.encodeLaps(laps)) == laps)
        #expect(try SampleColumns.decodeLaps(SampleColumns.encodeLaps([])) == [])
    }

    @Test func damagedBlobsThrow() {
        let blob = SampleColumns.encode([Sample(time: 1, heartRate: 2), Sample(time: 2)])
        #expect(throws: ColumnBlobError.self) { try SampleColumns.decode(Array(blob.dropLast())) }
        #expect(throws: ColumnBlobError.self) { try SampleColumns.decode(blob + [0]) }
        #expect(throws: ColumnBlobError.self) { try SampleColumns.decode(Array("LCB0".utf8) + blob.dropFirst(4)) }
        #expect(throws: ColumnBlobError.self) { try SampleColumns.decodeLaps(blob) }
        #expect(throws: ColumnBlobError.self) { try SampleColumns.decode([]) }
    }
}
