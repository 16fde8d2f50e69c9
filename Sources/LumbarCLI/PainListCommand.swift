import ArgumentParser
import Foundation
import LumbarStore

/// `lumbar pain list`: the diary, oldest first, with the current zone.
struct PainListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the pain diary and the current pain-monitoring zone.")

    @OptionGroup var store: StoreOptions
    @Flag(name: .long, help: "Print the entries and zone as JSON.") var json = false

    init() {}

    func run() async throws {
        let opened = try await store.openForCommand()
        print(try await PainDiary(store: opened).list(json: json), terminator: "")
    }
}
