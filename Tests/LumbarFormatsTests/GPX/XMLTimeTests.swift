import LumbarCore
import Testing

@testable import LumbarFormats

@Suite struct XMLTimeTests {
    func fast(_ s: String) -> Double? { Array(s.utf8).withUnsafeBufferPointer { XMLTime.parse($0) } }

    @Test(arguments: [
        "2024-05-01T06:00:00Z", "2024-05-01T06:00:00.000Z", "2015-12-11T15:43:13.994+01:00",
        "2012-12-26T21:29:53Z", "2013-01-01T12:00:04", "2024-02-29T23:59:60Z", "2020-06-30T12:00:00-05:30",
        " 2024-05-01T06:00:00Z\n", "2024-05-01t06:00:00z", "2024-05-01 06:00:00Z", "2024-05-01T06:00:00+0100",
        "1969-12-31T23:59:59.5Z", "2024-05-01T06:00:00.123456789Z",
    ])
    func agreesWithRFC3339(text: String) throws {
        let expected = try #require(RFC3339.parse(text))
        #expect(fast(text) == expected)
    }

    @Test(arguments: [
        "2023-02-29T06:00:00Z", "2024-13-01T06:00:00Z", "2024-05-01T06:61:00Z", "2024-05-01T06:00:00.Z",
        "2024-05-01T06:00:00Q", "2024-05-01T06:00:00+25:00", "yesterday", "", "2024-05-01",
    ])
    func rejectsWhatRFC3339Rejects(text: String) {
        #expect(RFC3339.parse(text) == nil)
        #expect(fast(text) == nil)
    }
}

@Suite struct XMLTimeOffsetTests {
    func offset(_ s: String) -> Int? { Array(s.utf8).withUnsafeBufferPointer { XMLTime.offsetSeconds($0) } }

    @Test func readsTheWrittenOffset() {
        #expect(offset("2015-12-11T15:43:13.994+01:00") == 3600)
        #expect(offset("2020-06-30T12:00:00-05:30") == -19800)
        #expect(offset("2020-06-30T12:00:00+0200") == 7200)
        #expect(offset("2020-06-30T12:00:00Z") == nil)
        #expect(offset("2020-06-30T12:00:00") == nil)
        #expect(offset("2020-06-30T12:00:00.123456Z") == nil)
    }
}
