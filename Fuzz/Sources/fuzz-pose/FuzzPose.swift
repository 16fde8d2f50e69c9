import Foundation
import LumbarFormats

/// libFuzzer entry: any bytes as a keypoint file. The first byte picks how it is named (JSON
/// or MediaPipe CSV) and whether a frame rate is given; the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPose(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let selector = data[0]
    let body = Data(UnsafeBufferPointer(start: data + 1, count: count - 1))
    let name = selector & 1 == 0 ? "keypoints.json" : "keypoints.csv"
    var options = PoseReadOptions()
    if selector & 2 != 0 { options.framesPerSecond = 30 }
    if selector & 4 != 0 { options.imageWidth = 1920; options.imageHeight = 1080 }
    _ = try? PoseFileReader.read(data: body, name: name, options: options)
    return 0
}
