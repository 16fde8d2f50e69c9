import Testing
@testable import LumbarCore

@Suite("Load: Foster monotony and strain")
struct MonotonyTests {
    @Test("alternating 100/0: mean 57.14, population SD 49.49, monotony 1.1547, strain 461.88")
    func byHand() {
        let m = Monotony(dailyLoads: [100, 0, 100, 0, 100, 0, 100])!
        #expect(abs(m.value - 1.154_700_538) < 1e-8)
        #expect(abs(m.strain - 461.880_215) < 1e-5)
        #expect(m.weeklyLoad == 400)
        #expect(!m.capped && !m.isLowVariety)
    }

    @Test("zero spread: SD 0 is capped at 10 and said")
    func zeroSpread() {
        let m = Monotony(dailyLoads: [Double](repeating: 50, count: 7))!
        #expect(m.value == 10)
        #expect(m.capped)
        #expect(m.strain == 3500)
        #expect(m.isLowVariety)
    }

    @Test("a single huge run: 1/√6 = 0.408; no running at all: undefined; short input padded with rest days")
    func singleRunAndEmpty() {
        let m = Monotony(dailyLoads: [0, 0, 0, 900, 0, 0, 0])!
        #expect(abs(m.value - 1 / 6.0.squareRoot()) < 1e-12)
        #expect(Monotony(dailyLoads: [0, 0, 0, 0, 0, 0, 0]) == nil)
        #expect(abs(Monotony(dailyLoads: [900])!.value - m.value) < 1e-12)
    }
}
