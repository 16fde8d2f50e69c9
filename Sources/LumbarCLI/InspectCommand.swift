import ArgumentParser
import Foundation
import LumbarCore
import LumbarFormats

/// `lumbar inspect FILE [--json]`: decodes one file without storing it.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what lumbar reads from one FIT, GPX or TCX file (also .gz), without storing it.")

    @Argument(help: "The file to read.")
    var file: String

    @Flag(help: "Print every record as JSON.")
    var json = false

    func run() async throws {
        try InspectRequest(file: file, json: json).run()
    }
}

/// What `lumbar inspect` was asked: one file, as text or JSON. A plain value, so the short path
/// of `LumbarCommand.directInspect` never builds ArgumentParser's property wrappers (their name
/// sets cost a scan of every protocol conformance in the binary, about a millisecond).
public struct InspectRequest: Equatable, Sendable {
    public var file: String
    public var json: Bool

    public init(file: String, json: Bool) {
        self.file = file
        self.json = json
    }

    /// Decodes the file and prints it; a missing file is a usage error (2), an unreadable one a
    /// failure (1).
    public func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else {
            throw Terminal.usage("\(file): no such file. Give the path of one FIT, GPX or TCX file.")
        }
        let decoded: DecodedFile
        do {
            decoded = try FileLoader(readers: DefaultReaders.all).decode(file)
        } catch {
            throw Terminal.failure(error.description)
        }
        if json {
            InspectOutput.json(decoded) { Terminal.write($0) }
        } else {
            Terminal.print(InspectOutput.text(decoded, file: file))
        }
    }
}
