import Foundation

/// Reads the general-purpose flags of every entry from a zip's central directory (ZIPFoundation
/// does not expose them), to find encrypted entries (flag bit 0, APPNOTE 4.4.4) before trying
/// to inflate them.
enum ZipDirectoryFlags {
    /// Every entry's path (raw name decoded as UTF-8) and whether it is encrypted, in directory
    /// order. Empty when the directory cannot be located (ZIPFoundation then reports the archive
    /// as unreadable anyway). ZIPFoundation stops listing at the first encrypted entry, so this
    /// listing is also what tells which entries it could not see.
    static func entries(_ path: String) -> [(path: String, encrypted: Bool)] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size >= 22 else { return [] }
        let tailLength = min(size, 65_557)
        try? handle.seek(toOffset: size - tailLength)
        guard let tail = try? handle.read(upToCount: Int(tailLength)).map(Array.init) else { return [] }
        var eocd = -1
        var i = tail.count - 22
        while i >= 0 {
            if tail[i] == 0x50, tail[i + 1] == 0x4B, tail[i + 2] == 0x05, tail[i + 3] == 0x06 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { return [] }
        func u16(_ b: [UInt8], _ o: Int) -> Int { Int(b[o]) | Int(b[o + 1]) << 8 }
        func u32(_ b: [UInt8], _ o: Int) -> UInt64 { UInt64(u16(b, o)) | UInt64(u16(b, o + 2)) << 16 }
        var directoryOffset = u32(tail, eocd + 16)
        var directorySize = u32(tail, eocd + 12)
        if directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
            // ZIP64: the locator sits 20 bytes before the classic record.
            let locator = eocd - 20
            guard locator >= 0, u32(tail, locator) == 0x0706_4B50 else { return [] }
            let recordOffset = u32(tail, locator + 8) | u32(tail, locator + 12) << 32
            try? handle.seek(toOffset: recordOffset)
            guard let record = try? handle.read(upToCount: 56).map(Array.init), record.count == 56,
                u32(record, 0) == 0x0606_4B50
            else { return [] }
            directorySize = u32(record, 40) | u32(record, 44) << 32
            directoryOffset = u32(record, 48) | u32(record, 52) << 32
        }
        guard directorySize < 1 << 31, directoryOffset + directorySize <= size else { return [] }
        try? handle.seek(toOffset: directoryOffset)
        guard let directory = try? handle.read(upToCount: Int(directorySize)).map(Array.init) else { return [] }
        var result: [(path: String, encrypted: Bool)] = []
        var p = 0
        while p + 46 <= directory.count, u32(directory, p) == 0x0201_4B50 {
            let flags = u16(directory, p + 8)
            let nameLength = u16(directory, p + 28)
            let next = p + 46 + nameLength + u16(directory, p + 30) + u16(directory, p + 32)
            guard next <= directory.count else { break }
            result.append((String(decoding: directory[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self), flags & 1 != 0))
            p = next
        }
        return result
    }
}
