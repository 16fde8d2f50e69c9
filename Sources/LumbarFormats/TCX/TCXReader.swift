import Foundation
import LumbarCore

/// Reads Garmin Training Center (TCX) files: one `Activity` per `Activity` element, with its
/// laps, and every `Trackpoint` as a record in file order.
///
/// Same streaming libxml2 core and safety as `GPXReader` (no DOM, no entity expansion, damage
/// after usable points kept with a warning). Cadence is steps/min for runs: `RunCadence` is
/// strides/min and is doubled unless its median is already above 120.
public struct TCXReader: ActivityFileReader {
    public init() {}

    /// `tcx`.
    public var format: String { "tcx" }

    /// True when the first bytes are XML naming a `TrainingCenterDatabase` root element.
    public func recognises(prefix: ArraySlice<UInt8>, fileName: String) -> Bool {
        XMLDecoding.prefix(prefix, mentions: "TrainingCenterDatabase")
    }

    /// Decodes a whole TCX file held in memory.
    public func decode(_ bytes: [UInt8], file: String) throws(FormatError) -> DecodedFile {
        guard !bytes.isEmpty else { throw .empty(file: file) }
        let handler = TCXHandler(keepSamples: true)
        XMLDecoding.run(handler, bytes: bytes, file: file)
        return try TCXResult.make(handler, file: file)
    }

    /// Decodes the TCX file at `url` by streaming it through a 256 KB buffer. With
    /// `keepSamples: false` the activities carry their summaries and laps only.
    public func decode(contentsOf url: URL, file: String? = nil, keepSamples: Bool = true)
        throws(FormatError) -> DecodedFile
    {
        let name = file ?? url.lastPathComponent
        let handler = TCXHandler(keepSamples: keepSamples)
        try XMLDecoding.run(handler, path: url.path, file: name)
        return try TCXResult.make(handler, file: name)
    }
}
