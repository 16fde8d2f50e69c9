@testable import LumbarFormats

/// A small FIT writer for tests: definitions in either byte order, data messages with normal or
/// compressed-timestamp headers, developer fields, odd field sizes, 12/14/other header sizes,
/// and the file CRC; `corrupt` helpers damage chosen bytes.
struct FITEncoder {
    /// One field of a definition: number, size in bytes, base type byte.
    struct Field {
        var number: UInt8
        var baseType: UInt8
        var size: UInt8

        init(_ number: UInt8, _ baseType: UInt8, size: UInt8? = nil) {
            self.number = number
            self.baseType = baseType
            self.size = size ?? UInt8(max(1, FITBaseType.size(baseType)))
        }
    }

    /// A value to write into one field.
    enum Value {
        /// One element (bit pattern of the integer, or of a float via `.float32`/`.float64`).
        case int(Int64)
        /// Several elements for an array field.
        case array([Int64])
        /// Raw bytes, padded with 0xFF / cut to the field size.
        case bytes([UInt8])
        /// UTF-8 text padded with NUL (or cut: unterminated) to the field size.
        case string(String)
        /// The base type's invalid value.
        case invalid
        case float32(Float)
        case float64(Double)
    }

    private struct Definition {
        var fields: [Field]
        var devSizes: [UInt8]
        var bigEndian: Bool
    }

    private var definitions: [UInt8: Definition] = [:]
    /// The data section written so far (record headers and messages).
    private(set) var data: [UInt8] = []

    /// Writes a definition message for `local` (0-15).
    mutating func define(
        local: UInt8, global: UInt16, _ fields: [Field], dev: [(number: UInt8, size: UInt8, index: UInt8)] = [],
        bigEndian: Bool = false
    ) {
        data.append(0x40 | (dev.isEmpty ? 0 : 0x20) | (local & 0x0F))
        data.append(0)
        data.append(bigEndian ? 1 : 0)
        data += bigEndian ? [UInt8(global >> 8), UInt8(global & 0xFF)] : [UInt8(global & 0xFF), UInt8(global >> 8)]
        data.append(UInt8(fields.count))
        for f in fields { data += [f.number, f.size, f.baseType] }
        if !dev.isEmpty {
            data.append(UInt8(dev.count))
            for d in dev { data += [d.number, d.size, d.index] }
        }
        definitions[local & 0x0F] = Definition(fields: fields, devSizes: dev.map(\.size), bigEndian: bigEndian)
    }

    /// Writes a data message with a normal header.
    mutating func message(local: UInt8, _ values: [Value], dev: [Value] = []) {
        data.append(local & 0x0F)
        writeValues(local: local & 0x0F, values, dev: dev)
    }

    /// Writes a data message with a compressed-timestamp header (local 0-3, offset 0-31).
    mutating func compressed(local: UInt8, timeOffset: UInt8, _ values: [Value], dev: [Value] = []) {
        data.append(0x80 | ((local & 0x3) << 5) | (timeOffset & 0x1F))
        writeValues(local: local & 0x3, values, dev: dev)
    }

    /// Appends raw bytes to the data section (to build damaged files).
    mutating func raw(_ bytes: [UInt8]) { data += bytes }

    private mutating func writeValues(local: UInt8, _ values: [Value], dev: [Value]) {
        guard let def = definitions[local] else { fatalError("test bug: local \(local) not defined") }
        precondition(values.count == def.fields.count, "test bug: value count")
        for (f, v) in zip(def.fields, values) {
            data += Self.encode(v, size: Int(f.size), baseType: f.baseType, bigEndian: def.bigEndian)
        }
        for (i, size) in def.devSizes.enumerated() {
            let v = i < dev.count ? dev[i] : .bytes([])
            data += Self.encode(v, size: Int(size), baseType: 0x0D, bigEndian: def.bigEndian)
        }
    }

    static func encode(_ v: Value, size: Int, baseType: UInt8, bigEndian: Bool) -> [UInt8] {
        let element = max(1, FITBaseType.size(baseType))
        func put(_ bits: UInt64, _ n: Int) -> [UInt8] {
            let le = (0..<n).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
            return bigEndian ? le.reversed() : le
        }
        var out: [UInt8]
        switch v {
        case .int(let x): out = put(UInt64(bitPattern: x), element)
        case .array(let xs): out = xs.flatMap { put(UInt64(bitPattern: $0), element) }
        case .bytes(let b): out = b
        case .string(let s): out = Array(s.utf8)
        case .float32(let f): out = put(UInt64(f.bitPattern), 4)
        case .float64(let d): out = put(d.bitPattern, 8)
        case .invalid:
            out = []
            while out.count < size { out += put(invalidBits(baseType), element) }
        }
        let pad: UInt8 = (baseType & 0x1F == 7 || [10, 11, 12, 16].contains(baseType & 0x1F)) ? 0 : 0xFF
        if out.count < size { out += [UInt8](repeating: pad, count: size - out.count) }
        return Array(out.prefix(size))
    }

    static func invalidBits(_ type: UInt8) -> UInt64 {
        switch type & 0x1F {
        case 0, 2, 13: 0xFF
        case 1: 0x7F
        case 3: 0x7FFF
        case 4: 0xFFFF
        case 5: 0x7FFF_FFFF
        case 6, 8: 0xFFFF_FFFF
        case 14: 0x7FFF_FFFF_FFFF_FFFF
        case 9, 15: 0xFFFF_FFFF_FFFF_FFFF
        default: 0
        }
    }

    /// The complete file: header (`headerSize` >= 12; CRC written when 14+ and `headerCRC`),
    /// data, file CRC. `dataSizeDelta` lies about the data size in the header.
    func file(headerSize: Int = 14, protocolVersion: UInt8 = 0x20, headerCRC: Bool = true, dataSizeDelta: Int = 0) -> [UInt8] {
        var h: [UInt8] = [UInt8(headerSize), protocolVersion, 0x54, 0x08]  // profile 21.32
        let size = UInt32(max(0, data.count + dataSizeDelta))
        h += (0..<4).map { UInt8(truncatingIfNeeded: size >> (8 * UInt32($0))) }
        h += Array(".FIT".utf8)
        if headerSize >= 14 {
            let crc = headerCRC ? FITCRC.compute(ArraySlice(h)) : 0
            h += [UInt8(crc & 0xFF), UInt8(crc >> 8)]
        }
        while h.count < headerSize { h.append(0) }
        let body = h + data
        let crc = FITCRC.compute(ArraySlice(body))
        return body + [UInt8(crc & 0xFF), UInt8(crc >> 8)]
    }
}

/// FIT base-type bytes for readable tests.
enum BT {
    static let enumT: UInt8 = 0x00, sint8: UInt8 = 0x01, uint8: UInt8 = 0x02, sint16: UInt8 = 0x83
    static let uint16: UInt8 = 0x84, sint32: UInt8 = 0x85, uint32: UInt8 = 0x86, string: UInt8 = 0x07
    static let float32: UInt8 = 0x88, float64: UInt8 = 0x89, uint8z: UInt8 = 0x0A, uint16z: UInt8 = 0x8B
    static let uint32z: UInt8 = 0x8C, byte: UInt8 = 0x0D, sint64: UInt8 = 0x8E, uint64: UInt8 = 0x8F
    static let uint64z: UInt8 = 0x90
}
