import LumbarFormats

/// libFuzzer entry: any bytes through the TCX reader. A thrown `FormatError` is the expected
/// answer to bad input; a crash, hang or leak is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTCX(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let reader = TCXReader()
    _ = reader.recognises(prefix: bytes.prefix(64)[...], fileName: "fuzz.tcx")
    if let decoded = try? reader.decode(bytes, file: "fuzz.tcx") {
        for activity in decoded.activities { _ = activity.samples.count }
    }
    return 0
}
