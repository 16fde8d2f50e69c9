import Foundation
import LumbarCore

/// Which stored runs fall in a range of local dates (either end open). Runs are stored by their
/// UTC start, and a local date lies within ±14 h of UTC (UTC-12 to UTC+14), so a store first
/// narrows on a UTC window that much wider, then keeps the runs whose own local date is inside.
/// One definition for every store, so the in-memory, SQLite and PostgreSQL stores agree.
public struct LocalDateWindow: Sendable, Equatable {
    public var from: LocalDate?
    public var through: LocalDate?

    /// The widest UTC offset in use, with a minute's margin.
    public static let maxOffsetSeconds = 14.0 * 3600 + 60

    public init(from: LocalDate?, through: LocalDate?) {
        self.from = from
        self.through = through
    }

    /// No run starting before this UTC second can fall on `from` or later.
    public var utcLowerBound: Double {
        guard let from else { return -Double.greatestFiniteMagnitude }
        return Double(from.daysSinceEpoch) * 86_400 - Self.maxOffsetSeconds
    }

    /// No run starting after this UTC second can fall on `through` or earlier.
    public var utcUpperBound: Double {
        guard let through else { return Double.greatestFiniteMagnitude }
        return Double(through.adding(days: 1).daysSinceEpoch) * 86_400 + Self.maxOffsetSeconds
    }

    public func contains(_ date: LocalDate) -> Bool {
        if let from, date < from { return false }
        if let through, date > through { return false }
        return true
    }

    /// The offset a run without its own recorded offset is given: the runner's time zone at
    /// that instant.
    public static func fallbackOffset(_ zone: TimeZone, atUTC seconds: Double) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
    }
}
