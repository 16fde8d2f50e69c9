import Testing
@testable import LumbarCore

@Suite("Form: history and findings")
struct FormHistoryTests {
    static let today = LocalDate(year: 2025, month: 11, day: 20)

    /// A run on `date` (08:00 UTC) with the given tweaks.
    static func run(_ date: LocalDate, minutes: Int = 60, seed: UInt64 = 1, _ tweak: (inout SyntheticRun) -> Void = { _ in }) -> Activity {
        var r = SyntheticRun()
        r.start = Double(date.daysSinceEpoch) * 86_400 + 8 * 3600
        r.seconds = minutes * 60
        r.seed = seed
        tweak(&r)
        return r.activity(id: ActivityID("r\(date)"))
    }

    @Test("a degrading run gives the fatigue-drift finding with the runner's numbers")
    func driftFinding() throws {
        let runs = [
            Self.run(LocalDate(year: 2025, month: 11, day: 3), minutes: 100) {
                $0.cadenceDriftPercent = -4; $0.contactDriftPercent = 6
            },
            Self.run(LocalDate(year: 2025, month: 11, day: 10), minutes: 40),
        ]
        let history = FormAnalysis.history(runs, asOf: Self.today)
        let finding = try #require(history.findings.first { $0.id == "formFatigueDrift" })
        #expect(finding.origin == "form")
        #expect(finding.evidence?.likelihoodRatio(for: .conditioning) == 2.0)
        #expect(finding.evidence?.likelihoodRatio(for: .posture) == 1.3)
        #expect(finding.value == 2 && finding.threshold == 2)
        #expect(finding.text.hasPrefix("In your 18 km run on 3 Nov your cadence fell 4 % and ground contact rose 6 % in the last third at the same pace"),
                "\(finding.text)")
        #expect(finding.dates == [LocalDate(year: 2025, month: 11, day: 3)])
        #expect(!history.findings.contains { $0.id == "formStableLongRuns" })
    }

    @Test("one degrading run among many steady ones is not a pattern")
    func oneBadDay() {
        var runs = (0..<3).map { Self.run(LocalDate(year: 2025, month: 11, day: 5 + $0), minutes: 40, seed: UInt64($0 + 30)) }
        runs.append(Self.run(LocalDate(year: 2025, month: 11, day: 12), minutes: 40) { $0.cadenceDriftPercent = -5; $0.contactDriftPercent = 7 })
        let history = FormAnalysis.history(runs, asOf: Self.today)
        #expect(history.runs.filter { $0.drift.verdict == .degrades }.count == 1)
        #expect(!history.findings.contains { $0.id == "formFatigueDrift" })
        runs.removeFirst()
        #expect(FormAnalysis.history(runs, asOf: Self.today).findings.contains { $0.id == "formFatigueDrift" })
    }

    @Test("long runs that degrade are a pattern even among many short steady runs")
    func longRunsAmongShortOnes() throws {
        var runs = (0..<12).map {
            Self.run(LocalDate(year: 2025, month: 10, day: 14).adding(days: 3 * $0), minutes: 30 + $0 % 9, seed: UInt64($0 + 50))
        }
        for (i, day) in [26, 9].enumerated() {
            runs.append(Self.run(LocalDate(year: 2025, month: day == 26 ? 10 : 11, day: day), minutes: 110, seed: UInt64(i + 90)) {
                $0.cadenceDriftPercent = -4; $0.contactDriftPercent = 6
            })
        }
        let history = FormAnalysis.history(runs, asOf: Self.today)
        #expect(history.runs.filter { $0.drift.verdict == .degrades }.count == 2)
        let finding = try #require(history.findings.first { $0.id == "formFatigueDrift" })
        #expect(finding.text.contains("2 of "))
    }

    @Test("stable long runs give the weak finding against conditioning")
    func stableLongRuns() throws {
        let runs = (0..<3).map { Self.run(LocalDate(year: 2025, month: 11, day: 5 + 5 * $0), minutes: 70, seed: UInt64($0 + 1)) }
        let history = FormAnalysis.history(runs, asOf: Self.today)
        #expect(history.longRuns.count == 3)
        let finding = try #require(history.findings.first { $0.id == "formStableLongRuns" })
        #expect(finding.value == 3)
        #expect(finding.evidence?.likelihoodRatio(for: .conditioning) == 0.8)
        #expect(!history.findings.contains { $0.id == "formFatigueDrift" })
    }

    @Test("runs outside the window and after 'today' make no findings")
    func window() {
        let old = Self.run(LocalDate(year: 2025, month: 8, day: 1)) { $0.cadenceDriftPercent = -6; $0.contactDriftPercent = 8 }
        let future = Self.run(LocalDate(year: 2025, month: 11, day: 25)) { $0.cadenceDriftPercent = -6; $0.contactDriftPercent = 8 }
        let history = FormAnalysis.history([old, future], asOf: Self.today)
        #expect(history.runs.count == 1)
        #expect(history.findings.isEmpty)
    }

    @Test("overstride proxy and imbalance findings need most runs to show them")
    func overstrideAndImbalance() throws {
        let runs = (0..<3).map { i in
            Self.run(LocalDate(year: 2025, month: 11, day: 10 + i), minutes: 30, seed: UInt64(i + 7)) {
                $0.cadence = 154; $0.groundContact = 292; $0.balanceLeft = i < 2 ? 53.4 : 50
            }
        }
        let history = FormAnalysis.history(runs, asOf: Self.today)
        let over = try #require(history.findings.first { $0.id == "formOverstrideProxy" })
        #expect(over.unit == "spm" && over.threshold == 160 && abs(over.value! - 154) < 1)
        let imbalance = try #require(history.findings.first { $0.id == "formImbalance" })
        #expect(imbalance.threshold == 52.2 && imbalance.dates.count == 2)
        #expect(imbalance.text.contains("left") && imbalance.text.contains("not injury thresholds"))
        let one = FormAnalysis.history([runs[2], runs[1], Self.run(LocalDate(year: 2025, month: 11, day: 14), minutes: 30)], asOf: Self.today)
        #expect(!one.findings.contains { $0.id == "formImbalance" })
    }

    @Test("balance drift gives its own finding")
    func balanceDrift() throws {
        let runs = [Self.run(LocalDate(year: 2025, month: 11, day: 12)) { $0.balanceDriftPoints = -2.4 }]
        let finding = try #require(FormAnalysis.history(runs, asOf: Self.today).findings.first { $0.id == "formBalanceDrift" })
        #expect(abs(finding.value! - 2.4) < 0.3)
        #expect(finding.text.contains("to the right"))
    }

    @Test("decay grows with run length: rank correlation and trend are reported")
    func decayVersusLength() throws {
        let runs = (0..<6).map { i in
            Self.run(LocalDate(year: 2025, month: 10, day: 1 + 7 * i), minutes: 40 + 15 * i, seed: UInt64(i + 20)) {
                $0.cadenceDriftPercent = -Double(i); $0.contactDriftPercent = 1.5 * Double(i)
            }
        }
        let history = FormAnalysis.history(runs, asOf: Self.today)
        #expect(try #require(history.decayVersusDuration) > 0.8)
        #expect(try #require(history.decayTrendPerWeek) > 0)
    }

    @Test("every form evidence row has a source and a documented-default basis")
    func rows() {
        #expect(Evidence.formRows.count == 5)
        #expect(Set(Evidence.formRows.map(\.id)).count == 5)
        for row in Evidence.formRows {
            #expect(row.source.contains("clinical.md"))
            #expect(row.basis == .documentedDefault)
        }
    }

    @Test("Spearman handles ties and constant input")
    func spearman() {
        #expect(Statistics.ranks([3, 1, 3, 2]) == [3.5, 1, 3.5, 2])
        #expect(Statistics.spearman([1, 2, 3], [5, 5, 5]) == nil)
        #expect(abs(Statistics.spearman([1, 2, 3, 4], [10, 20, 30, 40])! - 1) < 1e-12)
    }
}
