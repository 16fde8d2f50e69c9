import CGzip

/// gzip (and zlib) decompression through the system zlib, bounded against gzip bombs.
///
/// `inflateInit2` with window bits 15 + 32 accepts both gzip and zlib headers; concatenated gzip
/// members (`cat a.gz b.gz`) are read one after another, as `gunzip` does.
public enum Gzip {
    /// Whether `bytes` start with the gzip magic number 1f 8b.
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var it = bytes.makeIterator()
        return it.next() == 0x1F && it.next() == 0x8B
    }

    /// What `inflate` produced: the bytes, and a warning when the data was cut short and only
    /// what came before the cut could be recovered.
    public struct Inflated: Sendable {
        /// The decompressed content.
        public var bytes: [UInt8]
        /// Set when the data was cut short.
        public var warning: DecodeWarning?
    }

    /// Decompresses `input` (the whole file). Refuses output larger than `limit` bytes
    /// (`FormatError.tooLarge`); a damaged stream fails with the compressed byte offset.
    public static func inflate(_ input: [UInt8], file: String, limit: Int) throws(FormatError) -> Inflated {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .unreadable(file: file, reason: "zlib could not start (out of memory)")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, max(input.count * 4, 64 * 1024)))
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        var consumed = 0  // bytes of input handed to zlib and used
        let result: Result<DecodeWarning?, FormatError> = input.withUnsafeBufferPointer { inp in
            while true {
                let offsetBefore = consumed
                let available = min(inp.count - consumed, Int(UInt32.max / 2))
                stream.next_in = UnsafeMutablePointer(mutating: inp.baseAddress.map { $0 + consumed })
                stream.avail_in = UInt32(available)
                let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return CGzip.inflate(&stream, Z_NO_FLUSH)
                }
                consumed = offsetBefore + (available - Int(stream.avail_in))
                let produced = chunk.count - Int(stream.avail_out)
                if output.count + produced > limit {
                    return .failure(.tooLarge(
                        file: file, reason: "it decompresses to more than \(limit / 1_048_576) MB (a gzip bomb?)"))
                }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END:
                    // Another gzip member may follow; anything else after the end is padding.
                    guard consumed < inp.count, isGzip(inp[consumed...]) else { return .success(nil) }
                    inflateReset(&stream)
                case Z_OK:
                    continue
                case Z_BUF_ERROR where consumed >= inp.count:
                    let warning = DecodeWarning(
                        file: file, offset: consumed,
                        message: "the gzip data ends early (the file was cut short); kept the \(output.count) bytes before the cut")
                    return output.isEmpty
                        ? .failure(.damaged(file: file, offset: consumed, reason: "the gzip data ends before any content"))
                        : .success(warning)
                case Z_BUF_ERROR:
                    continue
                case Z_MEM_ERROR:
                    return .failure(.unreadable(file: file, reason: "out of memory while decompressing"))
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "invalid compressed data"
                    return .failure(.damaged(file: file, offset: consumed, reason: "gzip: \(message)"))
                }
            }
        }
        switch result {
        case .success(let warning): return Inflated(bytes: output, warning: warning)
        case .failure(let error): throw error
        }
    }
}
