import LumbarCore

/// Semicircles to degrees: x 180 / 2^31 (formats.md "Positions").
private let degreesPerSemicircle = 180.0 / 2_147_483_648.0

extension FITParser {
    /// Decodes one `record` message straight into a `Sample`, units normalised (formats.md
    /// profile table): no allocation except the append to `records`.
    mutating func decodeRecord(_ def: FITDefinition, _ p: UnsafeRawPointer, timestamp: UInt32?, remaining: Int) {
        var s = Sample()
        var ts = timestamp
        var altitude: Double?, enhancedAltitude: Double?, speed: Double?, enhancedSpeed: Double?
        var cadence: Double?, fractional: Double?
        let big = def.bigEndian
        def.fields.withUnsafeBufferPointer { fields in
            for f in fields {
                let fp = p + f.offset
                if f.target == .compressedSpeedDistance {
                    decodeCompressedSpeedDistance(fp, speed: &speed, sample: &s)
                    continue
                }
                if f.target == .timestamp {
                    if let v = FITValue.timestamp(fp, f.baseType, big) { ts = v; lastTimestamp = v }
                    continue
                }
                guard let v = FITValue.number(fp, f.baseType, big) else { continue }
                switch f.target {
                case .latitude: s.latitude = v * degreesPerSemicircle
                case .longitude: s.longitude = v * degreesPerSemicircle
                case .altitude: altitude = v / 5 - 500
                case .enhancedAltitude: enhancedAltitude = v / 5 - 500
                case .heartRate: s.heartRate = v
                case .cadence: cadence = v
                case .fractionalCadence: fractional = v / 128
                case .distance: s.distanceMeters = v / 100
                case .speed: speed = v / 1000
                case .enhancedSpeed: enhancedSpeed = v / 1000
                case .power: s.powerWatts = v
                case .verticalOscillation: s.verticalOscillationMillimeters = v / 10
                case .stanceTime: s.groundContactTimeMilliseconds = v / 10
                case .stanceTimeBalance: s.groundContactBalancePercent = v / 100
                case .stepLength: s.stepLengthMillimeters = v / 10
                case .verticalRatio: s.verticalRatioPercent = v / 100
                default: break
                }
            }
        }
        s.altitudeMeters = enhancedAltitude ?? altitude
        s.speedMetersPerSecond = enhancedSpeed ?? speed
        if let cadence { s.cadence = cadence + (fractional ?? 0) }
        if !def.devFields.isEmpty { decodeDeveloperFields(def, p, into: &s) }
        if result.records.capacity == 0 {
            // One allocation for the whole file: the bytes left divided by this record's size.
            result.records.reserveCapacity(min(remaining / (def.size + 1) + 64, 4_000_000))
        }
        if let ts {
            if let unix = FITTime.unix(ts) {
                s.time = unix
            } else {
                result.relativeTimes.append((result.records.count, ts))
            }
        }
        result.records.append(s)
    }

    /// `compressed_speed_distance` (record field 8, 3 bytes): 12-bit speed (/100 m/s) and 12-bit
    /// distance (/16 m) accumulated across records with wrap-around at 4096 (formats.md "Components").
    @inline(__always)
    private mutating func decodeCompressedSpeedDistance(_ p: UnsafeRawPointer, speed: inout Double?, sample: inout Sample) {
        let b0 = UInt64(p.load(as: UInt8.self))
        let b1 = UInt64(p.load(fromByteOffset: 1, as: UInt8.self))
        let b2 = UInt64(p.load(fromByteOffset: 2, as: UInt8.self))
        if b0 == 0xFF && b1 == 0xFF && b2 == 0xFF { return }  // byte array invalid: all 0xFF
        speed = Double(b0 | (b1 & 0x0F) << 8) / 100
        let distance = (b1 >> 4) | (b2 << 4)
        accumulatedDistance += (distance &- (accumulatedDistance & 0xFFF)) & 0xFFF
        sample.distanceMeters = Double(accumulatedDistance) / 16
    }

