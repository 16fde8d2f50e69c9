/// A compact, bit-exact binary layout for a table of optional `Double` columns: how stores keep
/// an activity's samples and laps in one BLOB each instead of a row per point.
///
/// Layout (all integers little-endian):
/// ```
/// "LCB1"                      4 bytes magic
/// columnCount                 UInt8
/// rowCount                    UInt32
/// per column:  mode           UInt8   0 = never present, 1 = present in every row, 2 = some rows
///              bitmap         ceil(rowCount / 8) bytes, only for mode 2 (bit r of byte r/8 = row r)
///              values         Float64 bit patterns of the present rows, in row order
/// ```
/// Values are stored as their IEEE 754 bit patterns, so decoding gives back exactly the numbers
/// that were encoded (including signed zeros).
public enum ColumnBlob {
    static let magic: [UInt8] = Array("LCB1".utf8)

    /// Encodes `rowCount` rows; `value(row, column)` gives each cell.
    public static func encode(
        rowCount: Int, columnCount: Int, value: (_ row: Int, _ column: Int) -> Double?
    ) -> [UInt8] {
        precondition(columnCount <= 255 && rowCount <= Int(UInt32.max))
        var out = magic
        out.append(UInt8(columnCount))
        appendUInt32(UInt32(rowCount), to: &out)
        let bitmapBytes = (rowCount + 7) / 8
        var bitmap = [UInt8](repeating: 0, count: bitmapBytes)
        var values: [UInt64] = []
        values.reserveCapacity(rowCount)
        for column in 0..<columnCount {
            for i in bitmap.indices { bitmap[i] = 0 }
            values.removeAll(keepingCapacity: true)
            for row in 0..<rowCount {
                if let v = value(row, column) {
                    bitmap[row >> 3] |= 1 << UInt8(row & 7)
                    values.append(v.bitPattern)
                }
            }
            if values.isEmpty {
                out.append(0)
                continue
            }
            if values.count == rowCount {
                out.append(1)
            } else {
                out.append(2)
                out.append(contentsOf: bitmap)
            }
            out.reserveCapacity(out.count + values.count * 8)
            for bits in values {
                var b = bits
                for _ in 0..<8 {
                    out.append(UInt8(truncatingIfNeeded: b))
                    b >>= 8
                }
            }
        }
        return out
    }

    /// Decodes a blob written by `encode`, calling `set(row, column, value)` for every present
    /// cell. Returns the row count. Throws when the blob is damaged or has another column count.
    public static func decode(
        _ bytes: [UInt8], columnCount expected: Int, set: (_ row: Int, _ column: Int, _ value: Double) -> Void
    ) throws(ColumnBlobError) -> Int {
        guard bytes.count >= 9, Array(bytes[0..<4]) == magic else {
            throw .damaged("the blob does not start with the LCB1 header")
        }
        guard Int(bytes[4]) == expected else {
            throw .damaged("\(bytes[4]) columns stored, \(expected) expected")
        }
        let rows = Int(bytes[5]) | Int(bytes[6]) << 8 | Int(bytes[7]) << 16 | Int(bytes[8]) << 24
        var p = 9
        let bitmapBytes = (rows + 7) / 8
        for column in 0..<expected {
            guard p < bytes.count else { throw .damaged("column \(column) is missing") }
            let mode = bytes[p]
            p += 1
            switch mode {
            case 0:
                continue
            case 1:
                guard bytes.count - p >= rows * 8 else { throw .damaged("column \(column) is cut short") }
                for row in 0..<rows {
                    set(row, column, readDouble(bytes, p))
                    p += 8
                }
            case 2:
                guard bytes.count - p >= bitmapBytes else { throw .damaged("column \(column) bitmap is cut short") }
                let bitmapStart = p
                p += bitmapBytes
                for row in 0..<rows where bytes[bitmapStart + row >> 3] & (1 << UInt8(row & 7)) != 0 {
                    guard bytes.count - p >= 8 else { throw .damaged("column \(column) is cut short") }
                    set(row, column, readDouble(bytes, p))
                    p += 8
                }
            default:
                throw .damaged("column \(column) has unknown mode \(mode)")
            }
        }
        guard p == bytes.count else { throw .damaged("\(bytes.count - p) unexpected bytes after the last column") }
        return rows
    }

    private static func appendUInt32(_ v: UInt32, to out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: v))
        out.append(UInt8(truncatingIfNeeded: v >> 8))
        out.append(UInt8(truncatingIfNeeded: v >> 16))
        out.append(UInt8(truncatingIfNeeded: v >> 24))
    }

    @inline(__always)
    private static func readDouble(_ bytes: [UInt8], _ p: Int) -> Double {
        var bits: UInt64 = 0
        for k in stride(from: 7, through: 0, by: -1) { bits = bits << 8 | UInt64(bytes[p + k]) }
        return Double(bitPattern: bits)
    }
}

/// A stored column blob that cannot be read back.
public enum ColumnBlobError: Error, Sendable, Hashable, CustomStringConvertible {
    case damaged(String)

    public var description: String {
        switch self {
        case .damaged(let reason): "stored samples are damaged (\(reason)); re-import the original file"
        }
    }
}
