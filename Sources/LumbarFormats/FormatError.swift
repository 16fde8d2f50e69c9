/// Why a file could not be read, with the file and (where it applies) the byte offset.
///
/// Messages are written for the runner: what is wrong, where, and what to do.
public enum FormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file is empty.
    case empty(file: String)
    /// Not a format lumbar reads.
    case notRecognised(file: String)
    /// The file is damaged at `offset` and nothing usable came before it.
    case damaged(file: String, offset: Int?, reason: String)
    /// A valid file of a kind that holds no activity (a FIT course, a GPX route without times).
    case noActivity(file: String, reason: String)
    /// Larger (or more deeply nested, or more compressed) than the configured limit.
    case tooLarge(file: String, reason: String)
    /// The operating system refused to read it.
    case unreadable(file: String, reason: String)

    public var file: String {
        switch self {
        case .empty(let f), .notRecognised(let f), .damaged(let f, _, _), .noActivity(let f, _),
            .tooLarge(let f, _), .unreadable(let f, _):
            f
        }
    }

    public var description: String {
        switch self {
        case .empty(let f): "\(f): the file is empty (0 bytes); export it again from the watch or app."
        case .notRecognised(let f):
            "\(f): not a FIT, GPX or TCX file (or a gzip of one) that lumbar can read."
        case .damaged(let f, let offset, let reason):
            if let offset { "\(f): damaged at byte \(offset): \(reason)." } else { "\(f): damaged: \(reason)." }
        case .noActivity(let f, let reason): "\(f): \(reason)."
        case .tooLarge(let f, let reason): "\(f): refused: \(reason)."
        case .unreadable(let f, let reason): "\(f): cannot be read: \(reason)."
        }
    }
}

/// Something a reader recovered from: the data before the damage is kept, and the runner is told.
public struct DecodeWarning: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var offset: Int?
    public var message: String

    public init(file: String, offset: Int? = nil, message: String) {
        self.file = file
        self.offset = offset
        self.message = message
    }

    public var description: String {
        if let offset { "\(file): at byte \(offset): \(message)" } else { "\(file): \(message)" }
    }
}
