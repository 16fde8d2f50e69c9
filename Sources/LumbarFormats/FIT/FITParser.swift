import LumbarCore

/// What the low-level pass over a FIT file produced, before activities are assembled.
struct FITParseResult {
    /// One sample per `record` message in file order (cadence still in the file's unit:
    /// cadence + fractional_cadence / 128; doubled for running by the assembler).
    var records: [Sample] = []
    /// Raw FIT timestamps of records that were relative (< 0x10000000), by record index.
    var relativeTimes: [(index: Int, raw: UInt32)] = []
    /// `records.count` at the start of each chained FIT file.
    var segmentRecordStarts: [Int] = []
    var messages: [FITMessage] = []
    var developerFields: [FITDeveloperField] = []
    var developerValues: [FITDeveloperValue] = []
    var warnings: [(offset: Int?, message: String)] = []
    /// The first hard error, when it stopped decoding of the file (or of one chained part).
    var hardError: (offset: Int, reason: String)?
    /// Number of FIT headers found.
    var segments = 0
    /// Data messages decoded without error.
    var dataMessages = 0
}

/// The decoding loop: headers, record headers, definitions and data messages, on raw pointers.
///
/// Every loop advances by at least one byte and every read is bounds-checked against the end of
/// the current FIT file's data, so damaged input ends in a warning or an error, never a crash.
struct FITParser {
    private var definitions = [FITDefinition?](repeating: nil, count: 16)
    var lastTimestamp: UInt32 = 0
    var accumulatedDistance: UInt64 = 0
    var applicationIDs = [String?](repeating: nil, count: 256)
    var descriptionGeneration = 0
    var result = FITParseResult()

