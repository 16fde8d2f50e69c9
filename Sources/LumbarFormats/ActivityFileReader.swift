/// One file format lumbar reads. The import pipeline keeps a registry of these and asks each,
/// in order, whether it recognises a file from its first bytes and name.
public protocol ActivityFileReader: Sendable {
    /// `fit`, `gpx`, `tcx`.
    var format: String { get }
    /// Whether `prefix` (up to the first 512 bytes, after gzip is undone) looks like this format.
    func recognises(prefix: ArraySlice<UInt8>, fileName: String) -> Bool
    /// Decodes the whole file. Throws `FormatError` when nothing usable can be read; damage after
    /// usable data is reported in `DecodedFile.warnings` with the data before it kept.
    func decode(_ bytes: [UInt8], file: String) throws(FormatError) -> DecodedFile
}
