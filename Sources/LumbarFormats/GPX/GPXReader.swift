import Foundation
import LumbarCore

/// Reads GPX 1.0 and 1.1 files: one `Activity` per recorded track (`trk`), every `trkpt` as a
/// record in file order.
///
/// Streaming: libxml2's SAX2 push parser is fed 256 KB at a time; no DOM is built, names are
/// matched as bytes, and text is read only inside the elements used. Entities are never
/// expanded (no XXE, no entity bombs). A file damaged after usable points keeps them with a
/// warning. Routes (`rte`), waypoints and tracks without times are not runs: a file holding
/// only those throws `FormatError.noActivity`.
///
/// Units: cadence in steps/min for runs (Garmin's `cad` is strides/min and is doubled unless its
/// median is already above 120, see `TrackSummarizer.cadenceFactor`), rpm otherwise.
///
/// Summaries (`TrackSummarizer`): start and elapsed from the earliest to the latest time; moving
/// time counts steps of at most 30 s at 0.5 m/s or faster; distance is the haversine sum within
/// segments; ascent and descent count changes of 3 m or more (hysteresis); heart rate is the
/// mean and maximum over points. A track is a recording when at least half of its points have
/// times (`GPXTrack.isRecorded`); points without a time stay in `records` but not in the
/// activity's samples. A track without `type` is taken as a run (`sportWasAssumed`).
public struct GPXReader: ActivityFileReader {
    public init() {}

    /// `gpx`.
    public var format: String { "gpx" }

    /// True when the first bytes are XML naming a `gpx` root element.
    public func recognises(prefix: ArraySlice<UInt8>, fileName: String) -> Bool {
        XMLDecoding.prefix(prefix, mentions: "<gpx")
    }

    /// Decodes a whole GPX file held in memory.
    public func decode(_ bytes: [UInt8], file: String) throws(FormatError) -> DecodedFile {
        guard !bytes.isEmpty else { throw .empty(file: file) }
        let handler = GPXHandler(keepSamples: true)
        XMLDecoding.run(handler, bytes: bytes, file: file)
        return try GPXResult.make(handler, file: file)
    }

    /// Decodes the GPX file at `url` by streaming it through a 256 KB buffer, so the file is
    /// never held in memory. With `keepSamples: false` the activities carry their summaries
    /// only (no `samples`, no `records`): a 200 MB file then decodes in about 20 MB.
    public func decode(contentsOf url: URL, file: String? = nil, keepSamples: Bool = true)
        throws(FormatError) -> DecodedFile
    {
        let name = file ?? url.lastPathComponent
        let handler = GPXHandler(keepSamples: keepSamples)
        try XMLDecoding.run(handler, path: url.path, file: name)
        return try GPXResult.make(handler, file: name)
    }
}
