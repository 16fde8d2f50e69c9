/// RFC 4180 CSV as Strava writes it: quoted fields with embedded commas, doubled quotes and
/// newlines (CRLF or LF), an optional UTF-8 BOM, rows of different lengths tolerated.
struct CSVTable: Sendable {
    /// The header row, as written (duplicates kept, in order).
    var header: [String]
    /// The data rows.
    var rows: [[String]]

    /// Parses `bytes`. An unterminated quote ends the last field at the end of the data.
    init(_ bytes: [UInt8]) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var i = start
        let n = bytes.count
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
            record = []
        }
        while i < n {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < n, bytes[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(b)
                }
            } else {
                switch b {
                case 0x22 where field.isEmpty: quoted = true
                case 0x2C: endField()
                case 0x0A: endRecord()
                case 0x0D:
                    if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                    endRecord()
                default: field.append(b)
                }
            }
            i += 1
        }
        if !field.isEmpty || !record.isEmpty { endRecord() }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }
}
