import PropertyBased
import Testing
@testable import LumbarCore

@Suite("Load: properties")
struct LoadPropertyTests {
    @Test("scaling every daily load by k leaves all three ratios unchanged")
    func scaleInvariance() async {
        await propertyCheck(input: Gen.double(in: 0...200).array(of: 28...90), Gen.double(in: 0.1...50)) { loads, k in
            for method in RatioMethod.allCases {
                let a = AcuteChronic.ratios(loads, method: method)
                let b = AcuteChronic.ratios(loads.map { $0 * k }, method: method)
                for (x, y) in zip(a, b) {
                    #expect((x == nil) == (y == nil))
                    if let x, let y { #expect(abs(x - y) <= 1e-9 * max(1, abs(x))) }
                }
            }
        }
    }

    @Test("above the low-volume floor, scaling distance and time of every run by k keeps the shown ratios")
    func scaleInvarianceInReport() async {
        let d0 = LoadFixtures.monday
        await propertyCheck(input: Gen.double(in: 4...15).array(of: 35...60), Gen.double(in: 1...4)) { kms, k in
            let base = kms.enumerated().map { LoadFixtures.run(d0.adding(days: $0.offset), km: $0.element, minutes: 6 * $0.element) }
            let scaled = kms.enumerated().map { LoadFixtures.run(d0.adding(days: $0.offset), km: k * $0.element, minutes: 6 * k * $0.element) }
            let asOf = d0.adding(days: kms.count - 1)
            let a = LoadReport.make(activities: base, settings: LoadFixtures.settings, asOf: asOf)
            let b = LoadReport.make(activities: scaled, settings: LoadFixtures.settings, asOf: asOf)
            for (x, y) in zip(a.ratiosOnReference, b.ratiosOnReference) {
                #expect(!x.lowVolume && !y.lowVolume)
                #expect(abs(x.value! - y.value!) <= 1e-9 * x.value!)
            }
            #expect(a.spikes.map(\.date) == b.spikes.map(\.date))
        }
    }

    @Test("a run equal to the previous 30-day longest has a spike of 0 %")
    func equalRunIsZero() async {
        let profile = HeartRateProfile(settings: LoadFixtures.settings, asOf: LoadFixtures.monday)
        let d0 = LoadFixtures.monday
        await propertyCheck(input: Gen.double(in: 0.5...40).array(of: 1...25)) { kms in
            var acts = kms.enumerated().map { LoadFixtures.run(d0.adding(days: $0.offset), km: $0.element) }
            acts.append(LoadFixtures.run(d0.adding(days: kms.count + 1), km: kms.max()!))
            let series = LoadSeries(activities: acts, heartRate: profile, asOf: d0.adding(days: 60), fallbackOffsetSeconds: 0)
            let last = SessionSpike.compare(series.runs).last!
            #expect(last.date == d0.adding(days: kms.count + 1))
            #expect(last.percent == 0)
            #expect(last.band == .reference)
        }
    }

    @Test("monotony never exceeds its cap, with or without an added rest day")
    func monotonyCap() async {
        await propertyCheck(input: Gen.double(in: 0...500).array(of: 6...6), Gen.int(in: 0...6)) { six, at in
            var week = six
            week.insert(0, at: at)
            for loads in [six + [six[0]], week] {
                if let m = Monotony(dailyLoads: loads) {
                    #expect(m.value <= LoadThresholds.monotonyCap)
                    #expect(m.value > 0)
                    #expect(abs(m.strain - m.weeklyLoad * m.value) <= 1e-9 * max(1, m.strain))
                }
            }
        }
    }

    @Test("generated history with one planted spike: exactly that run is flagged, in the band of its size")
    func plantedSpike() async {
        let d0 = LoadFixtures.monday
        await propertyCheck(
            input: Gen.double(in: 4...9).array(of: 60...60), Gen.int(in: 0...59), Gen.double(in: 11...150),
            Gen.int(in: 35...55)
        ) { easy, restMask, percent, spikeDay in
            var acts = [LoadFixtures.run(d0, km: 10, id: "first")]
            for day in 1..<60 where (day * 7 + restMask) % 3 != 0 {
                let km = day % 7 == 6 ? 10 : easy[day]
                acts.append(LoadFixtures.run(d0.adding(days: day), km: km, id: "d\(day)"))
            }
            var spike = LoadFixtures.run(d0.adding(days: spikeDay), km: 10 * (1 + percent / 100), id: "spike")
            spike.start += 7200
            acts.append(spike)
            let r = LoadReport.make(activities: acts, settings: LoadFixtures.settings, asOf: d0.adding(days: 59), weeks: 9)
            let flagged = r.spikes
            #expect(flagged.count == 1)
            #expect(flagged.first?.activityID == "spike")
            #expect(flagged.first?.band == SpikeBand(percent: percent))
            #expect(abs((flagged.first?.percent ?? 0) - percent) < 1e-6)
        }
    }
}

@Suite("Load: arbitrary input")
struct LoadArbitraryInputTests {
    @Test("random runs (gaps, missing fields, odd numbers) never crash and never give NaN loads or ratios")
    func arbitrary() async {
        let d0 = LoadFixtures.monday
        await propertyCheck(
            input: Gen.int(in: -5...120).array(of: 0...40), Gen.double(in: -5...60).array(of: 40...40),
            Gen.double(in: 0...220).array(of: 40...40)
        ) { days, kms, hrs in
            let acts = days.enumerated().map { i, day -> Activity in
                var a = LoadFixtures.run(d0.adding(days: day), km: kms[i], minutes: max(0, kms[i]) * 6, heartRate: hrs[i] > 30 ? hrs[i] : nil, id: "x\(i)")
                if i % 4 == 1 { a.distanceMeters = nil }
                if i % 5 == 2 { a.perceivedExertion = Double(i % 12) }
                if i % 7 == 3 { a.sport = .cycling }
                return a
            }
            for method in RatioMethod.allCases {
                let r = LoadReport.make(activities: acts, settings: RunnerSettings(birthYear: 1990), asOf: d0.adding(days: 100), onset: d0.adding(days: 60), acwr: method, weeks: 16)
                #expect(r.series.days.allSatisfy { $0.load.isFinite && $0.load >= 0 })
                #expect(r.weeks.count == 16)
                #expect(r.weeks.allSatisfy { ($0.ratio.value ?? 1).isFinite && ($0.monotony?.value ?? 1) <= 10 })
                #expect(r.findings.allSatisfy { ($0.value ?? 0).isFinite && !$0.text.isEmpty })
            }
        }
    }
}
