import LumbarFormats
import Testing

@Suite("Gzip")
struct GzipTests {
    let text = String(repeating: "<trkpt lat=\"52.5\" lon=\"13.4\"><time>2026-03-02T07:00:00Z</time></trkpt>\n", count: 2000)

    @Test func roundTripsZlibDeflateOutput() throws {
        let gz = TestFiles.gzip(text)
        #expect(Gzip.isGzip(gz))
        #expect(gz.count < text.utf8.count / 10)
        let inflated = try Gzip.inflate(gz, file: "a.gpx.gz", limit: 1 << 30)
        #expect(inflated.bytes == Array(text.utf8))
        #expect(inflated.warning == nil)
    }

    @Test func readsConcatenatedMembersAndIgnoresZeroPadding() throws {
        let gz = TestFiles.gzip("first ") + TestFiles.gzip("second") + [0, 0, 0, 0]
        #expect(try Gzip.inflate(gz, file: "x.gz", limit: 1 << 20).bytes == Array("first second".utf8))
    }

    @Test func refusesAGzipBomb() {
        let bomb = TestFiles.gzip([UInt8](repeating: 0, count: 8 << 20))
        #expect(bomb.count < 20_000)
        #expect(throws: FormatError.tooLarge(file: "bomb.fit.gz", reason: "it decompresses to more than 1 MB (a gzip bomb?)")) {
            try Gzip.inflate(bomb, file: "bomb.fit.gz", limit: 1 << 20)
        }
    }

    @Test func cutShortDataKeepsWhatCameBeforeWithAWarning() throws {
        let gz = TestFiles.gzip(text)
        let cut = Array(gz[0..<(gz.count * 2 / 3)])
        let inflated = try Gzip.inflate(cut, file: "cut.gpx.gz", limit: 1 << 30)
        #expect(!inflated.bytes.isEmpty)
        #expect(Array(text.utf8).starts(with: inflated.bytes))
        let warning = try #require(inflated.warning)
        #expect(warning.file == "cut.gpx.gz")
        #expect(warning.offset == cut.count)
    }

    @Test func damagedDataFailsWithTheFileAndOffset() {
        var gz = TestFiles.gzip(text)
        for i in 20..<60 { gz[i] = 0xFF }
        do {
            _ = try Gzip.inflate(gz, file: "bad.gpx.gz", limit: 1 << 30)
            Issue.record("damaged gzip was accepted")
        } catch {
            guard case .damaged(let file, let offset, let reason) = error else { Issue.record("\(error)"); return }
            #expect(file == "bad.gpx.gz")
            #expect(offset != nil && offset! >= 20 && offset! < gz.count, "offset \(String(describing: offset)) of \(gz.count)")
            #expect(reason.hasPrefix("gzip: "))
            #expect(error.description.contains("bad.gpx.gz: damaged at byte"))
        }
    }
}

@Suite("Content hash")
struct ContentHashTests {
    @Test func stableHexDigestThatSeesEveryByte() {
        let bytes = Array("FAKE\nrun running 1 2 3\n".utf8)
        let digest = ContentHash.hex(bytes)
        #expect(digest.count == 32)
        #expect(digest.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(ContentHash.hex(bytes) == digest)
        var seen = Set<String>([digest])
        for i in bytes.indices {
            var changed = bytes
            changed[i] ^= 1
            seen.insert(ContentHash.hex(changed))
        }
        seen.insert(ContentHash.hex(bytes + [0]))
        seen.insert(ContentHash.hex([]))
        seen.insert(ContentHash.hex([0]))
        #expect(seen.count == bytes.count + 4)
    }
}
