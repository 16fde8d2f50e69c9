import ArgumentParser
import Foundation
import LumbarCore
import LumbarFormats
import LumbarReport
import LumbarStore

/// `lumbar posture PATH`: running posture from the pose keypoints of a video (OpenPose JSON
/// frames, COCO-17 results, MediaPipe JSON/CSV); stores the result; `--compare A B` shows what
/// changed between two stored recordings.
public struct PostureCommand: AsyncParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "posture",
        abstract: "Measure running posture from a video's pose keypoints (trunk lean, alignment, overstride, pelvic drop, cadence).",
        discussion: """
            PATH is an OpenPose --write_json folder (or one frame file), a COCO-17 keypoint results \
            JSON, or MediaPipe landmarks in lumbar's JSON or CSV layout (docs/pose-formats.md). \
            Film 5-20 s of steady running, whole body and feet in the picture, from the side \
            (trunk lean, alignment, overstride) or from the front/back (pelvic drop). The result \
            is stored with its date; compare two recordings with --compare ID_A ID_B.
            """
    )

    @Argument(help: "Keypoint file or OpenPose folder.")
    public var path: String?
    @Option(help: "Frames per second of the video (needed when the file has no frame rate).")
    public var fps: Double?
    @Option(help: "side or front (default: detected from the keypoints).")
    public var view: String?
    @Option(help: "The day the video was filmed, YYYY-MM-DD (default: today).")
    public var date: String?
    @Option(name: .customLong("height-cm"), help: "Your height in cm, to give vertical oscillation in cm.")
    public var heightCentimeters: Double?
    @Option(help: "Image width in pixels (MediaPipe files without \"width\").")
    public var width: Double?
    @Option(help: "Image height in pixels (MediaPipe files without \"height\").")
    public var height: Double?
    @Flag(help: "Print the result as JSON.")
    public var json = false
    @Option(help: "Write the stick figure and angle traces as SVG to this file.")
    public var svg: String?
    @Option(parsing: .upToNextOption, help: "Compare two stored recordings: --compare ID_A ID_B.")
    public var compare: [Int64] = []
    @OptionGroup public var store: StoreOptions

    public init() {}

    /// A usage error: the message on standard error and exit code 2 (ArgumentParser's own
    /// `ValidationError` would exit with 64).
    static func usage(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("Error: \(message)\nSee 'lumbar posture --help'.\n".utf8))
        return ExitCode(2)
    }

    /// Checks the options before anything is read (exit code 2 on misuse).
    public func validate() throws {
        if !compare.isEmpty {
            guard compare.count == 2 else { throw PostureCommand.usage("--compare takes two recording ids, e.g. --compare 1 2.") }
            guard path == nil else { throw PostureCommand.usage("give either PATH or --compare, not both.") }
            return
        }
        guard path != nil else { throw PostureCommand.usage("give a keypoint file or folder, or --compare ID_A ID_B.") }
        if let fps, !(fps > 0 && fps <= 1000) { throw PostureCommand.usage("--fps must be between 0 and 1000 (got \(fps)).") }
        if let view, CameraView(rawValue: view) == nil { throw PostureCommand.usage("--view must be side or front (got \(view)).") }
        if let date, LocalDate(date) == nil { throw PostureCommand.usage("--date must be YYYY-MM-DD (got \(date)).") }
        if let h = heightCentimeters, !(h >= 100 && h <= 250) { throw PostureCommand.usage("--height-cm must be between 100 and 250.") }
    }

    /// Analyses PATH (or compares two recordings) and prints the result.
    public func run() async throws {
        let store = try await store.openForCommand()
        if compare.count == 2 {
            do {
                print(try await PostureCommand.compare(compare[0], compare[1], store: store), terminator: "")
            } catch let error as PostureCommandError {
                FileHandle.standardError.write(Data("lumbar posture: \(error)\n".utf8))
                throw ExitCode(2)
            }
            return
        }
        let now = Date().timeIntervalSince1970
        let today = LocalDate(utcSeconds: now, offsetSeconds: TimeZone.current.secondsFromGMT())
        let request = PostureRequest(
            path: path!, framesPerSecond: fps, view: view.flatMap(CameraView.init(rawValue:)),
            date: date.flatMap(LocalDate.init), heightCentimeters: heightCentimeters, imageWidth: width,
            imageHeight: height, json: json)
        do {
            let result = try await PostureCommand.analyse(request, store: store, today: today)
            if let svg { try Data(result.svg.utf8).write(to: URL(fileURLWithPath: svg)) }
            print(result.output, terminator: "")
        } catch let error as PoseFileError {
            FileHandle.standardError.write(Data("lumbar posture: \(error)\n".utf8))
            throw ExitCode(1)
        } catch let error as PostureAnalysisError {
            FileHandle.standardError.write(Data("lumbar posture: \(request.path): \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// What `lumbar posture PATH` was asked to do (the parsed options, testable without a process).
public struct PostureRequest: Sendable {
    /// The keypoint file or folder and the options of `lumbar posture`.
    public var path: String
    public var framesPerSecond: Double?
    public var view: CameraView?
    public var date: LocalDate?
    public var heightCentimeters: Double?
    public var imageWidth: Double?
    public var imageHeight: Double?
    public var json: Bool

    public init(path: String, framesPerSecond: Double? = nil, view: CameraView? = nil, date: LocalDate? = nil,
                heightCentimeters: Double? = nil, imageWidth: Double? = nil, imageHeight: Double? = nil, json: Bool = false) {
        self.path = path
        self.framesPerSecond = framesPerSecond
        self.view = view
        self.date = date
        self.heightCentimeters = heightCentimeters
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.json = json
    }
}

/// What one `lumbar posture PATH` produced.
public struct PostureRun: Sendable {
    /// The stored recording's id.
    public var id: Int64
    /// The table or JSON to print.
    public var output: String
    /// The chart (`--svg`).
    public var svg: String
    /// The findings, for the cause engine.
    public var findings: [Finding]
}

/// A `--compare` id that is not stored.
public enum PostureCommandError: Error, Sendable, CustomStringConvertible {
    case unknownRecording(Int64, known: [Int64])

    public var description: String {
        switch self {
        case .unknownRecording(let id, let known):
            known.isEmpty ? "no posture recording is stored yet; run lumbar posture PATH first."
                : "no posture recording with id \(id); stored ids: \(known.map(String.init).joined(separator: ", "))."
        }
    }
}

extension PostureCommand {
    /// Reads, analyses and stores one recording; returns what to print.
    public static func analyse(_ r: PostureRequest, store: any Store, today: LocalDate) async throws -> PostureRun {
        let sequence = try PoseFileReader.read(
            path: r.path, options: PoseReadOptions(framesPerSecond: r.framesPerSecond, imageWidth: r.imageWidth, imageHeight: r.imageHeight))
        let analysis = try PostureAnalyzer.analyze(sequence, options: PostureOptions(view: r.view, heightCentimeters: r.heightCentimeters))
        let date = r.date ?? today
        let findings = PostureFindings.findings(for: analysis, date: date)
        let id = try await store.savePosture(json: analysis.json(id: nil, date: date, findings: findings), date: date)
        let output = r.json
            ? analysis.json(id: id, date: date, findings: findings, pretty: true) + "\n"
            : PostureText.table(analysis, id: id, date: date, findings: findings)
        return PostureRun(id: id, output: output, svg: PostureSVG.render(analysis), findings: findings)
    }

    /// What changed between two stored recordings.
    public static func compare(_ a: Int64, _ b: Int64, store: any Store) async throws -> String {
        let stored = try await store.postures()
        func record(_ id: Int64) throws -> PostureRecord {
            guard let row = stored.first(where: { $0.id == id }) else {
                throw PostureCommandError.unknownRecording(id, known: stored.map(\.id))
            }
            return try PostureRecord(id: row.id, date: row.date, json: row.json)
        }
        return PostureText.comparison(try record(a), try record(b))
    }
}

extension PostureText {
    /// The comparison of two stored recordings: every metric either has, with the change.
    static func comparison(_ a: PostureRecord, _ b: PostureRecord) -> String {
        var out = "Posture recording \(a.id) (\(a.date), \(a.view) view) -> \(b.id) (\(b.date), \(b.view) view)\n"
        if a.view != b.view { out += "Note: the two videos were filmed from different views; only shared measures compare.\n" }
        out += "\n"
        var rows: [[String]] = [["Measure", "\(a.id)", "\(b.id)", "Change"]]
        if let ca = a.cadenceStepsPerMinute, let cb = b.cadenceStepsPerMinute {
            rows.append(["Cadence (steps/min)", num(ca, 0), num(cb, 0), signed(cb - ca, 1)])
        }
        for m in PostureMetric.allCases {
            let ma = a.metrics[m.rawValue], mb = b.metrics[m.rawValue]
            guard ma != nil || mb != nil else { continue }
            let digits = m.unit == "leg lengths" ? 2 : 1
            let change = ma.flatMap { x in mb.map { signed($0.mean - x.mean, digits) } } ?? "-"
            rows.append(["\(m.title) (\(m.unit))", ma.map { num($0.mean, digits) } ?? "-", mb.map { num($0.mean, digits) } ?? "-", change])
        }
        out += layout(rows)
        let gone = a.findingIDs.filter { !b.findingIDs.contains($0) && $0 != "postureVideoCadence" }
        let new = b.findingIDs.filter { !a.findingIDs.contains($0) && $0 != "postureVideoCadence" }
        if !gone.isEmpty { out += "\nNo longer flagged: \(gone.joined(separator: ", "))\n" }
        if !new.isEmpty { out += "\nNewly flagged: \(new.joined(separator: ", "))\n" }
        if gone.isEmpty && new.isEmpty { out += "\nThe same findings in both recordings.\n" }
        return out
    }
}
