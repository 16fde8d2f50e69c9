/// A FIT file header (formats.md "File header"): 12 or 14 bytes, any size >= 12 is skipped whole.
struct FITHeader {
    /// Header length in bytes (>= 12).
    var size: Int
    /// Protocol version byte; only the major nibble means anything and no value is rejected
    /// (0x00 from a Forerunner 70, 0x02 from SDK re-encodes, formats.md).
    var protocolVersion: UInt8
    var profileVersion: UInt16
    /// Bytes of records after the header, excluding the 2-byte file CRC.
    var dataSize: Int
    /// Offset of the header in the buffer.
    var start: Int

    /// Reads the header at `pos`; nil when there is none (too short, size < 12, no ".FIT").
    init?(_ base: UnsafeRawPointer, at pos: Int, count: Int) {
        guard count - pos >= 12 else { return nil }
        let size = Int(base.load(fromByteOffset: pos, as: UInt8.self))
        guard size >= 12, count - pos >= size,
            base.load(fromByteOffset: pos + 8, as: UInt8.self) == 0x2E,  // .
            base.load(fromByteOffset: pos + 9, as: UInt8.self) == 0x46,  // F
            base.load(fromByteOffset: pos + 10, as: UInt8.self) == 0x49,  // I
            base.load(fromByteOffset: pos + 11, as: UInt8.self) == 0x54  // T
        else { return nil }
        self.size = size
        self.start = pos
        protocolVersion = base.load(fromByteOffset: pos + 1, as: UInt8.self)
        profileVersion = UInt16(littleEndian: base.loadUnaligned(fromByteOffset: pos + 2, as: UInt16.self))
        dataSize = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: pos + 4, as: UInt32.self)))
    }

    /// Whether `prefix` starts with a FIT header (used by `FITReader.recognises`).
    static func looksLikeFIT(_ prefix: ArraySlice<UInt8>) -> Bool {
        guard prefix.count >= 12 else { return false }
        let s = prefix.startIndex
        return prefix[s] >= 12 && prefix[s + 8] == 0x2E && prefix[s + 9] == 0x46 && prefix[s + 10] == 0x49
            && prefix[s + 11] == 0x54
    }

    /// A message when a 14-byte header's CRC is present (non-zero) and wrong.
    func headerCRCWarning(_ base: UnsafeRawPointer) -> String? {
        guard size >= 14 else { return nil }
        let stored = UInt16(littleEndian: base.loadUnaligned(fromByteOffset: start + 12, as: UInt16.self))
        guard stored != 0 else { return nil }  // 0 = not computed
        let crc = FITCRC.compute(UnsafeRawBufferPointer(start: base + start, count: 12))
        return crc == stored ? nil : "header CRC does not match; decoding anyway"
    }
}
