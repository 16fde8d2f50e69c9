import Testing
@testable import LumbarCore

@Suite("Pain monitoring and diary validation")
struct PainMonitoringTests {
    static let d0 = LocalDate(year: 2026, month: 11, day: 20)

    static func run(_ day: Int, during: Double? = nil, after: Double? = nil, morning: Double? = nil, id: Int64) -> PainEntry {
        PainEntry(id: id, date: d0.adding(days: day), duringRun: during, afterRun: after, nextMorning: morning)
    }

    @Test(arguments: [(3.0, PainZone.continue), (4.0, .hold), (5.0, .hold), (5.5, .stepBack), (0.0, .continue)])
    func duringRunZones(during: Double, zone: PainZone) {
        let r = PainMonitoring.evaluate([Self.run(0, during: during, morning: 1, id: 1)])
        #expect(r?.zone == zone)
    }

    @Test func notSettledNextMorningStepsBack() {
        let r = PainMonitoring.evaluate([Self.run(0, during: 2, morning: 4, id: 1)])
        #expect(r?.zone == .stepBack && r?.reasons.contains { $0.contains("had not settled") } == true)
        // With a usual morning of 4, a 4 the next day is settled.
        let usual = PainMonitoring.evaluate([Self.run(-3, during: 2, morning: 4, id: 1), Self.run(0, during: 2, morning: 4, id: 2)])
        #expect(usual?.zone == .continue)
    }

    @Test func nextMorningLoggedAsItsOwnEntry() {
        var runEntry = Self.run(0, during: 2, id: 1)
        runEntry.activityID = "m0000001"
        var morning = PainEntry(id: 2, date: Self.d0.adding(days: 1), activityID: "m0000001", nextMorning: 6)
        #expect(PainMonitoring.evaluate([runEntry])?.nextMorningPending == true)
        let r = PainMonitoring.evaluate([runEntry, morning])
        #expect(r?.zone == .stepBack && r?.nextMorningPending == false && r?.entry.id == 1)
        morning.activityID = "m0000009"
        #expect(PainMonitoring.evaluate([runEntry, morning])?.nextMorningPending == true)
    }

    @Test func risingWeeklyTrendStepsBack() {
        let entries = [
            Self.run(-10, during: 1, id: 1), Self.run(-8, during: 2, id: 2),
            Self.run(-3, during: 3, id: 3), Self.run(0, during: 3, morning: 1, id: 4),
        ]
        #expect(PainMonitoring.weeklyChange(entries, endingOn: Self.d0) == 1.5)
        #expect(PainMonitoring.evaluate(entries)?.zone == .stepBack)
        let flat = [Self.run(-8, during: 3, id: 1), Self.run(0, during: 3, morning: 1, id: 2)]
        #expect(PainMonitoring.evaluate(flat)?.zone == .continue)
    }

    @Test func noRunEntryGivesNothing() {
        #expect(PainMonitoring.evaluate([PainEntry(date: Self.d0, rolandMorris: 5)]) == nil)
    }

    static let invalid: [(PainEntry, String)] = [
        (PainEntry(date: d0, duringRun: 11), "during: expected a number from 0 to 10; found 11"),
        (PainEntry(date: d0, nextMorning: -1), "next-morning: expected a number from 0 to 10; found -1"),
        (PainEntry(date: d0, perceivedExertion: 10.5), "rpe: expected a number from 0 to 10; found 10.5"),
        (PainEntry(date: d0, peg: [1, 2]), "peg: expected three numbers 0-10 (pain, enjoyment, activity), e.g. --peg 4,3,2; found 2"),
        (PainEntry(date: d0, peg: [1, 12, 2]), "peg enjoyment: expected a number from 0 to 10; found 12"),
        (PainEntry(date: d0, rolandMorris: 30), "roland-morris: expected a whole number from 0 to 24; found 30"),
        (PainEntry(date: d0), PainEntryError.empty.description),
    ]

    @Test(arguments: invalid)
    func invalidEntriesAreRefused(entry: PainEntry, message: String) {
        #expect { try PainEntryValidator.validate(entry) } throws: { ($0 as? PainEntryError)?.description == message }
    }

    @Test func validEntryPasses() throws {
        try PainEntryValidator.validate(PainEntry(date: Self.d0, duringRun: 0, afterRun: 10, peg: [0, 5, 10], rolandMorris: 24))
    }
}
