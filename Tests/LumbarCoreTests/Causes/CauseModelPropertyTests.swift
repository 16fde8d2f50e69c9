import PropertyBased
import Testing
@testable import LumbarCore

/// The engine's promised properties (CauseModel doc): monotone support, order independence,
/// no findings -> no confidence.
@Suite struct CauseModelPropertyTests {
    static let origins = ["answers", "load", "coreTests", "painDiary", "form", "posture"]

    /// A pool of findings: every answer and diary row under several origins.
    static let pool: [Finding] = {
        let rows = Evidence.answerRows + Evidence.diaryRows
        return rows.enumerated().map { i, row in
            Finding(id: row.id, value: Double(i), evidence: row, text: row.rationale, origin: origins[i % origins.count])
        }
    }()

    @Test func noFindingsMeansNoConfidence() {
        let ranking = CauseModel.rank([])
        #expect(ranking.estimates.allSatisfy { $0.level == .unknown })
        #expect(ranking.isUnknown)
        #expect(ranking.estimates.map(\.cause) == [.strain, .posture, .conditioning, .disc])
        for e in ranking.estimates { #expect(abs(e.probability - (CauseModel.priors[e.cause] ?? 0)) < 1e-12) }
    }

    @Test func addingASupportingFindingNeverLowersItsCause() async {
        await propertyCheck(
            count: 300,
            input: Gen.int(in: 0...(Self.pool.count - 1)).array(of: 0...14),
            Gen.int(in: 0...3), Gen.int(in: 11...40), Gen.int(in: 0...5)
        ) { picks, causeIndex, tenths, originIndex in
            let base = picks.map { Self.pool[$0] }
            let cause = Cause.allCases[causeIndex]
            let row = Evidence(id: "probe", likelihoodRatios: [cause: Double(tenths) / 10], source: "test",
                               basis: .documentedDefault, rationale: "probe")
            let probe = Finding(id: "probe", evidence: row, text: "probe", origin: Self.origins[originIndex])
            let before = CauseModel.rank(base).probabilities[cause] ?? 0
            let after = CauseModel.rank(base + [probe]).probabilities[cause] ?? 0
            #expect(after >= before - 1e-12, "\(cause): \(before) -> \(after)")
        }
    }

    @Test func addingATableRowThatOnlySupportsACauseNeverLowersIt() async {
        await propertyCheck(
            count: 300,
            input: Gen.int(in: 0...(Self.pool.count - 1)).array(of: 0...14),
            Gen.int(in: 0...(Self.pool.count - 1))
        ) { picks, extraIndex in
            let base = picks.map { Self.pool[$0] }
            let extra = Self.pool[extraIndex]
            for cause in Cause.allCases where extra.likelihoodRatio(for: cause) > 1
                && Cause.allCases.allSatisfy({ $0 == cause || extra.likelihoodRatio(for: $0) <= 1 }) {
                let before = CauseModel.rank(base).probabilities[cause] ?? 0
                let after = CauseModel.rank(base + [extra]).probabilities[cause] ?? 0
                #expect(after >= before - 1e-12)
            }
        }
    }

    @Test func rankingDoesNotDependOnFindingOrder() async {
        await propertyCheck(
            count: 200,
            input: Gen.int(in: 0...(Self.pool.count - 1)).array(of: 0...16), Gen.int(in: 0...1_000_000)
        ) { picks, seed in
            let base = picks.map { Self.pool[$0] }
            var rng = SplitMix64(seed: UInt64(seed))
            let shuffled = base.shuffled(using: &rng)
            let a = CauseModel.rank(base), b = CauseModel.rank(shuffled)
            #expect(a == b)
        }
    }

    @Test func probabilitiesAlwaysSumToOne() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...(Self.pool.count - 1)).array(of: 0...20)) { picks in
            let ranking = CauseModel.rank(picks.map { Self.pool[$0] })
            #expect(abs(ranking.estimates.reduce(0) { $0 + $1.probability } - 1) < 1e-9)
            #expect(zip(ranking.estimates, ranking.estimates.dropFirst()).allSatisfy { $0.probability >= $1.probability })
        }
    }
}
