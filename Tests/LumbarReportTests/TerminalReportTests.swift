import LumbarCore
import Testing
@testable import LumbarReport

@Suite struct TerminalReportTests {
    @Test func plainTextHasNoEscapeCodesAndLeadsWithTheFlag() {
        let text = TerminalReport.render(ReportFixtures.result)
        #expect(!text.contains("\u{1B}["))
        #expect(text.hasPrefix("SOON: see your GP or physiotherapist"))
        #expect(text.contains("Muscle strain from overuse"))
        #expect(text.contains("Heat: 15-20 minutes"))
        #expect(text.contains("not a diagnosis"))
    }

    @Test func colourOnlyWhenAsked() {
        #expect(TerminalReport.render(ReportFixtures.result, colour: true).contains("\u{1B}[1m"))
    }

    @Test func emergencyShowsTheRedFlagAlone() {
        var input = ReportFixtures.input
        input.redFlags = RedFlagSummary(urgency: .emergency, redFlags: [
            ResultRedFlag(id: "caudaEquina", urgency: .emergency, because: ["bladderChange", "saddleNumbness"],
                          advice: "Go to A&E now: these can be signs of cauda equina syndrome."),
        ])
        let result = Analysis.run(input)
        let text = TerminalReport.render(result)
        #expect(text.hasPrefix("EMERGENCY: go to an emergency department now"))
        #expect(text.contains("Go to A&E now"))
        #expect(!text.contains("Muscle strain"), "no causes at emergency")
        #expect(!text.contains("Heat:"))
        #expect(result.plan.map(\.cause) == ["redFlags"])
        #expect(result.urgency == .emergency)
    }
}
