import ArgumentParser
import Foundation
import LumbarCore
import LumbarStore

/// `lumbar settings [...] [--show]`: the runner's heart rates, age, units and time zone.
struct SettingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Set or show your heart rates, birth year, sex, units and time zone.",
        discussion: "With no option, shows the stored settings. Values not given are left as they are.")

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("resting-hr"), help: "Resting heart rate, beats per minute (25-120).")
    var restingHR: Int?

    @Option(name: .customLong("max-hr"), help: "Maximum heart rate, beats per minute (100-240).")
    var maxHR: Int?

    @Option(name: .customLong("birth-year"), help: "Year of birth (1900 to this year).")
    var birthYear: Int?

    @Option(help: "female, male, other or undisclosed.")
    var sex: String?

    @Option(help: "km or mi.")
    var units: String?

    @Option(name: .customLong("time-zone"), help: "An IANA time zone, e.g. Europe/Berlin (for runs whose file has no offset).")
    var timeZone: String?

    @Flag(help: "Show the settings (after any change).")
    var show = false

    func run() async throws {
        let update = SettingsUpdate(
            restingHeartRate: restingHR, maxHeartRate: maxHR, birthYear: birthYear, sex: sex, units: units,
            timeZone: timeZone)
        let year = LocalDate(utcSeconds: Date().timeIntervalSince1970, offsetSeconds: TimeZone.current.secondsFromGMT()).year
        let opened = try await store.openForCommand()
        do {
            Terminal.print(try await Self.apply(update, show: show, store: opened, currentYear: year))
        } catch let error as SettingsError {
            throw Terminal.usage(error.description)
        }
    }

    /// Validates and stores `update`; returns what to print (the settings when shown or when
    /// nothing changed, otherwise a confirmation).
    static func apply(_ update: SettingsUpdate, show: Bool, store: any Store, currentYear: Int) async throws -> String {
        let current = try await store.settings()
        if update.isEmpty { return SettingsUpdate.text(current) }
        let updated = try update.applied(to: current, currentYear: currentYear)
        try await store.saveSettings(updated)
        return show ? SettingsUpdate.text(updated) : "Settings saved.\n"
    }
}
