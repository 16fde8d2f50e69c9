import LumbarCore
import Testing
@testable import LumbarFormats

/// Damaged input: decode up to the damage, keep what was read, warn with the byte offset; throw
/// only when nothing usable was read. Never crash, never hang.
@Suite struct FITDamageTests {
    let reader = FITReader()
    typealias F = FITEncoder.Field

    func error(_ bytes: [UInt8]) -> FormatError? {
        do { _ = try reader.decode(bytes, file: "x.fit"); return nil } catch { return error }
    }

    @Test func emptyShortAndGarbageInputsThrowClearErrors() {
        #expect(error([]) == .empty(file: "x.fit"))
        #expect(error([14, 0x20, 0, 0]) == .damaged(file: "x.fit", offset: 0, reason: "only 4 bytes, shorter than a FIT header (12)"))
        #expect(error(Array("this is not a FIT file at all".utf8)) == .notRecognised(file: "x.fit"))
    }

    @Test func aWrongFileCRCWarnsAndKeepsTheData() throws {
        let (e, raws) = FITEncoder.run()
        var bytes = e.file()
        bytes[bytes.count - 1] ^= 0xFF
        let d = try reader.decode(bytes, file: "crc.fit")
        #expect(d.records == raws.map { FITEncoder.expected($0, running: true) })
        #expect(d.warnings.count == 1)
        #expect(d.warnings.first?.offset == bytes.count - 2)
        #expect(d.warnings.first?.message.contains("CRC") == true)
    }

    @Test func dataForAnUndefinedLocalMessageStopsThereAndKeepsWhatCameBefore() throws {
        var e = FITEncoder()
        e.fileID()
        e.defineRecord()
        e.record(RawRecord(time: FITEncoder.t0))
        e.record(RawRecord(time: FITEncoder.t0 + 1))
        let damageAt = 14 + e.data.count
        e.raw([0x0B, 1, 2, 3, 4])  // local 11 was never defined
        e.record(RawRecord(time: FITEncoder.t0 + 2))
        let d = try reader.decode(e.file(), file: "u.fit")
        #expect(d.records.count == 2)
        let w = try #require(d.warnings.first { $0.message.contains("undefined local message 11") })
        #expect(w.offset == damageAt)
        #expect(d.activities.count == 1)
    }

    @Test func aHeaderClaimingMoreDataThanTheFileHoldsWarnsAndKeepsRecords() throws {
        let (e, raws) = FITEncoder.run()
        let d = try reader.decode(e.file(dataSizeDelta: 19), file: "strava.fit")
        #expect(d.records.count == raws.count)
        #expect(d.warnings.first?.offset == 4)
        #expect(d.warnings.first?.message.contains("header says") == true)
    }

    @Test func aHeaderAloneWithAnOversizedDataSizeIsDamaged() {
        let e = FITEncoder()
        let bytes = Array(e.file(dataSizeDelta: 500).prefix(14))
        guard case .damaged(_, let offset, _)? = error(bytes) else {
            Issue.record("expected .damaged")
            return
        }
        #expect(offset == 4)
    }

    @Test func anUnknownByteOrderIsAHardError() {
        var e = FITEncoder()
        e.raw([0x40, 0, 7, 20, 0, 1, 253, 4, 0x86])
        guard case .damaged(_, let offset, let reason)? = error(e.file()) else {
            Issue.record("expected .damaged")
            return
        }
        #expect(offset == 16)
        #expect(reason.contains("byte order"))
    }

    @Test func everyTruncationDecodesOrFailsCleanly() throws {
        let (e, raws) = FITEncoder.run(records: 6)
        let full = e.file()
        var previous = 0
        var succeeded = false
        for length in 0...full.count {
            let prefix = Array(full.prefix(length))
            do {
                let d = try reader.decode(prefix, file: "t.fit")
                #expect(d.records.count >= previous && d.records.count <= raws.count)
                previous = d.records.count
                succeeded = true
                if length < full.count { #expect(!d.warnings.isEmpty) }
            } catch {
                // Before the first complete record nothing is usable; after it, never an error.
                #expect(!succeeded, "failed at length \(length): \(error)")
            }
        }
        #expect(previous == raws.count)
    }

    @Test func randomByteDamageNeverCrashes() {
        let (e, _) = FITEncoder.run(records: 20)
        let full = e.file()
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return seed >> 33
        }
        var decoded = 0
        for _ in 0..<2000 {
            var bytes = full
            for _ in 0..<(1 + Int(next() % 4)) {
                bytes[Int(next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: next())
            }
            if (try? reader.decode(bytes, file: "f.fit")) != nil { decoded += 1 }
        }
        #expect(decoded > 0)
    }

    @Test func oneByteEmptyRecordsDoNotFillMemory() {
        var e = FITEncoder()
        e.define(local: 0, global: 20, [])
        e.raw([UInt8](repeating: 0, count: 2_000_000))  // two million empty record messages
        #expect(error(e.file()) == .noActivity(file: "x.fit", reason: "the FIT file holds no records and no sessions"))
    }
}
