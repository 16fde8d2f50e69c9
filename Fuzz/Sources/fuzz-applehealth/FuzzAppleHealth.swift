import LumbarFormats

/// libFuzzer entry: any bytes as an Apple Health `export.xml` (byte filter, push parser,
/// workout and record assembly).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAppleHealth(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let decoded = AppleHealthDocument.decode(bytes, file: "export.xml")
    for activity in decoded.activities { _ = activity.samples.count }
    return 0
}
