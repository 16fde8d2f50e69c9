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

    /// Encodes equally long columns (at most 255 of them).
    public static func encode(_ columns: [[Double?]]) -> [UInt8] {
        let rowCount = columns.first?.count ?? 0
        precondition(columns.count <= 255 && rowCount <= Int(UInt32.max))
        precondition(columns.allSatisfy { $0.count == rowCount })
        let bitmapBytes = (rowCount + 7) / 8
        var capacity = 9 + columns.count
        var presentCounts: [Int] = []
        for column in columns {
            var present = 0
            for value in column where value != nil { present += 1 }
            presentCounts.append(present)
            capacity += present * 8 + (present > 0 && present < rowCount ? bitmapBytes : 0)
        }
        var out = [UInt8](repeating: 0, count: capacity)
        out.withUnsafeMutableBytes { buf in
            for (i, m) in magic.enumerated() { buf[i] = m }
            buf[4] = UInt8(columns.count)
            buf.storeBytes(of: UInt32(rowCount).littleEndian, toByteOffset: 5, as: UInt32.self)
            var p = 9
            for (index, column) in columns.enumerated() {
                let present = presentCounts[index]
                if present == 0 {
                    buf[p] = 0
                    p += 1
                    continue
                }
                buf[p] = present == rowCount ? 1 : 2
                p += 1
                let bitmap = p
                if present < rowCount { p += bitmapBytes }
                for row in 0..<rowCount {
                    guard let value = column[row] else { continue }
                    if present < rowCount { buf[bitmap + row >> 3] |= 1 << UInt8(row & 7) }
                    buf.storeBytes(of: value.bitPattern.littleEndian, toByteOffset: p, as: UInt64.self)
                    p += 8
                }
            }
            precondition(p == capacity)
        }
        return out
    }

    /// Decodes a blob written by `encode`: `columnCount` columns of equal length. Throws when
    /// the blob is damaged or holds another number of columns.
    public static func decode(_ bytes: [UInt8], columnCount expected: Int) throws(ColumnBlobError) -> [[Double?]] {
        guard bytes.count >= 9, Array(bytes[0..<4]) == magic else {
            throw .damaged("the blob does not start with the LCB1 header")
        }
        guard Int(bytes[4]) == expected else {
            throw .damaged("\(bytes[4]) columns stored, \(expected) expected")
        }
        let result: Result<[[Double?]], ColumnBlobError> = bytes.withUnsafeBytes { buf in
            let rows = Int(UInt32(littleEndian: buf.loadUnaligned(fromByteOffset: 5, as: UInt32.self)))
            let bitmapBytes = (rows + 7) / 8
            var p = 9
            var columns: [[Double?]] = []
            columns.reserveCapacity(expected)
            for column in 0..<expected {
                guard p < buf.count else { return .failure(.damaged("column \(column) is missing")) }
                let mode = buf[p]
                p += 1
                var values = [Double?](repeating: nil, count: rows)
                switch mode {
                case 0:
                    break
                case 1:
                    guard buf.count - p >= rows * 8 else { return .failure(.damaged("column \(column) is cut short")) }
                    for row in 0..<rows {
                        values[row] = Double(bitPattern: UInt64(littleEndian: buf.loadUnaligned(fromByteOffset: p, as: UInt64.self)))
                        p += 8
                    }
                case 2:
                    guard buf.count - p >= bitmapBytes else { return .failure(.damaged("column \(column) bitmap is cut short")) }
                    let bitmap = p
                    p += bitmapBytes
                    for row in 0..<rows where buf[bitmap + row >> 3] & (1 << UInt8(row & 7)) != 0 {
                        guard buf.count - p >= 8 else { return .failure(.damaged("column \(column) is cut short")) }
                        values[row] = Double(bitPattern: UInt64(littleEndian: buf.loadUnaligned(fromByteOffset: p, as: UInt64.self)))
                        p += 8
                    }
                default:
                    return .failure(.damaged("column \(column) has unknown mode \(mode)"))
                }
                columns.append(values)
            }
            guard p == buf.count else { return .failure(.damaged("\(buf.count - p) unexpected bytes after the last column")) }
            return .success(columns)
        }
        return try result.get()
    }
}

/// A stored column blob that cannot be read back.
public enum ColumnBlobError: Error, Sendable, Hashable, CustomStringConvertible {
    case damaged(String)

    /// The message, with what to do.
    public var description: String {
        switch self {
        case .damaged(let reason): "stored samples are damaged (\(reason)); re-import the original file"
        }
    }
}