    /// Parses every chained FIT file in `bytes`.
    mutating func parse(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            parseFiles(base, raw.count)
        }
    }

    private mutating func parseFiles(_ base: UnsafeRawPointer, _ count: Int) {
        var pos = 0
        while pos < count {
            guard let header = FITHeader(base, at: pos, count: count) else {
                if result.segments == 0 {
                    result.hardError = (pos, "no FIT file header (.FIT at byte 8)")
                }
                // Bytes after the last complete FIT file are not an error (formats.md pitfall 5).
                return
            }
            result.segments += 1
            result.segmentRecordStarts.append(result.records.count)
            if let w = header.headerCRCWarning(base) { result.warnings.append((pos, w)) }
            let dataStart = pos + header.size
            var dataEnd = dataStart + header.dataSize
            if dataEnd + 2 > count {
                result.warnings.append(
                    (pos + 4,
                     "the header says \(header.dataSize) bytes of data but the file holds only \(max(0, count - dataStart - 2)); decoding what is there")
                )
                dataEnd = min(dataEnd, count)
            } else {
                let crc = FITCRC.compute(UnsafeRawBufferPointer(start: base + pos, count: dataEnd + 2 - pos))
                if crc != 0 {
                    result.warnings.append(
                        (dataEnd, "file CRC does not match (the file may be damaged); data kept"))
                }
            }
            resetForFile()
            if let failure = parseData(base, from: dataStart, to: dataEnd, segment: result.segments - 1) {
                if result.hardError == nil { result.hardError = failure }
                result.warnings.append((failure.offset, failure.reason + "; decoding stopped there, data before it kept"))
            }
            pos = dataEnd + 2
        }
    }

    /// Moves the result out (so the record array is not copied when the assembler edits it).
    mutating func takeResult() -> FITParseResult {
        defer { result = FITParseResult() }
        return result
    }

    private mutating func resetForFile() {
        for i in 0..<16 { definitions[i] = nil }
        lastTimestamp = 0
        accumulatedDistance = 0
    }

    /// Decodes records in `[start, end)`; returns the first hard error.
    private mutating func parseData(_ base: UnsafeRawPointer, from start: Int, to end: Int, segment: Int)
        -> (offset: Int, reason: String)?
    {
        var pos = start
        while pos < end {
            let h = base.load(fromByteOffset: pos, as: UInt8.self)
            if h & 0x80 != 0 {
                // Compressed timestamp header: check bit 7 first (bit 6 would look like a definition).
                let local = Int((h >> 5) & 0x3)
                guard let def = definitions[local] else {
                    return (pos, "data for undefined local message \(local) (compressed timestamp header)")
                }
                guard pos + 1 + def.size <= end else {
                    return (pos, "message cut off at the end of the data (needs \(def.size) bytes)")
                }
                let offset = UInt32(h & 0x1F)
                var ts = (lastTimestamp & ~0x1F) &+ offset
                if offset < (lastTimestamp & 0x1F) { ts &+= 0x20 }
                lastTimestamp = ts
                decodeData(def, base + pos + 1, at: pos, segment: segment, timestamp: ts, remaining: end - pos)
                pos += 1 + def.size
            } else if h & 0x40 != 0 {
                switch readDefinition(base, at: pos, end: end, header: h) {
                case .success(let next): pos = next
                case .failure(let e): return (e.offset, e.reason)
                }
            } else {
                let local = Int(h & 0x0F)
                guard let def = definitions[local] else {
                    return (pos, "data for undefined local message \(local)")
                }
                guard pos + 1 + def.size <= end else {
                    return (pos, "message cut off at the end of the data (needs \(def.size) bytes)")
                }
                decodeData(def, base + pos + 1, at: pos, segment: segment, timestamp: nil, remaining: end - pos)
                pos += 1 + def.size
            }
        }
        return nil
    }

    struct Failure: Error { var offset: Int; var reason: String }

    private mutating func readDefinition(_ base: UnsafeRawPointer, at pos: Int, end: Int, header h: UInt8)
        -> Result<Int, Failure>
    {
        guard pos + 6 <= end else { return .failure(Failure(offset: pos, reason: "definition message cut off")) }
        let arch = base.load(fromByteOffset: pos + 2, as: UInt8.self)
        guard arch <= 1 else {
            return .failure(Failure(offset: pos + 2, reason: "definition message with unknown byte order \(arch)"))
        }
        let big = arch == 1
        let g = base.loadUnaligned(fromByteOffset: pos + 3, as: UInt16.self)
        let global = big ? g.byteSwapped : g
        let count = Int(base.load(fromByteOffset: pos + 5, as: UInt8.self))
        var q = pos + 6
        guard q + 3 * count <= end else {
            return .failure(Failure(offset: pos, reason: "definition message cut off"))
        }
        var plans: [FITFieldPlan] = []
        var offset = 0
        for _ in 0..<count {
            let number = base.load(fromByteOffset: q, as: UInt8.self)
            let size = Int(base.load(fromByteOffset: q + 1, as: UInt8.self))
            let type = base.load(fromByteOffset: q + 2, as: UInt8.self)
            q += 3
            let target = size == 0 ? .skip : FITDefinition.target(global: global, number: number, size: size, baseType: type)
            if target != .skip {
                plans.append(FITFieldPlan(offset: offset, size: size, baseType: type, number: number, target: target))
            }
            offset += size
        }
        var devPlans: [FITDevFieldPlan] = []
        if h & 0x20 != 0 {
            guard q + 1 <= end else { return .failure(Failure(offset: pos, reason: "definition message cut off")) }
            let devCount = Int(base.load(fromByteOffset: q, as: UInt8.self))
            q += 1
            guard q + 3 * devCount <= end else {
                return .failure(Failure(offset: pos, reason: "definition message cut off"))
            }
            for _ in 0..<devCount {
                let number = base.load(fromByteOffset: q, as: UInt8.self)
                let size = Int(base.load(fromByteOffset: q + 1, as: UInt8.self))
                let index = base.load(fromByteOffset: q + 2, as: UInt8.self)
                q += 3
                if size > 0 {
                    devPlans.append(FITDevFieldPlan(
                        offset: offset, size: size, developerIndex: index, number: number,
                        descriptionIndex: nil, nativeTarget: .skip))
                }
                offset += size
            }
        }
        definitions[Int(h & 0x0F)] = FITDefinition(
            globalNumber: global, bigEndian: big, fields: plans, devFields: devPlans, size: offset)
        return .success(q)
    }

    private mutating func decodeData(
        _ def: FITDefinition, _ p: UnsafeRawPointer, at pos: Int, segment: Int, timestamp: UInt32?, remaining: Int
    ) {
        result.dataMessages += 1
        if def.globalNumber == FITMessageNumber.record {
            // A record message of zero bytes with a normal header carries nothing at all: no
            // sample (one 112-byte sample per 1-byte message would let noise exhaust memory).
            if def.size == 0 && timestamp == nil { return }
            decodeRecord(def, p, timestamp: timestamp, remaining: remaining)
        } else if FITMessageNumber.keptGeneric(def.globalNumber) {
            decodeGeneric(def, p, at: pos, segment: segment, timestamp: timestamp)
        } else {
            for f in def.fields where f.target == .timestamp {
                if let v = FITValue.timestamp(p + f.offset, f.baseType, def.bigEndian) { lastTimestamp = v }
            }
        }
    }
}
