import Foundation
import LumbarCore
import Testing

@testable import LumbarFormats

/// Hostile and broken input: entities are never expanded, damage never crashes or hangs.
@Suite struct GPXSafetyTests {
    let reader = GPXReader()

    /// Everything a decode produced or threw, as text, to search for leaked file content.
    func allText(_ bytes: [UInt8]) -> String {
        do {
            let d = try reader.decode(bytes, file: "t.gpx")
            return d.activities.map { "\($0.name ?? "") \($0.device ?? "")" }.joined()
                + d.warnings.map(\.description).joined()
        } catch {
            return error.description
        }
    }

    @Test func externalEntityIsNeverRead() {
        let text = allText(Array(GPXFixtures.xxe.utf8))
        #expect(!text.contains("root:"))
        #expect(text.contains("damaged"))
        #expect(text.contains("xxe"))  // the error names the entity it refused
    }

    @Test func externalDTDIsNeverLoaded() throws {
        let d = try reader.decode(Array(GPXFixtures.externalDTD.utf8), file: "t.gpx")
        #expect(d.activities.count == 1)
        #expect(!(d.activities[0].name ?? "").contains("root:"))
    }

    @Test func billionLaughsFailsFastWithoutExpanding() {
        let clock = ContinuousClock()
        var text = ""
        let elapsed = clock.measure { text = allText(Array(GPXFixtures.billionLaughs.utf8)) }
        #expect(elapsed < .seconds(1))
        #expect(!text.contains("lollol"))
        #expect(text.contains("damaged"))
    }

    @Test func truncatedAfterPointsKeepsThemWithAWarning() throws {
        let full = GPXFixtures.document(GPXFixtures.track((0..<4).map { GPXFixtures.point($0 * 5) }.joined()))
        let text = String(decoding: full, as: UTF8.self)
        let cut = Array(text.utf8.prefix(text.utf8.count - 60))  // inside the last point
        let d = try reader.decode(cut, file: "cut.gpx")
        #expect(d.activities.count == 1)
        #expect(d.activities[0].samples.count == 3)
        let warning = try #require(d.warnings.first)
        #expect(warning.offset != nil)
        #expect(warning.message.contains("invalid XML"))
        #expect(warning.message.hasSuffix("the 3 track points before it are kept"))
    }

    @Test func truncatedBeforeAnyPointIsDamagedWithAnOffset() {
        let bytes = Array(GPXFixtures.header.utf8) + Array("<trk><trkseg><trkpt lat=\"4".utf8)
        #expect {
            _ = try reader.decode(bytes, file: "cut.gpx")
        } throws: { error in
            guard case .damaged(let file, let offset, _) = error as? FormatError else { return false }
            return file == "cut.gpx" && (offset ?? -1) > 0
        }
    }

    @Test func garbageIsDamagedAtTheStart() {
        for bytes: [UInt8] in [Array("hello, this is not XML".utf8), [0x50, 0x4B, 0x03, 0x04, 0, 0, 0xFF, 0x12], Array("   \n".utf8)] {
            #expect {
                _ = try reader.decode(bytes, file: "g.gpx")
            } throws: { error in
                guard case .damaged(_, let offset, _) = error as? FormatError else { return false }
                return (offset ?? 99) < 8
            }
        }
        #expect(throws: FormatError.empty(file: "e.gpx")) { _ = try reader.decode([], file: "e.gpx") }
    }

    @Test func mismatchedTagsAreDamaged() {
        let bytes = GPXFixtures.document("<trk><trkseg></trk>")
        #expect(throws: FormatError.self) { _ = try reader.decode(bytes, file: "m.gpx") }
    }

    @Test func byteOrderMarkAndLeadingWhiteSpaceAreSkipped() throws {
        let body = GPXFixtures.document(GPXFixtures.track(GPXFixtures.point(0) + GPXFixtures.point(5)))
        let d = try reader.decode([0xEF, 0xBB, 0xBF] + Array("  \n\t ".utf8) + body, file: "strava.gpx")
        #expect(d.activities.first?.samples.count == 2)
    }

    @Test func deepNestingIsRefusedNotRecursedInto() {
        let depth = 100_000
        let bytes = Array((String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)).utf8)
        #expect {
            _ = try reader.decode(Array(GPXFixtures.header.utf8) + bytes + Array("</gpx>".utf8), file: "deep.gpx")
        } throws: { error in
            if case .damaged(_, _, let reason) = error as? FormatError { return reason.contains("depth") }
            return false
        }
    }

    @Test func hugeTextInAReadElementIsCutNotStored() throws {
        let name = String(repeating: "x", count: 1_000_000)
        let d = try reader.decode(GPXFixtures.document(GPXFixtures.track(name: name, GPXFixtures.point(0))), file: "t.gpx")
        #expect((d.activities.first?.name?.utf8.count ?? 0) <= XMLEventHandler.maximumTextBytes)
    }

    @Test func characterReferencesAndCDATAAreRead() throws {
        let body = "<trk><name>Lauf &amp; Co &#x263A;</name><type><![CDATA[running]]></type><trkseg>\(GPXFixtures.point(0))</trkseg></trk>"
        let d = try reader.decode(GPXFixtures.document(body), file: "t.gpx")
        #expect(d.activities.first?.name == "Lauf & Co \u{263A}")
        #expect(d.activities.first?.sport == .running)
        #expect(!d.sportWasAssumed)
    }

    @Test func latin1FilesAreConvertedToUTF8() throws {
        let head = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><gpx version=\"1.1\"><trk><name>Caf".utf8)
        let tail = Array("</name><trkseg>\(GPXFixtures.point(0))</trkseg></trk></gpx>".utf8)
        let d = try reader.decode(head + [0xE9] + tail, file: "latin1.gpx")
        #expect(d.activities.first?.name == "Caf\u{E9}")
    }
}
