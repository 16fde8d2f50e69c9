/// The red-flag screen's outcome as the cause engine receives it: a plain value, so the
/// engine does not depend on how the screen works (the lead maps the screen's output into it).
public struct RedFlagSummary: Sendable, Hashable {
    /// The overall urgency (`none` when only safety-net advice applies).
    public var urgency: Urgency
    /// The raised red flags, most urgent first.
    public var redFlags: [ResultRedFlag]
    /// Red-flag questions left unanswered, as contract inputs (`redFlags.fever`); a bare key
    /// (`fever`) is accepted and prefixed. They never raise urgency; they are listed in `unknowns`.
    public var unknowns: [String]

    /// Creates a summary.
    public init(urgency: Urgency = .none, redFlags: [ResultRedFlag] = [], unknowns: [String] = []) {
        self.urgency = urgency
        self.redFlags = redFlags
        self.unknowns = unknowns
    }

    /// No red flag raised and nothing unanswered.
    public static let clear = RedFlagSummary()

    /// The urgency the result shows: the highest of `urgency` and every flag's own urgency.
    public var effectiveUrgency: Urgency {
        redFlags.map(\.urgency).reduce(urgency) { max($0, $1) }
    }

    /// Flags sorted most urgent first (stable for equal urgency).
    public var sortedFlags: [ResultRedFlag] {
        redFlags.enumerated().sorted { a, b in
            a.element.urgency != b.element.urgency ? a.element.urgency > b.element.urgency : a.offset < b.offset
        }.map(\.element)
    }

    /// Unanswered questions as contract input names, each once, in the given order: a bare
    /// red-flag key becomes `redFlags.<key>`; other answers the screen needs keep their contract
    /// path (`age`, `symptoms.legPain`).
    public var unknownInputs: [String] {
        var seen = Set<String>()
        return unknowns.compactMap { key in
            let name = Answers.RedFlags.keys.contains(key) ? "redFlags.\(key)" : key
            return seen.insert(name).inserted ? name : nil
        }
    }
}
