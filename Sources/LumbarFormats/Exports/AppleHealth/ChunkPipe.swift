import Foundation

/// A bounded hand-over of byte chunks from one thread to another: the Apple Health document is
/// inflated and filtered on its own thread while libxml2 parses on the importing one, so the two
/// cores of a small machine share the work. At most `capacity` chunks (256 KB each) wait, so
/// memory stays bounded whichever side is slower.
final class ChunkPipe: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [[UInt8]] = []
    private var finished = false
    private var stopped = false
    private var failure: (any Error)?
    private let capacity: Int

    init(capacity: Int = 4) { self.capacity = capacity }

    /// Producer: waits for room; false once the consumer stopped.
    func put(_ chunk: [UInt8]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= capacity, !stopped { condition.wait() }
        if stopped { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    /// Producer: no more chunks, with the error that ended the stream, if any.
    func finish(_ error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// Consumer: the next chunk, or nil at the end (then `error` tells why it ended).
    func take() -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty, !finished { condition.wait() }
        if chunks.isEmpty { return nil }
        let chunk = chunks.removeFirst()
        condition.broadcast()
        return chunk
    }

    /// Consumer: stop the producer (its next `put` returns false).
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// The error the producer ended with.
    var error: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }
}

/// Sends a non-Sendable value to the producer thread, which is its only user while it runs.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
}