    /// Developer fields of a record: every numeric value is kept with its description; one that
    /// mirrors a native field (power, heart rate) fills it only when the native value is absent.
    private mutating func decodeDeveloperFields(_ def: FITDefinition, _ p: UnsafeRawPointer, into s: inout Sample) {
        if def.resolvedGeneration != descriptionGeneration { resolve(def) }
        let recordIndex = result.records.count
        for d in def.devFields {
            guard let index = d.descriptionIndex, FITDefinition.numericFits(d.size, d.baseType),
                let raw = FITValue.number(p + d.offset, d.baseType, def.bigEndian)
            else { continue }
            let v = raw / d.scale - d.offsetValue
            result.developerValues.append(FITDeveloperValue(recordIndex: recordIndex, field: index, value: v))
            switch d.nativeTarget {
            case .power where s.powerWatts == nil: s.powerWatts = v
            case .heartRate where s.heartRate == nil: s.heartRate = v
            default: break
            }
        }
    }

    /// Links a definition's developer fields to the latest matching descriptions.
    mutating func resolve(_ def: FITDefinition) {
        for i in def.devFields.indices {
            let key = (def.devFields[i].developerIndex, def.devFields[i].number)
            let found = result.developerFields.lastIndex { $0.developerIndex == key.0 && $0.number == key.1 }
            def.devFields[i].descriptionIndex = found
            def.devFields[i].nativeTarget = .skip
            if let found {
                let desc = result.developerFields[found]
                def.devFields[i].nativeTarget = FITDefinition.nativeTarget(desc)
                def.devFields[i].baseType = desc.baseType
                def.devFields[i].scale = desc.scale.flatMap { $0 == 0 ? nil : $0 } ?? 1
                def.devFields[i].offsetValue = desc.offset ?? 0
            }
        }
        def.resolvedGeneration = descriptionGeneration
    }

    /// Decodes a summary message into a `FITMessage` (numbers, strings, bytes by field number).
    mutating func decodeGeneric(_ def: FITDefinition, _ p: UnsafeRawPointer, at pos: Int, segment: Int, timestamp: UInt32?) {
        var m = FITMessage(global: def.globalNumber, segment: segment, offset: pos, timestamp: timestamp)
        for f in def.fields {
            let fp = p + f.offset
            if f.target == .timestamp {
                if let v = FITValue.timestamp(fp, f.baseType, def.bigEndian) {
                    m.timestamp = v
                    lastTimestamp = v
                }
                continue
            }
            if f.baseType & 0x1F == FITBaseType.string {
                if let s = FITValue.string(fp, f.size) { m.strings[f.number] = s }
            } else if FITDefinition.numericFits(f.size, f.baseType) {
                if let v = FITValue.number(fp, f.baseType, def.bigEndian) { m.numbers[f.number] = v }
            } else {
                let bytes = Array(UnsafeRawBufferPointer(start: fp, count: f.size))
                if !bytes.allSatisfy({ $0 == 0xFF }) { m.bytes[f.number] = bytes }
            }
        }
        switch def.globalNumber {
        case FITMessageNumber.developerDataID: registerDeveloperData(m)
        case FITMessageNumber.fieldDescription: registerFieldDescription(m)
        default: result.messages.append(m)
        }
    }

    /// `developer_data_id` (207): remembers the application UUID of a developer data index.
    private mutating func registerDeveloperData(_ m: FITMessage) {
        guard let index = m.int(3), (0..<256).contains(index) else { return }
        applicationIDs[index] = m.bytes[1].map { $0.map { hex($0) }.joined() }
    }

    /// `field_description` (206): declares one developer field; later definitions resolve to it.
    private mutating func registerFieldDescription(_ m: FITMessage) {
        guard let index = m.int(0), (0..<256).contains(index), let number = m.int(1), (0..<256).contains(number),
            let type = m.int(2), (0..<256).contains(type)
        else { return }
        let field = FITDeveloperField(
            developerIndex: UInt8(index), number: UInt8(number), applicationID: applicationIDs[index],
            baseType: UInt8(type), name: m.strings[3], units: m.strings[8], scale: m[6], offset: m[7],
            nativeMessage: m.int(14).flatMap { UInt16(exactly: $0) }, nativeField: m.int(15).flatMap { UInt8(exactly: $0) })
        result.developerFields.append(field)
        descriptionGeneration += 1
    }
}

private func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
}
