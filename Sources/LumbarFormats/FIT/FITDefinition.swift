/// What the decoder does with one field of a data message, decided once per definition message
/// so the hot path is a switch over small integers (no dictionaries, no allocation).
enum FITTarget: UInt8 {
    case skip, timestamp
    // record (20) fields
    case latitude, longitude, altitude, enhancedAltitude, heartRate, cadence, fractionalCadence
    case distance, speed, enhancedSpeed, power, compressedSpeedDistance, verticalOscillation
    case stanceTime, stanceTimeBalance, stepLength, verticalRatio
    /// Kept by field number for the rare summary messages (session, lap, file_id, ...).
    case generic
}

/// One field of a definition: where it sits in the data message and what to do with it.
struct FITFieldPlan {
    var offset: Int
    var size: Int
    var baseType: UInt8
    var number: UInt8
    var target: FITTarget
}

/// One developer field of a definition, resolved against the field descriptions seen so far.
struct FITDevFieldPlan {
    var offset: Int
    var size: Int
    var developerIndex: UInt8
    var number: UInt8
    /// Index into `FITParseResult.developerFields`, or nil while no description is known.
    var descriptionIndex: Int?
    /// The record field this developer field stands in for (`native_field_num`), if any.
    var nativeTarget: FITTarget
    /// Copied from the description when resolved, so the hot path touches no strings.
    var baseType: UInt8 = 0
    var scale: Double = 1
    var offsetValue: Double = 0
}

/// A definition message: the layout of the data messages of one local message type.
final class FITDefinition {
    let globalNumber: UInt16
    let bigEndian: Bool
    let fields: [FITFieldPlan]
    var devFields: [FITDevFieldPlan]
    /// Bytes of one data message (fields + developer fields).
    let size: Int
    /// The developer-description generation the dev fields were last resolved against.
    var resolvedGeneration: Int

    init(globalNumber: UInt16, bigEndian: Bool, fields: [FITFieldPlan], devFields: [FITDevFieldPlan], size: Int) {
        self.globalNumber = globalNumber
        self.bigEndian = bigEndian
        self.fields = fields
        self.devFields = devFields
        self.size = size
        self.resolvedGeneration = -1
    }

    /// The plan target of field `number` of message `global` (formats.md profile table).
    /// `size` and `baseType` guard against odd encodings: a size that is not a multiple of the
    /// base type's size is read as bytes (skipped), never as a number.
    static func target(global: UInt16, number: UInt8, size: Int, baseType: UInt8) -> FITTarget {
        if number == 253 && global != FITMessageNumber.fieldDescription {
            return numericFits(size, baseType) ? .timestamp : .skip
        }
        if global == FITMessageNumber.record {
            if number == 8 { return size >= 3 ? .compressedSpeedDistance : .skip }
            guard numericFits(size, baseType) else { return .skip }
            switch number {
            case 0: return .latitude
            case 1: return .longitude
            case 2: return .altitude
            case 78: return .enhancedAltitude
            case 3: return .heartRate
            case 4: return .cadence
            case 53: return .fractionalCadence
            case 5: return .distance
            case 6: return .speed
            case 73: return .enhancedSpeed
            case 7: return .power
            case 39: return .verticalOscillation
            case 41: return .stanceTime
            case 84: return .stanceTimeBalance
            case 85: return .stepLength
            case 83: return .verticalRatio
            default: return .skip
            }
        }
        if FITMessageNumber.keptGeneric(global) { return .generic }
        return .skip
    }

    /// Whether a field of `size` bytes can be read as (an array of) `baseType`.
    static func numericFits(_ size: Int, _ baseType: UInt8) -> Bool {
        let s = FITBaseType.size(baseType)
        return s > 0 && size >= s && size % s == 0 && FITBaseType.isNumeric(baseType)
    }

    /// The record target a developer field mirrors through `native_mesg_num`/`native_field_num`.
    /// Only fields whose developer value is already in the native unit are mapped: power (W) and
    /// heart rate (bpm). A field named "Power" in watts without a native number maps to power too
    /// (Stryd, formats.md pitfall 6).
    static func nativeTarget(_ d: FITDeveloperField) -> FITTarget {
        if d.nativeMessage == nil || d.nativeMessage == FITMessageNumber.record {
            switch d.nativeField {
            case 7: return .power
            case 3: return .heartRate
            case nil:
                let units = d.units?.lowercased() ?? ""
                if d.name?.lowercased() == "power" && (units == "watts" || units == "w") { return .power }
                return .skip
            default: return .skip
            }
        }
        return .skip
    }
}

/// Global message numbers lumbar reads (formats.md "Messages relevant to lumbar").
enum FITMessageNumber {
    static let fileID: UInt16 = 0
    static let sport: UInt16 = 12
    static let session: UInt16 = 18
    static let lap: UInt16 = 19
    static let record: UInt16 = 20
    static let event: UInt16 = 21
    static let deviceInfo: UInt16 = 23
    static let activity: UInt16 = 34
    static let fieldDescription: UInt16 = 206
    static let developerDataID: UInt16 = 207

    /// Messages whose fields are kept by number for the summary (rare, so not on the hot path).
    static func keptGeneric(_ g: UInt16) -> Bool {
        switch g {
        case fileID, sport, session, lap, event, deviceInfo, activity, fieldDescription, developerDataID,
            FITRelativeTime.deviceSettings, FITRelativeTime.timestampCorrelation: true
        default: false
        }
    }
}
