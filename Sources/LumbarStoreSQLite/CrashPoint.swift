import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fault injection for the crash-safety test, and nothing else: with
/// `LUMBAR_CRASH_IN_INSERT=N` in the environment the process kills itself with SIGKILL in the
/// middle of its N-th new run: the run's row is written, its sources are not, the transaction is
/// open. A watcher that kills from outside races a fast import and loses on a busy machine; this
/// lands in the worst place every time. Unset (always, outside that test) it costs one load.
enum CrashPoint {
    /// The insert to die in, read once from the environment; nil when unset or not a positive number.
    static let insertToDieIn: Int? = {
        guard let raw = getenv("LUMBAR_CRASH_IN_INSERT"), let n = Int(String(cString: raw)), n > 0 else { return nil }
        return n
    }()

    /// Inserts done so far by this process (only counted when the crash point is set).
    nonisolated(unsafe) private static var inserts = 0
    private static let lock = NSLock()

    /// Called once a run's row is written and before its sources; dies on the chosen insert.
    static func afterRunRow() {
        guard let target = insertToDieIn else { return }
        lock.lock()
        inserts += 1
        let reached = inserts == target
        lock.unlock()
        if reached { kill(getpid(), SIGKILL) }
    }
}
