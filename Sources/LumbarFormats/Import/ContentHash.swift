/// A fast 128-bit fingerprint of a file's bytes, as 32 lowercase hex digits: how imports
/// recognise a file they have seen before. Not cryptographic (nobody gains by forging a run).
///
/// Two independent 64-bit lanes each absorb 8-byte little-endian words with a multiply and a
/// rotate (the scheme of xxHash/MurmurHash3), then the length is mixed in and each lane is
/// finished with MurmurHash3's `fmix64`. The result is the same on every platform.
public enum ContentHash {
    /// The hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        let (a, b) = bytes.withUnsafeBytes { raw -> (UInt64, UInt64) in
            var h1: UInt64 = 0x9E37_79B9_7F4A_7C15
            var h2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
            let words = raw.count / 8
            var i = 0
            while i < words {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
                h1 = rotl(h1 ^ (w &* 0x87C3_7B91_1142_53D5), 31) &* 0x4CF5_AD43_2745_937F &+ 0x52DC_E729
                h2 = rotl(h2 ^ (w &* 0x4CF5_AD43_2745_937F), 33) &* 0x87C3_7B91_1142_53D5 &+ 0x3849_5AB5
                i += 1
            }
            var tail: UInt64 = 0
            for k in stride(from: raw.count - 1, through: words * 8, by: -1) { tail = tail << 8 | UInt64(raw[k]) }
            h1 ^= rotl(tail &* 0x87C3_7B91_1142_53D5, 31)
            h2 ^= rotl(tail &* 0x4CF5_AD43_2745_937F, 33)
            let n = UInt64(raw.count)
            h1 ^= n
            h2 ^= n
            h1 = h1 &+ h2
            h2 = h2 &+ h1
            h1 = fmix(h1)
            h2 = fmix(h2)
            return (h1 &+ h2, h2 &+ h1 &+ h1)
        }
        return hex64(a) + hex64(b)
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { x << r | x >> (64 - r) }

    @inline(__always) private static func fmix(_ k0: UInt64) -> UInt64 {
        var k = k0
        k ^= k >> 33
        k = k &* 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k = k &* 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }

    private static func hex64(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
