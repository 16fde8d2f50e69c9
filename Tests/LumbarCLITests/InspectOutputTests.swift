import Foundation
import LumbarCore
import LumbarFormats
import Testing

@testable import LumbarCLI

@Suite("lumbar inspect")
struct InspectOutputTests {
    let decoded = DecodedFile(
        format: "fit",
        activities: [Activity(
            sport: .running, start: 1_772_434_800, elapsedSeconds: 2.5, distanceMeters: 6.25, device: "Forerunner 965",
            laps: [Lap(start: 1_772_434_800, elapsedSeconds: 2.5, distanceMeters: 6.25, averageCadence: 171)])],
        records: [
            Sample(time: 1_772_434_800, latitude: 52.520008123456789, longitude: 13.404954, altitudeMeters: 34.2,
                   distanceMeters: 0, speedMetersPerSecond: 3.1, heartRate: 142, cadence: 170, powerWatts: 251,
                   verticalOscillationMillimeters: 84.5, groundContactTimeMilliseconds: 248,
                   groundContactBalancePercent: 50.2, stepLengthMillimeters: 1094, verticalRatioPercent: 7.7),
            Sample(time: 1_772_434_801.25, heartRate: 143),
            Sample(distanceMeters: 6.25),
        ],
        warnings: [DecodeWarning(file: "run.fit", offset: 1234, message: "the file ends inside a record; kept what came before")])

    @Test func jsonIsOneObjectWithEverySampleInOrder() throws {
        let text = String(decoding: InspectOutput.json(decoded), as: UTF8.self)
        #expect(text == """
            {"format":"fit","sport":"running","start":"2026-03-02T07:00:00Z","elapsedSeconds":2.5,"distanceMeters":6.25,\
            "device":"Forerunner 965","laps":[{"start":"2026-03-02T07:00:00Z","elapsedSeconds":2.5,"distanceMeters":6.25,\
            "averageCadence":171}],"samples":[{"time":"2026-03-02T07:00:00Z","latitude":52.52000812345679,\
            "longitude":13.404954,"altitude":34.2,"distance":0,"speed":3.1,"heartRate":142,"cadence":170,"power":251,\
            "verticalOscillation":84.5,"groundContactTime":248,"groundContactBalance":50.2,"stepLength":1094,\
            "verticalRatio":7.7},{"time":"2026-03-02T07:00:01.25Z","heartRate":143},{"distance":6.25}],\
            "warnings":["run.fit: at byte 1234: the file ends inside a record; kept what came before"]}

            """)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["format", "sport", "start", "elapsedSeconds", "distanceMeters", "device", "laps", "samples", "warnings"])
        #expect((object["samples"] as? [[String: Any]])?[0]["latitude"] as? Double == 52.520008123456789)
    }

    @Test func jsonOfAFileWithoutActivitiesStillHasItsArrays() {
        let empty = DecodedFile(format: "gpx", activities: [], records: [])
        #expect(String(decoding: InspectOutput.json(empty), as: UTF8.self) == #"{"format":"gpx","laps":[],"samples":[],"warnings":[]}"# + "\n")
    }

    @Test func textSummarisesTheFile() {
        let text = InspectOutput.text(decoded, file: "run.fit")
        #expect(text.hasPrefix("run.fit: FIT, 1 activity, 3 records\n"))
        #expect(text.contains("1. running, 2026-03-02T07:00:00Z, 0:00:03, 0.01 km, Forerunner 965, 1 lap"))
        #expect(text.contains("fields: time, latitude, longitude, altitude, distance, speed, heart rate"))
        #expect(text.contains("warning: run.fit: at byte 1234:"))
    }

    @Test func largeFileStreamsInChunksThatJoinToTheWholeDocument() throws {
        let records = (0..<20_000).map { i in
            Sample(time: 1_772_434_800 + Double(i) + 0.25, latitude: 52.5 + Double(i) * 1e-6, longitude: 13.4, altitudeMeters: 34.25,
                   distanceMeters: Double(i) * 2.9, speedMetersPerSecond: 2.9, heartRate: 150, cadence: 172)
        }
        let big = DecodedFile(format: "fit", activities: [], records: records)
        var chunks: [[UInt8]] = []
        InspectOutput.json(big, chunk: 64 * 1024) { chunks.append(Array($0)) }
        #expect(chunks.count > 10)
        #expect(chunks.dropLast().allSatisfy { $0.count >= 64 * 1024 && $0.count < 65 * 1024 })
        let whole = chunks.flatMap { $0 }
        #expect(whole == InspectOutput.json(big))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(whole)) as? [String: Any])
        let samples = try #require(object["samples"] as? [[String: Any]])
        #expect(samples.count == 20_000)
        #expect(samples[19_999]["time"] as? String == "2026-03-02T12:33:19.25Z")
        #expect(samples[19_999]["distance"] as? Double == 19_999 * 2.9)
        #expect(samples[7]["latitude"] as? Double == 52.5 + 7 * 1e-6)
    }
}
