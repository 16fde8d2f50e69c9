import LumbarCore

/// Pure rules every store shares for recognising the same run and choosing which copy to keep.
///
/// Two activities are the same run when both are runs (`Sport.isRunning`), their starts are at
/// most `startToleranceSeconds` apart, and their distances differ by at most
/// `distanceTolerance` of the longer one. When neither has a distance (a treadmill run without a
/// foot pod) their elapsed times must agree within the same fraction instead.
public enum ActivityMatching {
    /// Two recordings of one run start within a minute of each other (a watch and a phone app
    /// started by hand, or an export that rounds the start).
    public static let startToleranceSeconds = 60.0
    /// GPS and foot-pod distances of one run differ by a few percent; 3 % keeps back-to-back
    /// intervals of different lengths apart.
    public static let distanceTolerance = 0.03

    /// The facts the matching rules look at, available from a stored row without its samples.
    public struct Fingerprint: Sendable, Hashable {
        /// Both must be runs to match.
        public var sport: Sport
        /// UTC seconds since 1970.
        public var start: Double
        /// Compared when neither copy has a distance.
        public var elapsedSeconds: Double
        /// Total distance, when recorded.
        public var distanceMeters: Double?
        /// Number of samples.
        public var sampleCount: Int
        /// Number of sample fields (time, position, heart rate, ...) present at least once.
        public var fieldCount: Int

        /// A fingerprint from stored summary columns.
        public init(
            sport: Sport, start: Double, elapsedSeconds: Double, distanceMeters: Double?,
            sampleCount: Int, fieldCount: Int
        ) {
            self.sport = sport
            self.start = start
            self.elapsedSeconds = elapsedSeconds
            self.distanceMeters = distanceMeters
            self.sampleCount = sampleCount
            self.fieldCount = fieldCount
        }

        /// The fingerprint of a whole activity.
        public init(_ activity: Activity) {
            self.init(
                sport: activity.sport, start: activity.start, elapsedSeconds: activity.elapsedSeconds,
                distanceMeters: activity.distanceMeters, sampleCount: activity.samples.count,
                fieldCount: SampleColumns.presentFieldCount(activity.samples))
        }
    }

    /// Whether `a` and `b` are the same run recorded twice (see the type's rules).
    public static func isSameRun(_ a: Fingerprint, _ b: Fingerprint) -> Bool {
        guard a.sport.isRunning, b.sport.isRunning,
            abs(a.start - b.start) <= startToleranceSeconds
        else { return false }
        let da = a.distanceMeters ?? 0
        let db = b.distanceMeters ?? 0
        if da > 0 || db > 0 { return withinTolerance(da, db) }
        return withinTolerance(a.elapsedSeconds, b.elapsedSeconds)
    }

    private static func withinTolerance(_ x: Double, _ y: Double) -> Bool {
        let longer = max(x, y)
        guard longer > 0 else { return true }
        return abs(x - y) <= distanceTolerance * longer
    }

    /// Whether `candidate` holds more than `kept`: more samples, then more fields; a tie keeps
    /// the copy already stored.
    public static func isRicher(_ candidate: Fingerprint, than kept: Fingerprint) -> Bool {
        if candidate.sampleCount != kept.sampleCount { return candidate.sampleCount > kept.sampleCount }
        return candidate.fieldCount > kept.fieldCount
    }

    /// Of several stored candidates, the one to merge into: the same run with the nearest start.
    public static func bestMatch<ID>(for incoming: Fingerprint, among candidates: [(ID, Fingerprint)]) -> ID? {
        candidates.filter { isSameRun(incoming, $0.1) }
            .min { abs($0.1.start - incoming.start) < abs($1.1.start - incoming.start) }?.0
    }

    /// The activity that results from merging `incoming` into `existing`: the richer copy's
    /// samples, laps and summary, with summary values it lacks (the run's UTC offset, name,
    /// device, heart rates, RPE, ...) taken from the other copy; the existing id; both copies'
    /// sources, stored ones first. `incomingIsRicher` overrides the comparison when the caller
    /// has decided it already (a store that did not load the stored samples).
    public static func merge(existing: Activity, incoming: Activity, incomingIsRicher: Bool? = nil) -> Activity {
        let richer = incomingIsRicher ?? isRicher(Fingerprint(incoming), than: Fingerprint(existing))
        var result = richer ? incoming : existing
        let other = richer ? existing : incoming
        result.name = result.name ?? other.name
        result.utcOffsetSeconds = result.utcOffsetSeconds ?? other.utcOffsetSeconds
        result.movingSeconds = result.movingSeconds ?? other.movingSeconds
        result.distanceMeters = result.distanceMeters ?? other.distanceMeters
        result.ascentMeters = result.ascentMeters ?? other.ascentMeters
        result.descentMeters = result.descentMeters ?? other.descentMeters
        result.averageHeartRate = result.averageHeartRate ?? other.averageHeartRate
        result.maxHeartRate = result.maxHeartRate ?? other.maxHeartRate
        result.perceivedExertion = result.perceivedExertion ?? other.perceivedExertion
        result.gear = result.gear ?? other.gear
        result.notes = result.notes ?? other.notes
        result.commute = result.commute ?? other.commute
        result.device = result.device ?? other.device
        if result.laps.isEmpty { result.laps = other.laps }
        result.id = existing.id
        var sources = existing.sources
        for source in incoming.sources where !sources.contains(where: { $0.sameFile(as: source) }) {
            sources.append(source)
        }
        result.sources = sources
        return result
    }

    /// A short, stable id: 8 lowercase hex digits of a 64-bit FNV-1a hash of the first source's
    /// content hash and session index (or of the start and sport when there is no source).
    /// `attempt` > 0 derives the next candidate when an id is already taken by another run.
    public static func activityID(for activity: Activity, attempt: Int = 0) -> ActivityID {
        var key: String
        if let first = activity.sources.first {
            key = "\(first.contentHash):\(first.sessionIndex)"
        } else {
            key = "\(activity.start):\(activity.sport.rawValue)"
        }
        if attempt > 0 { key += "#\(attempt)" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return ActivityID(String(repeating: "0", count: 8 - hex.count) + hex)
    }
}

extension ActivitySource {
    /// Same file and session (the identity of a source; the path may differ).
    public func sameFile(as other: ActivitySource) -> Bool {
        contentHash == other.contentHash && sessionIndex == other.sessionIndex
    }
}
