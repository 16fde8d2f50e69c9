/// FIT base types (formats.md "Base types"): the low five bits of the base-type byte number the
/// type; bit 7 only says the type is multi-byte ("endian ability"), so it is ignored here.
enum FITBaseType {
    static let enumType: UInt8 = 0, sint8: UInt8 = 1, uint8: UInt8 = 2, sint16: UInt8 = 3
    static let uint16: UInt8 = 4, sint32: UInt8 = 5, uint32: UInt8 = 6, string: UInt8 = 7
    static let float32: UInt8 = 8, float64: UInt8 = 9, uint8z: UInt8 = 10, uint16z: UInt8 = 11
    static let uint32z: UInt8 = 12, byte: UInt8 = 13, sint64: UInt8 = 14, uint64: UInt8 = 15
    static let uint64z: UInt8 = 16

    /// Size in bytes of one element; 0 for an unknown type (then the field is kept as bytes).
    static func size(_ type: UInt8) -> Int {
        switch type & 0x1F {
        case 0, 1, 2, 7, 10, 13: 1
        case 3, 4, 11: 2
        case 5, 6, 8, 12: 4
        case 9, 14, 15, 16: 8
        default: 0
        }
    }

    /// Whether the type is a number read by `FITValue.number` (not string, byte or unknown).
    static func isNumeric(_ type: UInt8) -> Bool {
        let t = type & 0x1F
        return t <= 16 && t != 7 && t != 13
    }
}

/// Raw reads from the message buffer: unaligned loads with the definition's byte order and the
/// invalid value tested on the raw integer before any scale or offset (formats.md pitfall 7).
enum FITValue {
    /// Reads an unsigned integer of `size` bytes (1, 2, 4 or 8) at `p`.
    @inline(__always)
    static func unsigned(_ p: UnsafeRawPointer, _ size: Int, _ bigEndian: Bool) -> UInt64 {
        switch size {
        case 1: return UInt64(p.load(as: UInt8.self))
        case 2:
            let v = p.loadUnaligned(as: UInt16.self)
            return UInt64(bigEndian ? v.byteSwapped : v)
        case 4:
            let v = p.loadUnaligned(as: UInt32.self)
            return UInt64(bigEndian ? v.byteSwapped : v)
        default:
            let v = p.loadUnaligned(as: UInt64.self)
            return bigEndian ? v.byteSwapped : v
        }
    }

    /// The first element of a numeric field as a Double, or nil when it holds the type's invalid
    /// value (or the type is not numeric).
    @inline(__always)
    static func number(_ p: UnsafeRawPointer, _ type: UInt8, _ bigEndian: Bool) -> Double? {
        switch type & 0x1F {
        case 0, 2:
            let v = p.load(as: UInt8.self)
            return v == 0xFF ? nil : Double(v)
        case 1:
            let v = p.load(as: Int8.self)
            return v == 0x7F ? nil : Double(v)
        case 10:
            let v = p.load(as: UInt8.self)
            return v == 0 ? nil : Double(v)
        case 3:
            let v = Int16(bitPattern: UInt16(truncatingIfNeeded: unsigned(p, 2, bigEndian)))
            return v == 0x7FFF ? nil : Double(v)
        case 4:
            let v = UInt16(truncatingIfNeeded: unsigned(p, 2, bigEndian))
            return v == 0xFFFF ? nil : Double(v)
        case 11:
            let v = UInt16(truncatingIfNeeded: unsigned(p, 2, bigEndian))
            return v == 0 ? nil : Double(v)
        case 5:
            let v = Int32(bitPattern: UInt32(truncatingIfNeeded: unsigned(p, 4, bigEndian)))
            return v == 0x7FFF_FFFF ? nil : Double(v)
        case 6:
            let v = UInt32(truncatingIfNeeded: unsigned(p, 4, bigEndian))
            return v == 0xFFFF_FFFF ? nil : Double(v)
        case 12:
            let v = UInt32(truncatingIfNeeded: unsigned(p, 4, bigEndian))
            return v == 0 ? nil : Double(v)
        case 8:
            let bits = UInt32(truncatingIfNeeded: unsigned(p, 4, bigEndian))
            if bits == 0xFFFF_FFFF { return nil }
            let f = Float(bitPattern: bits)
            return f.isFinite ? Double(f) : nil
        case 9:
            let bits = unsigned(p, 8, bigEndian)
            if bits == 0xFFFF_FFFF_FFFF_FFFF { return nil }
            let d = Double(bitPattern: bits)
            return d.isFinite ? d : nil
        case 14:
            let v = Int64(bitPattern: unsigned(p, 8, bigEndian))
            return v == 0x7FFF_FFFF_FFFF_FFFF ? nil : Double(v)
        case 15:
            let v = unsigned(p, 8, bigEndian)
            return v == 0xFFFF_FFFF_FFFF_FFFF ? nil : Double(v)
        case 16:
            let v = unsigned(p, 8, bigEndian)
            return v == 0 ? nil : Double(v)
        default:
            return nil
        }
    }

    /// A string field: UTF-8 up to the first NUL or the field's end (unterminated strings are
    /// common, formats.md); nil when empty. Invalid UTF-8 is repaired, never fatal.
    static func string(_ p: UnsafeRawPointer, _ size: Int) -> String? {
        let bytes = UnsafeRawBufferPointer(start: p, count: size)
        let end = bytes.firstIndex(of: 0) ?? size
        if end == 0 { return nil }
        return String(decoding: bytes[0..<end], as: UTF8.self)
    }
}

extension FITValue {
    /// A date_time field (field 253) as its raw uint32, nil when invalid or not representable.
    @inline(__always)
    static func timestamp(_ p: UnsafeRawPointer, _ type: UInt8, _ bigEndian: Bool) -> UInt32? {
        guard let v = number(p, type, bigEndian), v >= 0, v <= 4_294_967_295 else { return nil }
        return UInt32(v)
    }

    /// An integer from a decoded number, nil when it has no exact Int (huge, fractional).
    static func int(_ v: Double) -> Int? {
        guard v.magnitude < 9.0e18 else { return nil }
        return Int(exactly: v.rounded(.towardZero))
    }
}
