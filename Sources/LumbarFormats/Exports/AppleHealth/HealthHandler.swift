import LumbarCore

/// Streams an Apple Health `export.xml`: keeps running workouts (with their statistics, metadata
/// and route references) and the running-form and heart-rate records in a compact form; every
/// other element is dismissed on its name code, and other records on the bytes of their `type`
/// attribute, before any string is made.
final class HealthHandler: XMLEventHandler {
    private enum Code {
        static let healthData: UInt8 = 1, record: UInt8 = 2, workout: UInt8 = 3, statistics: UInt8 = 4
        static let route: UInt8 = 5, fileReference: UInt8 = 6, location: UInt8 = 7, metadata: UInt8 = 8
    }

    /// At most this many records are held (16 bytes each: 128 MB); later ones are dropped with a
    /// warning. A 2 GB export holds about 4 M heart-rate and step records.
    static let maximumRecords = 8_000_000

    private(set) var workouts: [HealthWorkout] = []
    /// The kept records; `takeRecords()` hands them over and frees the handler's copy.
    private var records: [HealthRecord] = []
    private(set) var droppedRecords = 0
    /// Workouts of other sports, counted.
    private(set) var otherWorkouts: [Sport: Int] = [:]
    /// The latest resting heart rate (time, beats/min).
    private(set) var restingHeartRate: (time: Double, value: Double)?
    /// Source names by index.
    private(set) var sourceNames: [String] = []
    private var sourceIndex: [[UInt8]: UInt16] = [:]
    private var lastSourceBytes: [UInt8] = []
    private var lastSource: UInt16 = 0
    private var current: HealthWorkout?

    /// `expectedBytes`: the document's size. The record buffer is reserved once for the most it
    /// may need (one record per 100 bytes, at most `maximumRecords`), so it never grows by
    /// copying; pages the parse does not reach are never touched and cost no memory.
    init(expectedBytes: Int = 0) {
        super.init(names: XMLNameTable([
            "HealthData", "Record", "Workout", "WorkoutStatistics", "WorkoutRoute", "FileReference", "Location", "MetadataEntry",
        ]))
        records.reserveCapacity(min(Self.maximumRecords, max(1 << 16, expectedBytes / 100)))
    }

    /// The kept records (the handler keeps none afterwards).
    func takeRecords() -> [HealthRecord] {
        defer { records = [] }
        return records
    }

    override func start(_ code: UInt8, parent: UInt8, attributes: XMLAttributes) -> Bool {
        switch code {
        case Code.record where parent == Code.healthData: record(attributes)
        case Code.workout where parent == Code.healthData: startWorkout(attributes)
        case Code.metadata where parent == Code.workout: metadata(attributes)
        case Code.statistics where parent == Code.workout: statistics(attributes)
        case Code.fileReference where parent == Code.route:
            if let path = attributes.value("path") { current?.routePaths.append(XMLBytes.string(path)) }
        case Code.location where parent == Code.route: location(attributes)
        default: break
        }
        return false
    }

    override func end(_ code: UInt8, parent: UInt8, text: UnsafeBufferPointer<UInt8>?) {
        if code == Code.workout, parent == Code.healthData, let workout = current {
            workouts.append(workout)
            current = nil
        }
    }

    // MARK: Records

    private static let quantityPrefix: StaticString = "HKQuantityTypeIdentifier"

