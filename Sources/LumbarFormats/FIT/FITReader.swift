import LumbarCore

/// Reads Garmin FIT activity files (`.fit`), written from the FIT protocol (formats.md): every
/// header size, both byte orders, compressed timestamps, developer fields, chained files, and
/// damaged files decoded up to the damage with a warning.
///
/// ```swift
/// let decoded = try FITReader().decode(bytes, file: "run.fit")
/// for run in decoded.activities where run.sport.isRunning { ... }
/// ```
public struct FITReader: ActivityFileReader {
    /// Creates a reader.
    public init() {}

    /// `fit`.
    public var format: String { "fit" }

    /// A header size of at least 12 and ASCII `.FIT` at byte 8.
    public func recognises(prefix: ArraySlice<UInt8>, fileName: String) -> Bool {
        FITHeader.looksLikeFIT(prefix)
    }

    /// Decodes every chained FIT file in `bytes`: one activity per session, every record.
    public func decode(_ bytes: [UInt8], file: String) throws(FormatError) -> DecodedFile {
        try decodeDetailed(bytes, file: file).file
    }

    /// `decode` plus the developer fields (name, units, values) that `Sample` has no place for.
    public func decodeDetailed(_ bytes: [UInt8], file: String) throws(FormatError) -> FITDecoded {
        if bytes.isEmpty { throw .empty(file: file) }
        guard FITHeader.looksLikeFIT(bytes[...]) else {
            if bytes.count < 12 {
                throw .damaged(file: file, offset: 0, reason: "only \(bytes.count) bytes, shorter than a FIT header (12)")
            }
            throw .notRecognised(file: file)
        }
        var parser = FITParser()
        parser.parse(bytes)
        var assembler = FITAssembler(file: file, parsed: parser.takeResult())
        return try assembler.build()
    }
}
