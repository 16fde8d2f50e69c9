import ArgumentParser

/// `lumbar`: why does my back hurt after running? The root command; one subcommand per file.
public struct LumbarCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lumbar",
        abstract: "Why does my back hurt after running? Weighs the usual causes with your own data.",
        discussion: """
            lumbar reads your watch files, your answers, core-test times and pain diary, ranks the \
            four usual causes of back pain after running (posture, core conditioning, muscle strain \
            from overuse, disc), always puts red flags first, and gives a plan. It is not a diagnosis.
            """,
        version: "0.1.0",
        subcommands: [
            ImportCommand.self, ActivitiesCommand.self, InspectCommand.self, SettingsCommand.self,
            AssessCommand.self, CoreTestCommand.self, PainCommand.self,
            LoadCommand.self, FormCommand.self, PostureCommand.self,
            AnalyzeCommand.self, ReportCommand.self,
            ServeCommand.self, MigrateCommand.self, CopyCommand.self,
            ExportCommand.self, DeleteCommand.self, AdminCommand.self,
        ]
    )

    public init() {}
}

extension LumbarCommand {
    /// `lumbar inspect …` parsed on its own, without building the whole command tree: that tree
    /// costs ArgumentParser about 3 ms of runtime reflection, a sixth of `inspect --json` on a
    /// small file. Nil for any other command, for help, or when the arguments do not parse, so
    /// help texts and usage errors still come from the full tree.
    public static func directInspect(_ arguments: [String]) -> InspectRequest? {
        guard arguments.first == "inspect",
            !arguments.contains(where: { ["-h", "--help", "help", "--version"].contains($0) || $0.hasPrefix("--generate-completion") })
        else { return nil }
        let rest = Array(arguments.dropFirst())
        // The usual shapes (`inspect FILE`, with `--json` before or after) are read here, without
        // even an `InspectCommand` (its property wrappers alone cost a millisecond); anything
        // else goes through ArgumentParser, as before.
        let files = rest.filter { $0 != "--json" }
        if files.count == 1, !files[0].hasPrefix("-"), !files[0].isEmpty, rest.count - files.count <= 1 {
            return InspectRequest(file: files[0], json: rest.count == 2)
        }
        return (try? InspectCommand.parse(rest)).map { InspectRequest(file: $0.file, json: $0.json) }
    }
}
