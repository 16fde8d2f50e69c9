import Foundation
import Testing
@testable import LumbarFormats

/// The fast OpenPose scanner reads exactly what JSONSerialization reads, and steps aside
/// (returns nil) on anything else.
@Suite struct OpenPoseScannerTests {
    @Test func readsTheKeypointsAndSkipsEverythingElse() throws {
        let json = """
            { "version" : 1.3, "extra": {"a": [1, {"b": "x\\"y"}], "t": true, "f": false, "n": null},
              "people": [
                {"person_id": [-1], "pose_keypoints_2d": [1, -2.5, 0.75, 1e2, 3.25E-1, 0],
                 "face_keypoints_2d": [], "note": "caf\\u00e9"},
                {"pose_keypoints_2d": []}
              ]
            }
            """
        let people = try #require(OpenPoseScanner.people(in: Data(json.utf8)))
        #expect(people == [[1, -2.5, 0.75, 100, 0.325, 0], []])
    }

    @Test func agreesWithJSONSerializationOnRandomNumbers() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let values = (0..<75).map { _ in (Double.random(in: -5000...5000, using: &rng) * 1000).rounded() / 1000 }
            let text = "{\"people\":[{\"pose_keypoints_2d\":[" + values.map { "\($0)" }.joined(separator: ",") + "]}]}"
            let fast = try #require(OpenPoseScanner.people(in: Data(text.utf8)))
            let slow = try OpenPoseReader.slowPeople(Data(text.utf8), file: "f", frame: 0)
            #expect(fast[0] == slow[0]!)
        }
    }

    @Test(arguments: [
        "", "{", "{\"people\": [", "{\"people\": [{\"pose_keypoints_2d\": [1, 2,]}]}",
        "{\"people\": [{\"pose_keypoints_2d\": [1, \"2\"]}]}", "{\"people\": [{}]}", "{\"other\": 1}",
        "[1, 2]", "{\"people\": []} trailing", "{\"people\": [{\"pose_keypoints_2d\": [NaN]}]}",
    ])
    func stepsAsideOnAnythingUnexpected(_ text: String) {
        #expect(OpenPoseScanner.people(in: Data(text.utf8)) == nil)
    }
}
