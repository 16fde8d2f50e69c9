import LumbarCore

/// Turns the parse result into `DecodedFile`: activities per session, units finished (running
/// cadence doubled to steps/min), relative times anchored, warnings for what was recovered.
struct FITAssembler {
    let file: String
    var parsed: FITParseResult

    func messages(_ global: UInt16) -> [FITMessage] { parsed.messages.filter { $0.global == global } }

    /// Builds the result. Mutating so the record array is moved out of `parsed`, not copied.
    mutating func build() throws(FormatError) -> FITDecoded {
        var p = parsed
        parsed.records = []
        let fileIDs = messages(FITMessageNumber.fileID)
        let types = fileIDs.compactMap { $0.int(0) }
        let sessions = messages(FITMessageNumber.session)
        if !types.isEmpty && !types.contains(4) {
            if types.contains(6) {
                throw .noActivity(file: file, reason: "this is a FIT course (a planned route), not a recorded activity; import the activity file from the watch instead")
            }
            if p.records.isEmpty && sessions.isEmpty {
                throw .noActivity(file: file, reason: "this FIT file (file type \(types[0])) holds no activity: no records and no sessions")
            }
        }
        if p.records.isEmpty && sessions.isEmpty {
            if let e = p.hardError { throw .damaged(file: file, offset: e.offset, reason: e.reason) }
            if let w = p.warnings.first { throw .damaged(file: file, offset: w.offset, reason: w.message) }
            throw .noActivity(file: file, reason: "the FIT file holds no records and no sessions")
        }
        var warnings = p.warnings.map { DecodeWarning(file: file, offset: $0.offset, message: $0.message) }
        if let w = FITRelativeTime.anchor(&p, messages: parsed.messages) {
            warnings.append(DecodeWarning(file: file, message: w))
        }
        let sessionSpans = sessions.map { span(of: $0, records: p.records, segmentStarts: p.segmentRecordStarts) }
        let recordSports = sportsOfRecords(p, sessions: sessions, spans: sessionSpans)
        for i in p.records.indices where recordSports[i]?.isRunning == true {
            if let c = p.records[i].cadence { p.records[i].cadence = c * 2 }
        }
        var activities: [Activity] = []
        let perSession = sessions.count == 1 ? [p.records] : Self.samples(of: p.records, in: sessionSpans)
        for (index, session) in sessions.enumerated() {
            activities.append(activity(session, index: index, span: sessionSpans[index], samples: perSession[index]))
        }
        var assumed = false
        if sessions.isEmpty {
            let built = activityFromRecords(p.records, sports: recordSports)
            assumed = built.assumed
            if let a = built.activity { activities.append(a) }
            warnings.append(DecodeWarning(
                file: file,
                message: "no session summary (the file may be cut short, e.g. the watch ran out of battery); one activity was built from its \(p.records.count) records"
                    + (assumed ? " and running was assumed" : "")))
        }
        return FITDecoded(
            file: DecodedFile(format: "fit", activities: activities, records: p.records, sportWasAssumed: assumed, warnings: warnings),
            developerFields: p.developerFields, developerValues: p.developerValues)
    }

    /// For each span, the records whose time falls in it, in file order. Two passes over a
    /// compact copy of the times (count, then copy into exactly sized arrays), however many
    /// sessions there are.
    static func samples(of records: [Sample], in spans: [ClosedRange<Double>]) -> [[Sample]] {
        let times = records.map { $0.time ?? .nan }
        var counts = [Int](repeating: 0, count: spans.count)
        for t in times where !t.isNaN {
            for (k, span) in spans.enumerated() where span.contains(t) { counts[k] += 1 }
        }
        var out = counts.map { n -> [Sample] in
            var a: [Sample] = []
            a.reserveCapacity(n)
            return a
        }
        records.withUnsafeBufferPointer { all in
            for (i, t) in times.enumerated() where !t.isNaN {
                for (k, span) in spans.enumerated() where span.contains(t) { out[k].append(all[i]) }
            }
        }
        return out
    }

    /// The time a session covers: start_time .. max(start + total_elapsed_time, timestamp).
    func span(of m: FITMessage, records: [Sample], segmentStarts: [Int]) -> ClosedRange<Double> {
        let end0 = m.timestamp.flatMap(FITTime.unix)
        var start = m.date(2) ?? end0 ?? 0
        if m.date(2) == nil, let first = firstTime(records, segment: m.segment, starts: segmentStarts) { start = first }
        var end = max(start + (m[7] ?? 0) / 1000, end0 ?? start)
        if end < start { end = start }
        return start...end
    }

    private func firstTime(_ records: [Sample], segment: Int, starts: [Int]) -> Double? {
        guard segment < starts.count else { return nil }
        let lo = starts[segment], hi = segment + 1 < starts.count ? starts[segment + 1] : records.count
        return records[lo..<hi].lazy.compactMap(\.time).first
    }

    /// Sport of each record: its session's (by time), else its chained file's sport.
    func sportsOfRecords(_ p: FITParseResult, sessions: [FITMessage], spans: [ClosedRange<Double>]) -> [Sport?] {
        var out = [Sport?](repeating: nil, count: p.records.count)
        for seg in 0..<p.segmentRecordStarts.count {
            let lo = p.segmentRecordStarts[seg]
            let hi = seg + 1 < p.segmentRecordStarts.count ? p.segmentRecordStarts[seg + 1] : p.records.count
            let segSessions = sessions.indices.filter { sessions[$0].segment == seg }
            let fallback = segmentSport(seg) ?? segSessions.first.flatMap { sport(of: sessions[$0]) }
            guard segSessions.count > 1 else {
                for i in lo..<hi { out[i] = fallback }
                continue
            }
            let segSpans = segSessions.map { spans[$0] }
            let segSports = segSessions.map { sport(of: sessions[$0]) ?? fallback }
            p.records.withUnsafeBufferPointer { records in
                for i in lo..<hi {
                    var s = fallback
                    if let t = records[i].time, let k = segSpans.firstIndex(where: { $0.contains(t) }) { s = segSports[k] }
                    out[i] = s
                }
            }
        }
        return out
    }

    func sport(of m: FITMessage) -> Sport? { FITSport.map(sport: m.int(5), subSport: m.int(6)) }

    /// The `sport` message (12) of a chained file, else its first session's or lap's sport.
    func segmentSport(_ seg: Int) -> Sport? {
        for m in parsed.messages where m.segment == seg {
            switch m.global {
            case FITMessageNumber.sport: if let s = FITSport.map(sport: m.int(0), subSport: m.int(1)) { return s }
            case FITMessageNumber.session: if let s = sport(of: m) { return s }
            case FITMessageNumber.lap: if let s = FITSport.map(sport: m.int(25), subSport: m.int(39)) { return s }
            default: continue
            }
        }
        return nil
    }
}
