import Foundation
import LumbarCore

extension ExportImporter {
    private struct NotHealthData: Error {}

    /// Imports the running workouts of an Apple Health export: the document is streamed out of
    /// the zip (or file) in 256 KB chunks through `HealthByteFilter` into libxml2's push parser,
    /// never held whole; routes are read from `workout-routes/*.gpx` through their
    /// `FileReference`. Each workout is stored on its own (content hash: source, start and end
    /// as written), so a re-run stores nothing twice.
    func importAppleHealth(
        _ container: any ExportContainer, document: ExportEntry, label: String, into destination: some ImportDestination,
        summary: inout ImportSummary
    ) async throws {
        let documentName = ExportError.qualified(container.name, document.path)
        let handler = HealthHandler(expectedBytes: document.size)
        let parser = XMLPushParser(handler: handler, file: documentName)
        var tally = Tally()
        let scale = document.size > 0 ? Double(document.compressedSize) / Double(document.size) : 1
        var streamError: ExportError?
        var notHealthData = false
        // Inflate and filter on a second thread; parse here.
        let pipe = ChunkPipe()
        let source = UncheckedSendable(value: container)
        let producer = Thread {
            var filter = HealthByteFilter()
            do {
                try source.value.stream(document, verify: false) { chunk in
                    var ok = true
                    let inPrologue = filter.filter(chunk) { ok = ok && pipe.put(Array($0)) }
                    guard inPrologue else { throw NotHealthData() }
                    guard ok else { throw EnoughBytes() }
                }
                pipe.finish(filter.isStillInPrologue ? NotHealthData() : nil)
            } catch {
                pipe.finish(error)
            }
        }
        producer.stackSize = 1 << 20
        producer.start()
        var cancelled = false
        while let chunk = pipe.take() {
            if Task.isCancelled {
                cancelled = true
                break
            }
            chunk.withUnsafeBufferPointer { parser.feed($0) }
            tracker.advance(bytes: Int(Double(chunk.count) * scale))
            if !parser.isHealthy { break }
        }
        pipe.stop()
        while pipe.take() != nil {}
        if cancelled { throw CancellationError() }
        switch pipe.error {
        case nil:
            if parser.isHealthy { parser.finish() }
        case let error as ExportError:
            streamError = error
        case is NotHealthData:
            notHealthData = true
        default:
            break
        }
        if notHealthData {
            streamError = .malformed(archive: container.name, entry: document.path, reason: "no <HealthData> root element near the start; this is not an Apple Health export document")
        }
        if streamError == nil, let failure = handler.failure {
            streamError = .malformed(
                archive: container.name, entry: document.path,
                reason: "\(XMLDecoding.reason(failure)); the \(handler.workouts.count) running workouts read before it are imported")
        }
        if let streamError { summary.failed.append(streamError.failure) }
        if handler.droppedRecords > 0 {
            summary.warnings.append(DecodeWarning(
                file: documentName, offset: 0,
                message: "more than \(HealthHandler.maximumRecords) heart-rate and running-form records; \(handler.droppedRecords) later ones were not attached"))
        }
        for (sport, count) in handler.otherWorkouts { summary.skipped[sport, default: 0] += count }
        if let resting = handler.restingHeartRate { summary.latestRestingHeartRate = resting.value }
        var workouts = handler.workouts
        let attached = HealthAssembler.attach(handler.takeRecords(), to: &workouts)
        let watchSources = HealthAssembler.watchSources(handler.sourceNames)
        tracker.expect(files: workouts.count)
        for (index, original) in workouts.enumerated() {
            var workout = original
            try Task.checkCancellation()
            defer { tracker.advance(files: 1, bytes: 0) }
            let hash = ContentHash.hex(Array(workout.identity.utf8))
            if try await destination.hasSource(contentHash: hash) {
                summary.duplicates += 1
                continue
            }
            workout.records = HealthAssembler.choose(attached.records[attached.ranges[index]], own: workout.source, watchSources: watchSources)
            let route = routeSamples(workout, container: container, document: document, summary: &summary)
            let activity = HealthAssembler.activity(workout, route: route)
            let before = summary
            let path = documentName + "#workout-" + RFC3339.format(workout.start)
            try await pipeline.record(
                .decoded(path: path, contentHash: hash,
                         file: DecodedFile(format: "appleHealth", activities: [activity], records: []), containerWarning: nil),
                into: destination, summary: &summary)
            tally.add(before: before, after: summary)
        }
        summary.exportNotes.append(Self.note("Apple Health export", label, tally, stoppedBy: streamError))
    }

    /// The samples of a workout's route files; a missing or damaged file is a warning.
    private func routeSamples(
        _ workout: HealthWorkout, container: any ExportContainer, document: ExportEntry, summary: inout ImportSummary
    ) -> [Sample] {
        var samples: [Sample] = []
        for reference in workout.routePaths {
            let relative = reference.hasPrefix("/") ? String(reference.dropFirst()) : reference
            let path = document.folder.isEmpty ? relative : document.folder + "/" + relative
            let qualified = ExportError.qualified(container.name, path)
            guard let entry = container.entry(path) else {
                summary.warnings.append(DecodeWarning(file: qualified, offset: 0, message: "the workout's route file is not in the export; imported without the route"))
                continue
            }
            do {
                let bytes = try container.read(entry)
                let decoded = try GPXReader().decode(bytes, file: qualified)
                samples += decoded.activities.flatMap(\.samples)
                summary.warnings += decoded.warnings
            } catch let error as ExportError {
                summary.warnings.append(DecodeWarning(file: qualified, offset: 0, message: "route not read: \(error)"))
            } catch {
                summary.warnings.append(DecodeWarning(file: qualified, offset: 0, message: "route not read: \(error)"))
            }
        }
        return samples
    }
}
