import Foundation

/// One progress bar over a whole import: files and on-disk bytes of every export and loose file,
/// advanced as contained files are done (and during a long Apple Health XML, by the share of it
/// read so far).
final class ImportTracker: @unchecked Sendable {
    private let lock = NSLock()
    private let callback: (@Sendable (ImportProgress) -> Void)?
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var filesDone = 0
    private var filesTotal: Int
    private var bytesDone = 0
    private let bytesTotal: Int

    init(filesTotal: Int, bytesTotal: Int, callback: (@Sendable (ImportProgress) -> Void)?) {
        self.filesTotal = filesTotal
        self.bytesTotal = bytesTotal
        self.callback = callback
        started = clock.now
    }

    /// Adds `files` to the total once an export's contents are known.
    func expect(files: Int) { lock.withLock { filesTotal += files } }

    /// Marks `files` done and `bytes` read.
    func advance(files: Int = 0, bytes: Int) {
        let report: ImportProgress? = lock.withLock {
            filesDone += files
            bytesDone = min(bytesTotal, bytesDone + bytes)
            guard callback != nil else { return nil }
            let elapsed = clock.now - started
            return ImportProgress(
                filesDone: filesDone, filesTotal: max(filesTotal, filesDone), bytesDone: bytesDone, bytesTotal: bytesTotal,
                elapsedSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        if let report { callback?(report) }
    }

    /// Bytes done so far (for mapping a later stage's own progress onto this bar).
    var snapshot: (files: Int, bytes: Int, filesTotal: Int) { lock.withLock { (filesDone, bytesDone, filesTotal) } }
}
