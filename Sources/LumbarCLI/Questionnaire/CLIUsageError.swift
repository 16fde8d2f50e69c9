import ArgumentParser
import Foundation

/// A usage or validation error of the assess, core-test and pain commands: writes `Error: ...`
/// to stderr and exits with code 2 (the project's usage/validation code; ArgumentParser's own
/// `ValidationError` would exit 64).
func cliUsageError(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
    return ExitCode(2)
}
