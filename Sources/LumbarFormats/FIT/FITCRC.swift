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

    /// Eight tables for slicing-by-8 (table k = the byte table advanced k more bytes): the same
    /// CRC, eight bytes per step, without the one-byte dependency chain.
    static let sliceTables: [UInt16] = {
        var t = [UInt16](repeating: 0, count: 8 * 256)
        for i in 0..<256 { t[i] = byteTable[i] }
        for k in 1..<8 {
            for i in 0..<256 {
                let prev = t[(k - 1) * 256 + i]
                t[k * 256 + i] = (prev >> 8) ^ t[Int(prev & 0xFF)]
            }
        }
        return t
    }()

    /// CRC of `bytes`, continuing from `start`.
    public static func compute(_ bytes: UnsafeRawBufferPointer, start: UInt16 = 0) -> UInt16 {
        var crc = start
        guard let base = bytes.baseAddress else { return crc }
        let count = bytes.count
        var i = 0
        sliceTables.withUnsafeBufferPointer { t in
            while i + 8 <= count {
                let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ UInt64(crc)
                let a = t[7 * 256 + Int(x & 0xFF)] ^ t[6 * 256 + Int((x >> 8) & 0xFF)]
                let b = t[5 * 256 + Int((x >> 16) & 0xFF)] ^ t[4 * 256 + Int((x >> 24) & 0xFF)]
                let c = t[3 * 256 + Int((x >> 32) & 0xFF)] ^ t[2 * 256 + Int((x >> 40) & 0xFF)]
                let d = t[256 + Int((x >> 48) & 0xFF)] ^ t[Int(x >> 56)]
                crc = a ^ b ^ c ^ d
                i += 8
            }
            while i < count {
                crc = (crc >> 8) ^ t[Int(UInt8(truncatingIfNeeded: crc) ^ base.load(fromByteOffset: i, as: UInt8.self))]
                i += 1
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
