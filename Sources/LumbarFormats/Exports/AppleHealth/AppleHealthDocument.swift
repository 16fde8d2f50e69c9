import LumbarCore

/// An Apple Health `export.xml` decoded from memory: the running workouts with their heart-rate
/// and running-form records, without routes (those are separate files of the export). The same
/// path as `lumbar import` takes (`HealthByteFilter`, the push parser, `HealthHandler`,
/// `HealthAssembler`), for `inspect`-style checks and the fuzzer.
public enum AppleHealthDocument {
    /// What one document held.
    public struct Decoded: Sendable {
        /// The running workouts read (those before a damaged part are kept).
        public var activities: [Activity]
        /// Why reading stopped early, naming the file and position; nil when the whole document was read.
        public var failure: String?
    }

    /// Decodes `bytes`, the whole `export.xml`; `file` names it in messages.
    public static func decode(_ bytes: [UInt8], file: String) -> Decoded {
        let handler = HealthHandler(expectedBytes: bytes.count)
        let parser = XMLPushParser(handler: handler, file: file)
        var filter = HealthByteFilter()
        var rootFound = true
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count, parser.isHealthy {
                let n = min(XMLPushParser.chunkSize, raw.count - offset)
                let chunk = UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + n)])
                if !filter.filter(chunk, emit: { parser.feed($0) }) {
                    rootFound = false
                    return
                }
                offset += n
            }
        }
        var failure: String?
        if !rootFound || filter.isStillInPrologue {
            failure = "\(file): no <HealthData> root element near the start; this is not an Apple Health export document"
        } else {
            if parser.isHealthy { parser.finish() }
            if let problem = handler.failure { failure = "\(file): \(XMLDecoding.reason(problem))" }
        }
        var workouts = handler.workouts
        let attached = HealthAssembler.attach(handler.takeRecords(), to: &workouts)
        let watchSources = HealthAssembler.watchSources(handler.sourceNames)
        let activities = workouts.indices.map { index -> Activity in
            var workout = workouts[index]
            workout.records = HealthAssembler.choose(
                attached.records[attached.ranges[index]], own: workout.source, watchSources: watchSources)
            return HealthAssembler.activity(workout, route: [])
        }
        return Decoded(activities: activities, failure: failure)
    }
}
