import Foundation
import LumbarCore

/// Guides the McGill battery in the terminal (clinical.md 4.1, R41/R42/R44): the protocol of
/// each test, Enter to start and stop each hold, a rest countdown between tests.
struct CoreTestGuide {
    var console: any LineConsole
    var clock: any TestClock
    /// Rest between holds, seconds (McGill rested between tests; other protocols 10 min, R43b).
    var restSeconds: Double
    /// The order of the tests (random in real use: R41 randomised it).
    var order: [CoreTestKind]

    /// Safety notes shown before the first hold.
    static let safety =
        "Do these tests only when the back is not in a flare-up. Stop a hold at once if it brings on leg "
        + "pain, numbness or sharp pain. Hold each position as long as you can keep it exactly."

    /// The protocol of each test (clinical.md 4.1).
    static func protocolText(_ test: CoreTestKind) -> String {
        switch test {
        case .flexor:
            "Sit with your back against a support (a wedge or a partner's hands) at 60 degrees from the floor, hips "
                + "and knees bent to 90 degrees, arms folded across your chest with hands on the opposite shoulders, "
                + "toes held down. When the support is pulled back about 10 cm, the clock starts. The hold ends when "
                + "your back touches the support."
        case .extensor:
            "Lie face down with the top of your hip bones at the edge of a bench, pelvis, knees and ankles strapped "
                + "or held, arms crossed on your chest. Hold your upper body straight out, level with the floor. The "
                + "hold ends when it sinks below level. The test stops at 240 s (R44)."
        case .sideBridgeRight, .sideBridgeLeft:
            "Lie on your \(test == .sideBridgeRight ? "right" : "left") side, legs straight, top foot in front of the "
                + "lower foot. Lift your hips so your body is one straight line, resting on your elbow and feet, free "
                + "arm across your chest. The hold ends when your hips drop."
        }
    }

    /// Runs the battery; returns the measured holds (skipped tests absent) and whether the person
    /// stopped early.
    func run() async -> (times: [CoreTestKind: Double], stopped: Bool) {
        var times: [CoreTestKind: Double] = [:]
        console.write("McGill core-endurance tests, in random order.\n\(Self.safety)\n")
        for (n, test) in order.enumerated() {
            console.write("\nTest \(n + 1) of \(order.count): \(test.title)\n\(Self.protocolText(test))\n")
            console.write("Get into position and press Enter to start the clock (s skips this test, q stops). ")
            guard let start = console.readLine() else { return (times, true) }
            switch start.trimmingCharacters(in: .whitespaces).lowercased() {
            case "q": return (times, true)
            case "s": console.write("Skipped.\n"); continue
            default: break
            }
            let t0 = clock.now()
            console.write("Holding. Press Enter the moment the position is lost. ")
            guard console.readLine() != nil else { return (times, true) }
            var held = JSONWriter.round(clock.now() - t0, 1)
            if test == .extensor && held > CoreTestThresholds.sorensenCap {
                held = CoreTestThresholds.sorensenCap
                console.write("The Sorensen test stops at 240 s (R44): recorded as 240 s.\n")
            }
            guard AnswerRanges.coreTestSeconds.contains(held) else {
                console.write("\(Int(held)) s is more than 600 s: probably the clock was left running. Not recorded.\n")
                continue
            }
            times[test] = held
            console.write("\(test.title): \(Question.plain(held)) s\n")
            if n < order.count - 1 { await rest() }
        }
        return (times, false)
    }

    private func rest() async {
        var left = restSeconds
        guard left > 0 else { return }
        console.write("Rest \(Int(left)) s before the next test.\n")
        while left > 0 {
            let step = min(30, left)
            await clock.sleep(seconds: step)
            left -= step
            if left > 0 { console.write("  \(Int(left)) s left\n") }
        }
        console.write("Rest over.\n")
    }
}
