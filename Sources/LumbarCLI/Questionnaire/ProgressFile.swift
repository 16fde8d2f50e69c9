import Foundation
import LumbarCore
import LumbarFormats

/// The unfinished questionnaire, saved after every answer so it can be resumed: the answers as
/// typed, in order (`lumbar.assess-progress/1`).
struct ProgressFile {
    static let schema = "lumbar.assess-progress/1"
    /// A questionnaire's answers are a few KB; anything near this is not a progress file.
    static let maximumBytes = 1 << 20
    let path: String

    /// Entries saved before; empty when there is no file. A damaged file is reported, not trusted.
    func load() throws -> [QuestionnaireSession.Entry] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let bytes: [UInt8]
        do { bytes = try RegularFile.read(path, limit: Self.maximumBytes) } catch {
            throw ProgressError.unreadable(path, reason: FormatError(file: path, error).description)
        }
        guard case .object(let members) = try JSONTree.parse(bytes),
            members.contains(where: { $0.key == "schema" && $0.value == .string(Self.schema) }),
            case .array(let items)? = members.first(where: { $0.key == "entries" })?.value
        else { throw ProgressError.damaged(path) }
        return try items.map { item in
            guard case .object(let fields) = item,
                case .string(let id)? = fields.first(where: { $0.key == "id" })?.value,
                case .string(let raw)? = fields.first(where: { $0.key == "answer" })?.value
            else { throw ProgressError.damaged(path) }
            return QuestionnaireSession.Entry(id: id, raw: raw)
        }
    }

    /// Writes the entries (creating the folder if needed).
    func save(_ entries: [QuestionnaireSession.Entry]) throws {
        var w = JSONWriter()
        w.beginObject()
        w.field("schema", Self.schema)
        w.key("entries")
        w.beginArray()
        for e in entries {
            w.beginObject()
            w.field("id", e.id)
            w.field("answer", e.raw)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(w.bytes).write(to: url, options: .atomic)
    }

    func delete() { try? FileManager.default.removeItem(atPath: path) }

    /// The default place: next to the database (`--database`, `LUMBAR_DATABASE`, or
    /// `$XDG_DATA_HOME/lumbar`, else `~/.local/share/lumbar`).
    static func defaultPath(database: String?, environment: [String: String]) -> String {
        if let db = database ?? environment["LUMBAR_DATABASE"] {
            return URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("assess-progress.json").path
        }
        let base = environment["XDG_DATA_HOME"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSTemporaryDirectory()).appendingPathComponent(".local/share")
        return base.appendingPathComponent("lumbar/assess-progress.json").path
    }
}

/// A progress file that cannot be used.
enum ProgressError: Error, CustomStringConvertible {
    case damaged(String)
    case unreadable(String, reason: String)
    var description: String {
        switch self {
        case .unreadable(_, let reason): "\(reason) Delete it or pass another --progress."
        case .damaged(let path): "\(path): not a lumbar questionnaire progress file; delete it or pass another --progress"
        }
    }
}
