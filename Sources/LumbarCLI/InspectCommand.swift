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
