import ArgumentParser
import Foundation
import LumbarCore
import LumbarFormats
import LumbarReport
import LumbarStore
import Testing
@testable import LumbarCLI

/// The exit code `lumbar posture ARGS` ends with when parsing or validation fails (0 if it parses).
func exitCode(_ args: [String]) -> Int32 {
    do {
        _ = try PostureCommand.parse(args)
        return 0
    } catch {
        return PostureCommand.exitCode(for: error).rawValue
    }
}

@Suite struct PostureCommandTests {
    let day = LocalDate(year: 2026, month: 3, day: 10)

    func clipFolder(lean: Double, seed: UInt64, view: CameraView = .side) throws -> URL {
        var p = SyntheticRunnerParameters()
        p.trunkLeanDegrees = lean
        p.view = view
        p.noisePixels = 1
        p.seed = seed
        let (clip, _) = SyntheticRunner(p).clip()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-posture-cli-\(UUID().uuidString)")
        try PoseFileWriter.writeOpenPoseFolder(clip, layout: .body25, to: dir)
        return dir
    }

    @Test func analysesStoresAndPrintsATable() async throws {
        let dir = try clipFolder(lean: 17, seed: 1)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = MemoryStore()
        let run = try await PostureCommand.analyse(PostureRequest(path: dir.path, framesPerSecond: 60), store: store, today: day)
        #expect(run.id == 1)
        #expect(run.output.contains("Running posture, 2026-03-10 (recording 1)"))
        #expect(run.output.contains("Trunk forward lean at midstance"))
        #expect(run.output.contains("side view, running to the right"))
        #expect(run.output.contains("[clinical.md 8.2; R52; R53; R38]"))
        #expect(run.findings.contains { $0.id == "postureTrunkLean" })
        let stored = try await store.postures()
        #expect(stored.count == 1 && stored[0].date == day)
        #expect(stored[0].json.hasPrefix("{\"date\""))
    }

    @Test func jsonOutputNamesEveryMetricWithItsUnit() async throws {
        let dir = try clipFolder(lean: 8, seed: 2)
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try await PostureCommand.analyse(
            PostureRequest(path: dir.path, framesPerSecond: 60, date: LocalDate(year: 2026, month: 1, day: 2), json: true),
            store: MemoryStore(), today: day)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(o["id"] as? Int == 1)
        #expect(o["date"] as? String == "2026-01-02")
        #expect(o["view"] as? String == "side")
        #expect(o["frames"] as? Int == 360)
        #expect((o["steps"] as? Int ?? 0) >= 14)
        let cadence = try #require(o["cadenceStepsPerMinute"] as? Double)
        #expect(abs(cadence - 170) <= 2)
        let lean = try #require(o["trunkLeanDegrees"] as? [String: Any])
        #expect(lean["mean"] != nil && lean["sd"] != nil)
        for key in ["trunkThighAngleDegrees", "overstrideLegLengths", "shankAngleAtContactDegrees",
                    "kneeFlexionAtContactDegrees", "kneeFlexionAtMidstanceDegrees", "verticalOscillationLegLengths"] {
            #expect(o[key] is [String: Any], "\(key)")
        }
        let change = try #require(o["changeFirstToLastThird"] as? [String: Any])
        #expect(change["trunkLeanDegrees"] != nil)
    }

    @Test func comparesTwoRecordings() async throws {
        let a = try clipFolder(lean: 17, seed: 3)
        let b = try clipFolder(lean: 7, seed: 4)
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let store = MemoryStore()
        _ = try await PostureCommand.analyse(PostureRequest(path: a.path, framesPerSecond: 60), store: store, today: day)
        _ = try await PostureCommand.analyse(PostureRequest(path: b.path, framesPerSecond: 60), store: store, today: day.adding(days: 28))
        let text = try await PostureCommand.compare(1, 2, store: store)
        #expect(text.contains("Posture recording 1 (2026-03-10, side view) -> 2 (2026-04-07, side view)"))
        let leanLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("Trunk forward lean") })
        #expect(leanLine.contains("-10") || leanLine.contains("-9") || leanLine.contains("-11"), "\(leanLine)")
        #expect(text.contains("No longer flagged: postureTrunkLean"))
        await #expect(throws: PostureCommandError.self) { try await PostureCommand.compare(1, 9, store: store) }
    }

    @Test func svgIsByteStableAndDrawsTheAngles() throws {
        var p = SyntheticRunnerParameters()
        p.noisePixels = 1
        let a = try PostureAnalyzer.analyze(SyntheticRunner(p).clip().0)
        let svg = PostureSVG.render(a)
        #expect(svg == PostureSVG.render(try PostureAnalyzer.analyze(SyntheticRunner(p).clip().0)))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("lean "))
        #expect(svg.contains("trunk-to-thigh "))
        #expect(svg.contains(" A"))
        #expect(svg.contains("<path d=\"M"))
        p.view = .front
        let front = PostureSVG.render(try PostureAnalyzer.analyze(SyntheticRunner(p).clip().0))
        #expect(front.contains("pelvic drop L stance"))
    }

    @Test func badInputsAreClearErrors() async throws {
        let store = MemoryStore()
        await #expect(throws: PoseFileError.self) {
            try await PostureCommand.analyse(PostureRequest(path: "/nonexistent/keypoints"), store: store, today: day)
        }
        #expect(try await store.postures().isEmpty)
        #expect(exitCode(["--compare", "1"]) == 2)
        #expect(exitCode(["x", "--view", "top"]) == 2)
        #expect(throws: (any Error).self) { try PostureCommand.parse(["x", "--fps", "0"]) }
        #expect(exitCode([]) == 2)
        let ok = try PostureCommand.parse(["x", "--fps", "50", "--view", "front", "--date", "2026-01-01", "--json"])
        #expect(ok.fps == 50 && ok.view == "front" && ok.json)
    }

    /// FNV-1a of the SVG of a fixed clip: the chart is byte-stable across runs and processes.
    /// Update on purpose when the chart changes.
    @Test func svgBytesAreStable() throws {
        var p = SyntheticRunnerParameters()
        p.durationSeconds = 4
        p.noisePixels = 1
        p.seed = 42
        let svg = PostureSVG.render(try PostureAnalyzer.analyze(SyntheticRunner(p).clip().0))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in svg.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        #expect(String(hash, radix: 16) == PostureCommandTests.svgHash)
    }

    static let svgHash = "2f744f772350a529"
}
