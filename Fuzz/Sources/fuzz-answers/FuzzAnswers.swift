import LumbarCore

/// libFuzzer entry: any bytes as a `lumbar.answers/1` document (the JSON parser, the field
/// reader, the ranges), then the red-flag screen over whatever decoded.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard let decoded = try? AnswersDecoder.decode(bytes) else { return 0 }
    _ = RedFlagScreen.evaluate(decoded.answers)
    return 0
}
