import Foundation
import LumbarCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes the files of one export: folders 0700, files 0600 (health data stays private).
struct ArchiveWriter {
    let folder: String
    /// Relative paths written so far.
    private(set) var written: [String] = []

    init(folder: String) { self.folder = folder }

    func makeFolder(_ relative: String) throws {
        let path = relative.isEmpty ? folder : folder + "/" + relative
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreArchiveError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    mutating func write(_ relative: String, _ data: Data) throws {
        let path = folder + "/" + relative
        let fd = open(path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreArchiveError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        try data.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                #if canImport(Glibc)
                    let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                #else
                    let n = Darwin.write(fd, buffer.baseAddress! + done, buffer.count - done)
                #endif
                if n < 0 {
                    if errno == EINTR { continue }
                    throw StoreArchiveError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
                }
                done += n
            }
        }
        written.append(relative)
    }

    mutating func write(_ relative: String, _ text: String) throws { try write(relative, Data(text.utf8)) }
}

/// RFC 4180 CSV for the export's spreadsheet copies.
enum CSV {
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var text = header.map(field).joined(separator: ",") + "\r\n"
        for row in rows { text += row.map(field).joined(separator: ",") + "\r\n" }
        return text
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return "\(value)"
    }

    static let summaryHeader = [
        "id", "sport", "name", "start_utc_s", "utc_offset_s", "elapsed_s", "moving_s", "distance_m", "ascent_m", "descent_m",
        "average_heart_rate", "max_heart_rate", "perceived_exertion", "device", "gear", "notes", "commute", "samples", "sources",
    ]

    static func summaryRow(_ a: Activity, id: String) -> [String] {
        [id, a.sport.rawValue, a.name ?? "", number(a.start), a.utcOffsetSeconds.map(String.init) ?? "", number(a.elapsedSeconds),
         number(a.movingSeconds), number(a.distanceMeters), number(a.ascentMeters), number(a.descentMeters),
         number(a.averageHeartRate), number(a.maxHeartRate), number(a.perceivedExertion), a.device ?? "", a.gear ?? "",
         a.notes ?? "", a.commute.map { $0 ? "true" : "false" } ?? "", String(a.samples.count),
         a.sources.map(\.path).joined(separator: " | ")]
    }

    static func samples(_ samples: [Sample]) -> String {
        let header = ["time_utc_s", "latitude", "longitude", "altitude_m", "distance_m", "speed_m_s", "heart_rate", "cadence_spm",
                      "power_w", "vertical_oscillation_mm", "ground_contact_ms", "ground_contact_balance_pct", "step_length_mm", "vertical_ratio_pct"]
        return table(header, samples.map { s in
            [s.time, s.latitude, s.longitude, s.altitudeMeters, s.distanceMeters, s.speedMetersPerSecond, s.heartRate, s.cadence,
             s.powerWatts, s.verticalOscillationMillimeters, s.groundContactTimeMilliseconds, s.groundContactBalancePercent,
             s.stepLengthMillimeters, s.verticalRatioPercent].map(number)
        })
    }
}
