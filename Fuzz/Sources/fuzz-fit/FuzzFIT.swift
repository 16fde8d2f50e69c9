import LumbarFormats

/// libFuzzer entry: any bytes through the FIT reader. A thrown `FormatError` is the expected
/// answer to bad input; a crash, hang or leak is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFIT(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let reader = FITReader()
    _ = reader.recognises(prefix: bytes.prefix(64)[...], fileName: "fuzz.fit")
    if let decoded = try? reader.decode(bytes, file: "fuzz.fit") {
        for activity in decoded.activities { _ = activity.samples.count }
    }
    return 0
}
