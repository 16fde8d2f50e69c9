/// Why a pain-diary entry was refused: names the value and its allowed range.
public enum PainEntryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A value outside its scale (`field` is the option name, e.g. `during`).
    case outOfRange(field: String, expected: String, found: String)
    /// PEG needs exactly three numbers: pain, enjoyment, activity.
    case pegNeedsThree(found: Int)
    /// Nothing to record.
    case empty

    /// One line naming the value and its range.
    public var description: String {
        switch self {
        case .outOfRange(let field, let expected, let found): "\(field): expected \(expected); found \(found)"
        case .pegNeedsThree(let n):
            "peg: expected three numbers 0-10 (pain, enjoyment, activity), e.g. --peg 4,3,2; found \(n)"
        case .empty:
            "nothing to record: give at least one of --during, --after, --next-morning, --rpe, --peg, --roland-morris"
        }
    }
}

/// Checks a pain-diary entry before it is stored (clinical.md 2.1: NPRS 0-10 R23, PEG 0-10 R22,
/// RMDQ 0-24 R21; session RPE CR-10 0-10).
public enum PainEntryValidator {
    /// Throws the first problem found; an entry with no value at all is refused.
    public static func validate(_ e: PainEntry) throws(PainEntryError) {
        let scale = AnswerRanges.painScale
        for (name, value) in [("during", e.duringRun), ("after", e.afterRun), ("next-morning", e.nextMorning), ("rpe", e.perceivedExertion)] {
            if let v = value, !scale.contains(v) {
                throw .outOfRange(field: name, expected: "a number from 0 to 10", found: AnswersFieldReader.plain(v))
            }
        }
        if let peg = e.peg {
            guard peg.count == 3 else { throw .pegNeedsThree(found: peg.count) }
            for (name, v) in zip(["peg pain", "peg enjoyment", "peg activity"], peg) where !scale.contains(v) {
                throw .outOfRange(field: name, expected: "a number from 0 to 10", found: AnswersFieldReader.plain(v))
            }
        }
        if let rm = e.rolandMorris, !AnswerRanges.rolandMorris.contains(rm) {
            throw .outOfRange(field: "roland-morris", expected: "a whole number from 0 to 24", found: String(rm))
        }
        if e.duringRun == nil && e.afterRun == nil && e.nextMorning == nil && e.perceivedExertion == nil
            && e.peg == nil && e.rolandMorris == nil
        {
            throw .empty
        }
    }
}
