import LumbarCore

typealias S = SyntheticEvidence

/// Four or more textbook runners per cause, each with some ordinary noise (a feature that points
/// elsewhere), written from clinical.md 3.3 and not tuned to the table.
enum Vignettes {
    static let strain: [Vignette] = [
        Vignette(name: "strain: long-run spike, one-sided spasm", expected: .strain, answers: answers(
            age: 32, onset: .sudden, linked: .duringRun, days: 5, changes: [.longerLongRun],
            location: [.oneSideMuscle], tender: true, contraction: true, leg: LegPain.none, numb: Numbness.none,
            worse: [.bendingForward, .lifting], stiffness: 15, painNow: 5),
            extra: [S.finding(S.sessionSpike, origin: "load", value: 48)]),
        Vignette(name: "strain: more distance and speed, tender after run", expected: .strain, answers: answers(
            age: 45, onset: .sudden, linked: .afterRun, days: 10, changes: [.moreDistance, .moreSpeed],
            location: [.oneSideMuscle, .buttock], tender: true, timing: [.afterRuns, .nextMorning], core: 0)),
        Vignette(name: "strain: return after a break, hurts to contract", expected: .strain, answers: answers(
            age: 28, onset: .sudden, linked: .duringRun, days: 3, changes: [.returnAfterBreak],
            location: [.oneSideMuscle], tender: false, contraction: true, leg: LegPain.none, worse: [.sitting])),
        Vignette(name: "strain: hills block, thigh ache", expected: .strain, answers: answers(
            age: 38, onset: .sudden, linked: RunLink.none, days: 14, changes: [.moreHills],
            location: [.oneSideMuscle], tender: true, leg: .aboveKnee, timing: [.fromStart])),
        Vignette(name: "strain: older runner, both sides, spike", expected: .strain, answers: answers(
            age: 52, onset: .sudden, linked: .afterRun, days: 7, changes: [.longerLongRun],
            location: [.bothSidesMuscle], contraction: true),
            extra: [S.finding(S.sessionSpike, origin: "load", value: 35)]),
    ]

    static let posture: [Vignette] = [
        Vignette(name: "posture: arched back, eased by sitting", expected: .posture, answers: answers(
            age: 35, onset: .gradual, days: 60, changes: [], location: [.bothSidesMuscle], leg: .aboveKnee,
            worse: [.standing, .archingBack, .downhill], better: [.sitting], stiffness: 10, posture: .archedBack)),
        Vignette(name: "posture: downhill runner with forward lean on video", expected: .posture, answers: answers(
            age: 41, onset: .gradual, days: 30, changes: [.moreHills], leg: LegPain.none,
            worse: [.downhill, .standing], better: [.sitting, .lyingDown]),
            extra: [S.finding(S.trunkLean, origin: "posture", value: 18)]),
        Vignette(name: "posture: one-sided ache, leans forward", expected: .posture, answers: answers(
            age: 29, onset: .gradual, days: 50, location: [.oneSideMuscle], timing: [.afterRuns],
            worse: [.archingBack], better: [.sitting], posture: .leanForward)),
        Vignette(name: "posture: overstriding, late ache", expected: .posture, answers: answers(
            age: 48, onset: .gradual, days: 35, changes: [.newShoes], leg: .aboveKnee,
            timing: [.lateInLongRuns], worse: [.standing, .downhill], better: [.sitting], stiffness: 5),
            extra: [S.finding(S.overstride, origin: "form", value: 156)]),
    ]

    static let conditioning: [Vignette] = [
        Vignette(name: "conditioning: late in long runs, no core work, weak holds", expected: .conditioning, answers: answers(
            age: 33, onset: .gradual, days: 70, changes: [], location: [.bothSidesMuscle], leg: LegPain.none,
            timing: [.lateInLongRuns], worse: [.longRuns], core: 0),
            extra: [S.finding(S.lowCoreEndurance, origin: "coreTests", value: 38)]),
        Vignette(name: "conditioning: marathon block, form fades", expected: .conditioning, answers: answers(
            age: 26, onset: .gradual, days: 40, changes: [.longerLongRun], timing: [.lateInLongRuns, .afterRuns], core: 0),
            extra: [S.finding(S.fatigueSignature, origin: "form")]),
        Vignette(name: "conditioning: eased by rest, ratio imbalance", expected: .conditioning, answers: answers(
            age: 44, onset: .gradual, leg: LegPain.none, timing: [.lateInLongRuns], better: [.rest], stiffness: 10, core: 0),
            extra: [S.finding(S.coreRatioImbalance, origin: "coreTests", value: 1.3)]),
        Vignette(name: "conditioning: long-standing, long and fast runs", expected: .conditioning, answers: answers(
            age: 37, onset: .gradual, days: 100, changes: [], timing: [.lateInLongRuns], worse: [.longRuns, .fastRuns], core: 1),
            extra: [S.finding(S.lowCoreEndurance, origin: "coreTests", value: 52)]),
    ]

    static let disc: [Vignette] = [
        Vignette(name: "disc: recurrent, sciatica below the knee, sitting", expected: .disc, answers: answers(
            age: 39, onset: .gradual, days: 120, previous: 3, between: true, leg: .belowKnee, sides: .one,
            numb: .leg, worse: [.sitting, .bendingForward, .coughSneeze], better: [.walking])),
        Vignette(name: "disc: older runner, persistent between flare-ups", expected: .disc, answers: answers(
            age: 55, onset: .gradual, days: 200, previous: 2, between: true, leg: LegPain.none,
            worse: [.sitting], stiffness: 20)),
        Vignette(name: "disc: young runner, foot tingling, bending", expected: .disc, answers: answers(
            age: 30, onset: .sudden, linked: RunLink.none, days: 21, leg: .belowKnee, numb: .foot,
            worse: [.bendingForward, .sitting])),
        Vignette(name: "disc: constant, lifting and sitting, many episodes", expected: .disc, answers: answers(
            age: 47, onset: .gradual, days: 95, previous: 4, between: true, leg: .aboveKnee,
            timing: [.constant], worse: [.sitting, .lifting])),
    ]

    static let all: [Vignette] = strain + posture + conditioning + disc
}

typealias LegPain = Answers.LegPain
typealias Numbness = Answers.Numbness
typealias RunLink = Answers.RunLink
