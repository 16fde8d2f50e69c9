import Testing
@testable import LumbarCore

@Suite("Form: Garmin percentile zones at the band edges (clinical.md 5.3, R56)")
struct GarminZoneTests {
    @Test("cadence edges", arguments: [
        (184.0, GarminZone.purple), (183.4, .blue), (183.0, .blue), (174.0, .blue), (173.6, .blue), (173.4, .green),
        (164.0, .green), (163.0, .orange), (153.0, .orange), (152.6, .orange), (152.4, .red),
    ])
    func cadence(value: Double, zone: GarminZone) {
        #expect(GarminZone.zone(of: .cadence, mean: value) == zone)
    }

    @Test("ground contact edges", arguments: [
        (217.0, GarminZone.purple), (218.0, .blue), (248.0, .blue), (249.0, .green), (277.0, .green),
        (278.0, .orange), (308.0, .orange), (308.4, .orange), (309.0, .red),
    ])
    func contact(value: Double, zone: GarminZone) {
        #expect(GarminZone.zone(of: .groundContactTime, mean: value) == zone)
    }

    @Test("oscillation edges, chest strap and pod", arguments: [
        (63.0, GarminZone.purple, GarminZone.purple), (64.0, .blue, .purple), (68.0, .blue, .blue), (81.0, .blue, .blue),
        (82.0, .green, .blue), (89.0, .green, .blue), (90.0, .green, .green), (97.0, .green, .green), (98.0, .orange, .green),
        (110.0, .orange, .orange), (115.0, .orange, .orange), (116.0, .red, .orange), (130.0, .red, .orange), (131.0, .red, .red),
    ])
    func oscillation(mm: Double, strap: GarminZone, pod: GarminZone) {
        #expect(GarminZone.zone(of: .verticalOscillation, mean: mm, sensor: .heartRateMonitor) == strap)
        #expect(GarminZone.zone(of: .verticalOscillation, mean: mm, sensor: .runningDynamicsPod) == pod)
    }

    @Test("vertical ratio edges (chest strap)", arguments: [
        (6.0, GarminZone.purple), (6.1, .blue), (7.4, .blue), (7.5, .green), (8.6, .green), (8.7, .orange),
        (10.1, .orange), (10.2, .red),
    ])
    func ratio(value: Double, zone: GarminZone) {
        #expect(GarminZone.zone(of: .verticalRatio, mean: value) == zone)
    }

    @Test("balance is symmetric: 50.7 green, 50.8 and 52.2 orange, 52.3 red, either side", arguments: [
        (50.0, GarminZone.green), (50.7, .green), (49.3, .green), (50.8, .orange), (49.2, .orange),
        (52.2, .orange), (47.8, .orange), (52.3, .red), (47.7, .red),
    ])
    func balance(left: Double, zone: GarminZone) {
        #expect(GarminZone.zone(of: .groundContactBalance, mean: left) == zone)
    }

    @Test("step length has no Garmin band")
    func stepLength() {
        #expect(GarminZone.zone(of: .stepLength, mean: 1100) == nil)
        #expect(GarminZone.zone(of: .cadence, mean: .nan) == nil)
    }

    @Test("zones are described as percentiles, never as thresholds")
    func wording() {
        for zone in GarminZone.allCases { #expect(zone.percentiles.contains("percentile of Garmin users")) }
    }
}
