import Testing
@testable import LumbarCore

@Suite("Form: grade from altitude")
struct GradeTests {
    @Test("a constant 5 % climb reads 5 %, flat reads 0, no altitude reads nil")
    func constantGrades() throws {
        let climb = (0..<600).map { i in
            Sample(time: Double(i), altitudeMeters: Double(i) * 3 * 0.05, distanceMeters: Double(i) * 3, speedMetersPerSecond: 3)
        }
        let grade = try #require(Grade.percent(climb, halfWindowMeters: 50))
        #expect(abs(grade[300] - 5) < 1e-9)
        let flat = climb.map { s -> Sample in var c = s; c.altitudeMeters = 100; return c }
        #expect(try #require(Grade.percent(flat, halfWindowMeters: 50))[300] == 0)
        let none = climb.map { s -> Sample in var c = s; c.altitudeMeters = nil; return c }
        #expect(Grade.percent(none, halfWindowMeters: 50) == nil)
    }

    @Test("without recorded distance, speed over time is used")
    func integratedDistance() throws {
        let climb = (0..<600).map { i in
            Sample(time: Double(i), altitudeMeters: Double(i) * 2 * -0.06, speedMetersPerSecond: 2)
        }
        let grade = try #require(Grade.percent(climb, halfWindowMeters: 50))
        #expect(abs(grade[300] - -6) < 1e-9)
    }

    @Test("a stop (no distance gained) gives no grade rather than a huge one")
    func stopped() throws {
        let still = (0..<100).map { i in Sample(time: Double(i), altitudeMeters: Double(i), distanceMeters: 500, speedMetersPerSecond: 0) }
        let grade = try #require(Grade.percent(still, halfWindowMeters: 50))
        #expect(grade.allSatisfy { $0.isNaN })
    }
}
