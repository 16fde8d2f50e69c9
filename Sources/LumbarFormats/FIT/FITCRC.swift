/// The FIT CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial value 0, no final xor).
///
/// The FIT protocol document gives it as a 16-entry nibble table processed low nibble first;
/// `byteTable` is the same function expanded to one lookup per byte. Check value:
/// `FITCRC.compute("123456789")` = 0xBB3D. Running the CRC over a file's header, data and its two
/// stored CRC bytes gives 0.
public enum FITCRC {
    /// The 16-entry nibble table from the FIT protocol document (formats.md, "CRC-16").
    public static let nibbleTable: [UInt16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ]

    /// One step per byte, derived from `nibbleTable` (same results, half the lookups).
    static let byteTable: [UInt16] = (0..<256).map { byte in
        var crc: UInt16 = 0
        crc = nibbleStep(crc, UInt8(byte))
        return crc
    }

    /// Updates `crc` with one byte the way the protocol document writes it (low nibble, then high).
    @inline(__always)
    public static func nibbleStep(_ crc: UInt16, _ byte: UInt8) -> UInt16 {
        var crc = crc
        var tmp = nibbleTable[Int(crc & 0xF)]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ nibbleTable[Int(byte & 0xF)]
        tmp = nibbleTable[Int(crc & 0xF)]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ nibbleTable[Int((byte >> 4) & 0xF)]
        return crc
    }

    /// CRC of `bytes[range]`, continuing from `start`.
    public static func compute(_ bytes: UnsafeRawBufferPointer, start: UInt16 = 0) -> UInt16 {
        var crc = start
        byteTable.withUnsafeBufferPointer { table in
            for b in bytes {
                crc = (crc >> 8) ^ table[Int(UInt8(truncatingIfNeeded: crc) ^ b)]
            }
        }
        return crc
    }

    /// CRC of a byte array slice.
    public static func compute(_ bytes: ArraySlice<UInt8>, start: UInt16 = 0) -> UInt16 {
        bytes.withUnsafeBytes { compute($0, start: start) }
    }

    /// CRC of the UTF-8 bytes of `text` (used for the check value).
    public static func compute(_ text: String) -> UInt16 {
        compute(ArraySlice(Array(text.utf8)))
    }
}
