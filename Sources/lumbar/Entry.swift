import ArgumentParser
import Foundation
import LumbarCLI

/// The executable holds nothing but the entry point: every command lives in `LumbarCLI`
/// (async subcommands need an `async` main, see docs/swift-notes).
@main
struct Entry {
    static func main() async {
        do {
            if let inspect = LumbarCommand.directInspect(Array(CommandLine.arguments.dropFirst())) {
                try inspect.run()
                return
            }
            var command = try LumbarCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // ArgumentParser exits usage errors with 64 (EX_USAGE); lumbar's exit codes are
            // 0 ok, 1 some inputs failed, 2 usage or validation errors.
            if LumbarCommand.exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((LumbarCommand.fullMessage(for: error) + "\n").utf8))
                exit(2)
            }
            LumbarCommand.exit(withError: error)
        }
    }
}
