import ArgumentParser
import Foundation
import LumbarAnalysis
import LumbarCore
import LumbarFormats
import LumbarReport
import LumbarStore

/// The options `lumbar analyze` and `lumbar report` share.
public struct AnalyzeOptions: ParsableArguments {
    @OptionGroup public var store: StoreOptions

    @Option(name: .long, help: "An answers file (lumbar.answers/1); its answers win over the stored ones.")
    public var answers: String?

    @Option(name: .customLong("as-of"), help: "Analyse as of this date (YYYY-MM-DD) instead of today.")
    public var asOf: String?

    public init() {}

    public func validate() throws {
        if let asOf, LocalDate(asOf) == nil {
            throw ValidationError("--as-of must be a date like 2026-11-27 (got \"\(asOf)\").")
        }
    }

    /// Opens the store, reads the answers file, and runs the analysis.
    func analyse() async throws -> AnalysisAssembly.Output {
        var file: (path: String, text: String)?
        if let answers {
            let bytes: [UInt8]
            do { bytes = try readAnswersFile(answers) } catch {
                throw AnalysisAssembly.Failure.answersFile(path: answers, reason: error.reason)
            }
            guard let text = String(bytes: bytes, encoding: .utf8) else {
                throw AnalysisAssembly.Failure.answersFile(path: answers, reason: "is not UTF-8 text")
            }
            file = (answers, text)
        }
        let store = try await self.store.openForCommand()
        return try await Self.analyse(store, asOf: asOf.flatMap(LocalDate.init), answersJSON: file)
    }

    /// The analysis of what `store` holds as of `asOf` (today in the runner's zone when nil).
    static func analyse(
        _ store: any Store, asOf: LocalDate?, answersJSON file: (path: String, text: String)? = nil
    ) async throws -> AnalysisAssembly.Output {
        let zone = try await store.settings().timeZone.flatMap(TimeZone.init(identifier:)) ?? .current
        let now = Date()
        let today = LocalDate(utcSeconds: now.timeIntervalSince1970, offsetSeconds: zone.secondsFromGMT(for: now))
        let assembly = AnalysisAssembly(
            store: store, offsetAt: { zone.secondsFromGMT(for: Date(timeIntervalSince1970: $0)) })
        return try await assembly.run(asOf: asOf ?? today, answersJSON: file)
    }
}

/// Why an answers file named on the command line cannot be used.
struct AnswersFileProblem: Error {
    let reason: String
}

/// The bytes of an answers file: refused before reading when it is larger than
/// `AnswersDecoder.maximumBytes`, and read only if it is a regular file (a FIFO would block).
func readAnswersFile(_ path: String) throws(AnswersFileProblem) -> [UInt8] {
    do {
        return try RegularFile.read(path, limit: AnswersDecoder.maximumBytes)
    } catch {
        switch error {
        case .tooLarge(let bytes, let limit):
            throw AnswersFileProblem(reason: AnswersError.tooLarge(bytes: bytes, limit: limit).description)
        case .unreadable(let reason):
            throw AnswersFileProblem(reason: "cannot read the answers file: \(reason)")
        }
    }
}

/// Writes text to a file, with a message a person can act on when it fails.
func writeReport(_ text: String, to path: String, command: String) throws {
    do {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
        FileHandle.standardError.write(Data(
            "lumbar \(command): could not write \(path) (\(error.localizedDescription)). Check that the folder exists and is writable.\n".utf8))
        throw ExitCode(1)
    }
}

/// Runs the analysis, turning an unreadable answers file into exit code 2 with its message.
func analyseOrExit(_ options: AnalyzeOptions, command: String) async throws -> AnalysisAssembly.Output {
    do {
        return try await options.analyse()
    } catch let failure as AnalysisAssembly.Failure {
        FileHandle.standardError.write(Data("lumbar \(command): \(failure)\n".utf8))
        throw ExitCode(2)
    }
}
