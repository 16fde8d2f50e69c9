import ArgumentParser

/// `lumbar pain`: the pain diary (log and list).
struct PainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pain",
        abstract: "Log pain after runs and see which pain-monitoring zone you are in.",
        subcommands: [PainLogCommand.self, PainListCommand.self])

    init() {}
}
