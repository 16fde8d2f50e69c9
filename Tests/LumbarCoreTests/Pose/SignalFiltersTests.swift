import Foundation
import Testing
@testable import LumbarCore

@Suite struct SignalFiltersTests {
    @Test func balancedMedianIsExactOnATrendWithMissingNeighbours() {
        let values = (0..<20).map { Double($0) * 10 }
        var valid = [Bool](repeating: true, count: 20)
        valid[7] = false; valid[8] = false; valid[9] = false
        let m = SignalFilters.runningMedian(values, valid: valid, window: 7)
        for i in 1..<19 where valid[i] { #expect(m[i] == values[i], "frame \(i)") }
        #expect(m[0] == nil && m[19] == nil)
        #expect(m[8] == nil)
    }

    @Test func medianExposesASpike() {
        var values = [Double](repeating: 100, count: 15)
        values[7] = 160
        let m = SignalFilters.runningMedian(values, valid: [Bool](repeating: true, count: 15), window: 7)
        #expect(m[7] == 100)
    }

    @Test func gapsUpToTheLimitAreFilledLinearly() {
        var values: [Double] = [0, 0, 0, 30, 0, 0, 0, 0, 0, 0, 0, 100]
        var valid = [true, false, false, true, false, false, false, false, false, false, false, true]
        let filled = SignalFilters.fillGaps(&values, valid: &valid, maximumGap: 2)
        #expect(filled == 2)
        #expect(values[1] == 10 && values[2] == 20)
        #expect(!valid[5])
    }

    @Test func lowPassKeepsSlowMotionAndRemovesJitter() {
        let fps = 60.0
        let slow = (0..<240).map { 50 * sin(2 * Double.pi * 1.5 * Double($0) / fps) }
        let fast = (0..<240).map { 5 * sin(2 * Double.pi * 25 * Double($0) / fps) }
        var mixed = zip(slow, fast).map { $0 + $1 }
        SignalFilters.lowPass(&mixed, valid: [Bool](repeating: true, count: 240), cutoffHz: 7, sampleRate: fps)
        let error = zip(mixed, slow).dropFirst(10).dropLast(10).map { abs($0 - $1) }.max()!
        #expect(error < 1.5, "max error \(error)")
        var constant = [Double](repeating: 7, count: 50)
        SignalFilters.lowPass(&constant, valid: [Bool](repeating: true, count: 50), cutoffHz: 7, sampleRate: fps)
        #expect(constant.allSatisfy { abs($0 - 7) < 1e-9 })
    }

    @Test func quantileAndMedian() {
        #expect(SignalFilters.median([3, 1, 2]) == 2)
        #expect(SignalFilters.median([4, 1, 2, 3]) == 2.5)
        #expect(SignalFilters.quantile(Array(0...10).map(Double.init), 0.9) == 9)
        #expect(SignalFilters.median([]) == 0)
    }

    @Test func quickselectMedianMatchesSorting() {
        var rng = SplitMix64(seed: 9)
        for n in [1, 2, 3, 4, 7, 10, 101, 1000] {
            for _ in 0..<20 {
                let values = (0..<n).map { _ in (rng.unit() * 20).rounded() }
                let sorted = values.sorted()
                let expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
                #expect(SignalFilters.median(values) == expected)
            }
        }
    }
}
