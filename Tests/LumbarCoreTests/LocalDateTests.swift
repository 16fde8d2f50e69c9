import Testing
@testable import LumbarCore
import PropertyBased

@Suite struct LocalDateTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("2000-02-29", 11_016), ("2024-12-31", 20_088), ("1969-12-31", -1),
    ])
    func daysSinceEpoch(text: String, days: Int) throws {
        let date = try #require(LocalDate(text))
        #expect(date.daysSinceEpoch == days)
        #expect(LocalDate(daysSinceEpoch: days) == date)
        #expect(date.description == text)
    }

    @Test func rejectsImpossibleDates() {
        #expect(LocalDate("2023-02-29") == nil)
        #expect(LocalDate("2024-13-01") == nil)
        #expect(LocalDate("24-01-01") == nil)
    }

    @Test func isoWeeks() throws {
        // 2021-01-03 is a Sunday in ISO week 53 of 2020; 2021-01-04 starts week 1.
        #expect(try #require(LocalDate("2021-01-03")).isoWeek == (2020, 53))
        #expect(try #require(LocalDate("2021-01-04")).isoWeek == (2021, 1))
        #expect(try #require(LocalDate("2026-12-04")).isoWeekday == 5)
        #expect(try #require(LocalDate("2026-12-04")).weekStart == LocalDate("2026-11-30"))
    }

    @Test func localDateFromOffset() {
        // 2024-05-10T23:30:00Z is already 11 May in Berlin (+02:00) but 10 May in Chicago.
        let t = 1_715_383_800.0
        #expect(LocalDate(utcSeconds: t, offsetSeconds: 7200) == LocalDate("2024-05-11"))
        #expect(LocalDate(utcSeconds: t, offsetSeconds: -18_000) == LocalDate("2024-05-10"))
    }
}

@Suite struct RFC3339Tests {
    @Test(arguments: [
        ("2024-05-10T19:32:04Z", 1_715_369_524.0),
        ("2024-05-10T21:32:04+02:00", 1_715_369_524.0),
        ("2024-05-10T21:32:04+0200", 1_715_369_524.0),
        ("2024-05-10 19:32:04", 1_715_369_524.0),
        ("2024-05-10T19:32:04.250Z", 1_715_369_524.25),
        ("  2024-05-10T19:32:04Z\n", 1_715_369_524.0),
    ])
    func parses(text: String, expected: Double) {
        #expect(RFC3339.parse(text) == expected)
    }

    @Test(arguments: ["", "2024-05-10", "2024-02-30T00:00:00Z", "2024-05-10T19:32:04Zjunk", "2024-05-10T19:32:04."])
    func rejects(text: String) {
        #expect(RFC3339.parse(text) == nil)
    }

    @Test func formatsRoundTrip() {
        #expect(RFC3339.format(1_715_369_524) == "2024-05-10T19:32:04Z")
        #expect(RFC3339.format(1_715_369_524.25) == "2024-05-10T19:32:04.25Z")
        #expect(RFC3339.format(-1) == "1969-12-31T23:59:59Z")
    }
}

@Suite struct JSONWriterTests {
    @Test func writesCompactJSON() {
        var w = JSONWriter()
        w.beginObject()
        w.key("a"); w.value(1)
        w.key("b"); w.beginArray(); w.value(1.5); w.value("x\"\n"); w.null(); w.endArray()
        w.field("missing", nil as Double?)
        w.key("c"); w.beginObject(); w.key("t"); w.timestamp(0); w.endObject()
        w.endObject()
        #expect(w.string == #"{"a":1,"b":[1.5,"x\"\n",null],"c":{"t":"1970-01-01T00:00:00Z"}}"#)
    }

    @Test func prettyPrints() {
        var w = JSONWriter(pretty: true)
        w.beginObject(); w.key("a"); w.beginArray(); w.value(1); w.endArray(); w.endObject()
        #expect(w.string == "{\n  \"a\": [\n    1\n  ]\n}")
        var keyed = JSONWriter(pretty: true)
        keyed.beginObject(); keyed.field(JSONKey("hr"), 150); keyed.field(JSONKey("v"), 2.5); keyed.endObject()
        #expect(keyed.string == "{\n  \"hr\": 150,\n  \"v\": 2.5\n}")
    }

