import PropertyBased
import Testing
@testable import LumbarCore

@Suite struct RankCorrelationTests {
    @Test func tiesShareTheMeanRank() {
        #expect(RankCorrelation.ranks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1])
    }

    @Test func spearmanOfMonotoneDataIsOne() {
        #expect(RankCorrelation.spearman([1, 2, 3, 4, 5], [2, 4, 8, 16, 32]) == 1)
        #expect(RankCorrelation.spearman([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]) == -1)
        #expect(RankCorrelation.spearman([1, 1, 1], [1, 2, 3]) == nil, "constant side")
    }

    @Test func spearmanWithTiesMatchesHandComputation() throws {
        // x ranks [1,2.5,2.5,4], y ranks [1,2,3,4]: Pearson = 4.5 / sqrt(4.5 * 5).
        let rho = try #require(RankCorrelation.spearman([1, 2, 2, 3], [10, 20, 30, 40]))
        #expect(abs(rho - 4.5 / (4.5 * 5.0).squareRoot()) < 1e-12)
    }

    @Test func permutationPValueIsSeededAndSensible() throws {
        let x = (1...10).map(Double.init)
        let strong = try #require(RankCorrelation.permutationPValue(x, x.map { $0 * 2 }, seed: 7))
        #expect(strong < 0.001)
        let again = try #require(RankCorrelation.permutationPValue(x, x.map { $0 * 2 }, seed: 7))
        #expect(strong == again)
        let noise: [Double] = [3, 9, 1, 7, 5, 2, 10, 4, 8, 6]
        let weak = try #require(RankCorrelation.permutationPValue(x, noise, seed: 7))
        #expect(weak > 0.2)
    }

    @Test func splitMixIsDeterministic() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    }
}


@Suite struct RankCorrelationPropertyTests {
    @Test func spearmanIsBoundedSymmetricAndRankInvariant() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...20).array(of: 3...15), Gen.int(in: 0...20).array(of: 3...15)) { a, b in
            let n = min(a.count, b.count)
            let x = a.prefix(n).map(Double.init), y = b.prefix(n).map(Double.init)
            guard let rho = RankCorrelation.spearman(x, y) else { return }
            #expect(rho >= -1 - 1e-12 && rho <= 1 + 1e-12)
            #expect(abs(rho - (RankCorrelation.spearman(y, x) ?? .nan)) < 1e-12)
            // A strictly increasing transform of x leaves the ranks, and rho, unchanged.
            let transformed = x.map { $0 * $0 * $0 + 7 }
            #expect(abs(rho - (RankCorrelation.spearman(transformed, y) ?? .nan)) < 1e-12)
        }
    }
}
