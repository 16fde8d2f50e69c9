import Foundation
import LumbarCore
import Testing

/// `Sample` keeps its values as plain doubles (NaN for absent) to halve its memory; to the code
/// that uses it, it must behave exactly like fourteen optionals.
@Suite struct SampleTests {
    @Test func isHalfTheSizeOfFourteenOptionals() {
        #expect(MemoryLayout<Sample>.stride == 14 * MemoryLayout<Double>.stride)
    }

    @Test func absentValuesAreNilAndNaNReadsBackAsAbsent() {
        var s = Sample(time: 10, heartRate: 150)
        #expect(s.time == 10 && s.heartRate == 150 && s.latitude == nil && s.verticalRatioPercent == nil)
        s.heartRate = nil
        s.cadence = .nan
        s.powerWatts = .infinity
        #expect(s.heartRate == nil && s.cadence == nil && s.powerWatts == .infinity)
        s.powerWatts = -0.0
        #expect(s.powerWatts == 0)
    }

    @Test func equalityAndHashingTreatAbsentAsEqual() {
        let a = Sample(time: 1, latitude: 52.5, cadence: 170)
        var b = Sample(time: 1, latitude: 52.5)
        #expect(a != b)
        b.cadence = 170
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(Sample() == Sample() && Set([Sample(), Sample(), a, b]).count == 2)
    }

    /// Coding keeps the keys the stored properties had, absent values left out.
    @Test func codesWithTheFieldNamesAndLeavesOutAbsentValues() throws {
        let s = Sample(time: 1_772_434_800.5, altitudeMeters: 34.2, groundContactBalancePercent: 49.8)
        let data = try JSONEncoder().encode(s)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Double])
        #expect(object == ["time": 1_772_434_800.5, "altitudeMeters": 34.2, "groundContactBalancePercent": 49.8])
        #expect(try JSONDecoder().decode(Sample.self, from: data) == s)
        let old = Data(#"{"time":5,"heartRate":140,"stepLengthMillimeters":1210}"#.utf8)
        #expect(try JSONDecoder().decode(Sample.self, from: old) == Sample(time: 5, heartRate: 140, stepLengthMillimeters: 1210))
    }
}