    /// The writer keeps its bytes behind a pointer: a copy must not write into the original's
    /// memory, and a document far larger than the first reservation must come out whole.
    @Test func copiesAreIndependentAndGrowthKeepsEveryByte() {
        var a = JSONWriter(reserving: 8)
        a.beginArray()
        a.value("first")
        var b = a
        b.value("only in b")
        a.value(2)
        a.endArray()
        b.endArray()
        #expect(a.string == #"["first",2]"#)
        #expect(b.string == #"["first","only in b"]"#)

        var big = JSONWriter(reserving: 1)
        big.beginArray()
        for i in 0..<5_000 { big.value(i) }
        big.endArray()
        #expect(big.string == "[" + (0..<5_000).map(String.init).joined(separator: ",") + "]")
        var flushed: [UInt8] = []
        big.flush { flushed.append(contentsOf: $0) }
        #expect(flushed.count == 23_891 && big.pendingByteCount == 0)
    }

    @Test func keyedFieldsLeaveOutAbsentAndNonFiniteValues() {
        var w = JSONWriter()
        w.beginObject()
        w.field(JSONKey("a"), 1.25)
        w.field(JSONKey("b"), nil)
        w.field(JSONKey("c"), .nan)
        w.field(JSONKey("d"), -.infinity)
        w.field(JSONKey("quote\""), 7)
        w.endObject()
        #expect(w.string == #"{"a":1.25,"quote\"":7}"#)
    }
}

@Suite struct JSONNumberTests {
    /// The fast decimal path must print exactly what `description` prints, and read back as the
    /// same double.
    @Test func decimalsMatchDescriptionAndRoundTrip() async {
        await propertyCheck(count: 2000, input: Gen.int(in: -99_999_999...99_999_999), Gen.int(in: 0...6)) { n, k in
            var p = 1.0
            for _ in 0..<k { p *= 10 }
            let d = Double(n) / p
            var w = JSONWriter()
            w.value(d)
            #expect(Double(w.string) == d)
            if abs(d) >= 1e-4 { #expect(w.string == d.description || d == d.rounded(), "\(d)") }
        }
    }

    /// Any finite double at all (from random bit patterns): integers below 10^15 print as
    /// integers, everything else exactly as `description` (the shortest text that reads back).
    @Test func everyDoublePrintsLikeDescription() async {
        await propertyCheck(count: 5000, input: Gen.int(in: Int.min...Int.max)) { bits in
            let d = Double(bitPattern: UInt64(bitPattern: Int64(bits)))
            guard d.isFinite else { return }
            var w = JSONWriter()
            w.value(d)
            #expect(w.string == (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : d.description), "\(d)")
        }
    }

    /// Positions as FIT stores them (semicircles x 180 / 2^31) need 15 to 17 digits: the path
    /// that writes Swift's digits in place.
    @Test func positionsFromSemicirclesPrintLikeDescription() async {
        await propertyCheck(count: 3000, input: Gen.int(in: Int(Int32.min)...Int(Int32.max))) { semicircles in
            let d = Double(semicircles) * (180.0 / 2_147_483_648.0)
            var w = JSONWriter()
            w.beginObject()
            w.field(JSONKey("latitude"), d)
            w.endObject()
            let expected = d == d.rounded() ? String(Int(d)) : d.description
            #expect(w.string == "{\"latitude\":\(expected)}")
        }
    }

    @Test(arguments: [0.1, 12.35, 2.804, -0.3, 0.00015, 52.51234567, 1.0 / 3.0, 6.02e23, 1e-7, 123456.789])
    func readsBackExactly(d: Double) {
        var w = JSONWriter()
        w.value(d)
        #expect(Double(w.string) == d)
        #expect(w.string == (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : d.description))
    }
}
