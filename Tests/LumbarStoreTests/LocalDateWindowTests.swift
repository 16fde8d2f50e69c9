import Foundation
import LumbarCore
import Testing

@testable import LumbarStore

/// The UTC pre-filter every store runs must never drop a run that falls on a date of the window,
/// whatever its offset (UTC-12 to UTC+14).
@Suite("Local date window")
struct LocalDateWindowTests {
    @Test(arguments: [-12 * 3600, -5 * 3600, 0, 5 * 3600 + 1800, 14 * 3600])
    func runsAtEitherEndOfALocalDayPassTheUTCBounds(offset: Int) throws {
        let day = try #require(LocalDate("2024-03-10"))
        let window = LocalDateWindow(from: day, through: day)
        let midnight = Double(day.daysSinceEpoch) * 86_400 - Double(offset)
        for start in [midnight, midnight + 86_399] {
            #expect(LocalDate(utcSeconds: start, offsetSeconds: offset) == day)
            #expect(start >= window.utcLowerBound && start <= window.utcUpperBound)
        }
        #expect(window.contains(day))
        #expect(!window.contains(day.adding(days: 1)))
        #expect(!window.contains(day.adding(days: -1)))
    }

    @Test func openEndsAdmitEverything() throws {
        let open = LocalDateWindow(from: nil, through: nil)
        #expect(open.utcLowerBound < -1e300 && open.utcUpperBound > 1e300)
        #expect(open.contains(try #require(LocalDate("1970-01-01"))))
    }
}
