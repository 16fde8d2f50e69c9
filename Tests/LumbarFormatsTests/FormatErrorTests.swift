import Testing
@testable import LumbarFormats

@Suite struct FormatErrorTests {
    @Test func messagesNameTheFileAndOffset() {
        let e = FormatError.damaged(file: "run.fit", offset: 1234, reason: "record header for undefined local message 11")
        #expect(e.description == "run.fit: damaged at byte 1234: record header for undefined local message 11.")
    }
}
