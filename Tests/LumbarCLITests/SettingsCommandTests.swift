import LumbarCore
import LumbarStore
import Testing

@testable import LumbarCLI

@Suite("lumbar settings")
struct SettingsCommandTests {
    @Test(arguments: [
        (SettingsUpdate(restingHeartRate: 24), "--resting-hr 24: expected a resting heart rate between 25 and 120 beats per minute. Nothing was changed."),
        (SettingsUpdate(restingHeartRate: 121), "--resting-hr 121: expected a resting heart rate between 25 and 120 beats per minute. Nothing was changed."),
        (SettingsUpdate(maxHeartRate: 99), "--max-hr 99: expected a maximum heart rate between 100 and 240 beats per minute. Nothing was changed."),
        (SettingsUpdate(maxHeartRate: 241), "--max-hr 241: expected a maximum heart rate between 100 and 240 beats per minute. Nothing was changed."),
        (SettingsUpdate(birthYear: 1899), "--birth-year 1899: expected a year between 1900 and 2026. Nothing was changed."),
        (SettingsUpdate(birthYear: 2027), "--birth-year 2027: expected a year between 1900 and 2026. Nothing was changed."),
        (SettingsUpdate(sex: "f"), "--sex f: expected one of female, male, other, undisclosed. Nothing was changed."),
        (SettingsUpdate(units: "miles"), "--units miles: expected km or mi. Nothing was changed."),
        (SettingsUpdate(timeZone: "Europe/Atlantis"), "--time-zone Europe/Atlantis: expected a known time zone such as Europe/Berlin, America/New_York or UTC. Nothing was changed."),
        (SettingsUpdate(restingHeartRate: 110, maxHeartRate: 105), "the resting heart rate (110) must be below the maximum (105). Nothing was changed."),
    ])
    func invalidValuesAreRefusedAndNothingIsStored(update: SettingsUpdate, message: String) async throws {
        let store = MemoryStore()
        try await store.saveSettings(RunnerSettings(restingHeartRate: 52))
        do {
            _ = try await SettingsCommand.apply(update, show: false, store: store, currentYear: 2026)
            Issue.record("accepted \(update)")
        } catch let error as SettingsError {
            #expect(error.description == message)
        }
        #expect(try await store.settings() == RunnerSettings(restingHeartRate: 52))
    }

    @Test func validValuesAreStoredAndKeepTheRest() async throws {
        let store = MemoryStore()
        try await store.saveSettings(RunnerSettings(restingHeartRate: 52, units: "mi"))
        let out = try await SettingsCommand.apply(
            SettingsUpdate(maxHeartRate: 188, birthYear: 1900, sex: "undisclosed", timeZone: "America/New_York"),
            show: false, store: store, currentYear: 2026)
        #expect(out == "Settings saved.\n")
        #expect(try await store.settings() == RunnerSettings(
            restingHeartRate: 52, maxHeartRate: 188, birthYear: 1900, sex: "undisclosed", units: "mi", timeZone: "America/New_York"))
        let shown = try await SettingsCommand.apply(SettingsUpdate(birthYear: 2026), show: true, store: store, currentYear: 2026)
        #expect(shown.contains("birth year:         2026"))
        #expect(shown.contains("maximum heart rate: 188 bpm"))
        #expect(shown.contains("time zone:          America/New_York"))
    }

    @Test func noOptionShowsTheSettings() async throws {
        let out = try await SettingsCommand.apply(SettingsUpdate(), show: false, store: MemoryStore(), currentYear: 2026)
        #expect(out.hasPrefix("resting heart rate: not set\n"))
        #expect(out.contains("units:              km (default)"))
    }
}
