import Testing
@testable import LumbarCore

@Test func poseDebugEdges() throws {
    let p = SyntheticRunnerParameters()
    let (raw, _) = SyntheticRunner(p).clip()
    let (s, _) = PoseCleaner().clean(raw)
    for f in 0..<20 {
        let l = [s[.leftAnkle, f], s[.leftHeel, f], s[.leftToe, f]].map { $0.map { String(format: "%.1f", $0.y) } ?? "nil" }
        let r = [s[.rightAnkle, f], s[.rightHeel, f], s[.rightToe, f]].map { $0.map { String(format: "%.1f", $0.y) } ?? "nil" }
        let rl = [raw[.leftAnkle, f], raw[.leftHeel, f], raw[.leftToe, f]].map { $0.map { String(format: "%.1f", $0.y) } ?? "nil" }
        print(f, l, r, rl)
    }
}