    @inline(__always)
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, _ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard bytes.count - offset == n else { return false }
        let p = literal.utf8Start
        for i in 0..<n where bytes[offset + i] != p[i] { return false }
        return true
    }

    @inline(__always)
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        let p = literal.utf8Start
        for i in 0..<n where bytes[i] != p[i] { return false }
        return true
    }

    private enum Wanted { case form(HealthRecord.Kind), resting }

    @inline(__always)
    private static func wanted(_ type: UnsafeBufferPointer<UInt8>) -> Wanted? {
        // Every kept type is a quantity type; the suffix decides, by length first.
        guard type.count >= 33, type.count < 59, hasPrefix(type, quantityPrefix) else { return nil }
        let o = 24
        switch type.count - o {
        case 9: return equal(type, from: o, "HeartRate") ? .form(.heartRate) : (equal(type, from: o, "StepCount") ? .form(.cadence) : nil)
        case 12: return equal(type, from: o, "RunningPower") ? .form(.power) : (equal(type, from: o, "RunningSpeed") ? .form(.speed) : nil)
        case 16: return equal(type, from: o, "RestingHeartRate") ? .resting : nil
        case 19: return equal(type, from: o, "RunningStrideLength") ? .form(.stepLength) : nil
        case 24: return equal(type, from: o, "RunningGroundContactTime") ? .form(.groundContactTime) : nil
        case 26: return equal(type, from: o, "RunningVerticalOscillation") ? .form(.verticalOscillation) : nil
        default: return nil
        }
    }

    private func record(_ a: XMLAttributes) {
        guard let type = a.value("type"), let wanted = Self.wanted(type),
            let startText = a.value("startDate"), let start = HealthDate.parse(startText),
            let valueText = a.value("value"), var value = XMLBytes.double(valueText)
        else { return }
        let end = a.value("endDate").flatMap(HealthDate.parse)?.utc ?? start.utc
        let kind: HealthRecord.Kind
        switch wanted {
        case .resting:
            if restingHeartRate == nil || restingHeartRate!.time < start.utc { restingHeartRate = (start.utc, value) }
            return
        case .form(let k): kind = k
        }
        let duration = max(0, end - start.utc)
        switch kind {
        case .cadence:
            guard duration > 0 else { return }
            value = value / duration * 60
        case .verticalOscillation, .stepLength:
            guard let factor = a.value("unit").map(XMLBytes.string).flatMap(HealthUnits.millimeters) else { return }
            value *= factor
        case .speed:
            guard let factor = a.value("unit").map(XMLBytes.string).flatMap(HealthUnits.metersPerSecond) else { return }
            value *= factor
        default: break
        }
        guard records.count < Self.maximumRecords else {
            droppedRecords += 1
            return
        }
        let source = a.value("sourceName").map(sourceID) ?? 0
        records.append(HealthRecord(
            start: Int32(clamping: Int(start.utc - HealthRecord.epoch2001)), duration: Int32(clamping: Int(duration)),
            value: Float(value), kind: kind, source: source))
    }

    /// The index of a source name; the last one is remembered (records come grouped by source).
    private func sourceID(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
        if bytes.count == lastSourceBytes.count, lastSourceBytes.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) {
            return lastSource
        }
        let key = Array(bytes)
        let id: UInt16
        if let known = sourceIndex[key] {
            id = known
        } else {
            id = UInt16(clamping: sourceNames.count)
            sourceNames.append(String(decoding: key, as: UTF8.self))
            sourceIndex[key] = id
        }
        lastSourceBytes = key
        lastSource = id
        return id
    }

    // MARK: Workouts

    private func startWorkout(_ a: XMLAttributes) {
        current = nil
        guard let type = a.value("workoutActivityType") else { return }
        let name = XMLBytes.string(type)
        guard name == "HKWorkoutActivityTypeRunning" else {
            otherWorkouts[Self.sport(name), default: 0] += 1
            return
        }
        guard let startText = a.value("startDate"), let start = HealthDate.parse(startText),
            let endText = a.value("endDate"), let end = HealthDate.parse(endText)
        else { return }
        let sourceBytes = a.value("sourceName")
        let sourceName = sourceBytes.map(XMLBytes.string) ?? ""
        var workout = HealthWorkout(
            start: start.utc, end: max(end.utc, start.utc), offset: start.offset,
            source: sourceBytes.map(sourceID) ?? 0, sourceName: sourceName,
            identity: "apple-health-workout|\(sourceName)|\(XMLBytes.string(startText))|\(XMLBytes.string(endText))")
        if let d = a.value("duration").flatMap(XMLBytes.double) { workout.durationSeconds = d * HealthUnits.seconds(a.value("durationUnit")) }
        if let d = a.value("totalDistance").flatMap(XMLBytes.double), let f = HealthUnits.meters(a.value("totalDistanceUnit")) {
            workout.distanceMeters = d * f
        }
        workout.device = a.value("device").map(XMLBytes.string).flatMap(Self.deviceName)
        current = workout
    }

    private func metadata(_ a: XMLAttributes) {
        guard current != nil, let key = a.value("key"), let value = a.value("value") else { return }
        switch XMLBytes.string(key) {
        case "HKTimeZone": current?.timeZone = XMLBytes.string(value)
        case "HKIndoorWorkout": current?.indoor = XMLBytes.string(value) == "1"
        default: break
        }
    }

    private func statistics(_ a: XMLAttributes) {
        guard current != nil, let type = a.value("type") else { return }
        switch XMLBytes.string(type) {
        case "HKQuantityTypeIdentifierDistanceWalkingRunning":
            if let sum = a.value("sum").flatMap(XMLBytes.double), let f = HealthUnits.meters(a.value("unit")) {
                current?.distanceMeters = sum * f
            }
        case "HKQuantityTypeIdentifierHeartRate":
            current?.averageHeartRate = a.value("average").flatMap(XMLBytes.double)
            current?.maxHeartRate = a.value("maximum").flatMap(XMLBytes.double)
        default: break
        }
    }

    private func location(_ a: XMLAttributes) {
        guard current != nil, let date = a.value("date").flatMap(HealthDate.parse) else { return }
        current?.locations.append(Sample(
            time: date.utc, latitude: a.value("latitude").flatMap(XMLBytes.double),
            longitude: a.value("longitude").flatMap(XMLBytes.double), altitudeMeters: a.value("altitude").flatMap(XMLBytes.double),
            speedMetersPerSecond: a.value("speed").flatMap(XMLBytes.double).flatMap { $0 >= 0 ? $0 : nil }))
    }

    /// `name:Apple Watch` out of the escaped `<<HKDevice: 0x...>, name:Apple Watch, ...>` string.
    static func deviceName(_ text: String) -> String? {
        guard let range = text.range(of: "name:") else { return nil }
        let rest = text[range.upperBound...]
        let name = rest.prefix { $0 != "," && $0 != ">" }.trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    /// `HKWorkoutActivityType*` of other workouts as a `Sport`, for the skipped counts.
    static func sport(_ type: String) -> Sport {
        switch type {
        case "HKWorkoutActivityTypeWalking": .walking
        case "HKWorkoutActivityTypeHiking": .hiking
        case "HKWorkoutActivityTypeCycling": .cycling
        case "HKWorkoutActivityTypeSwimming": .swimming
        default: .other
        }
    }
}

import Foundation
