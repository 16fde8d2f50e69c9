import LumbarCore

extension AnalysisAssembly {
    /// How long a posture recording stays current: running form changes with training, so the
    /// latest side and front recordings of the last 180 days are used (design choice).
    static let postureRecordingDays = 180

    /// Findings from running dynamics (the watch) and from the latest stored side-view and
    /// front-view posture recordings (video keypoints); the inputs missing are listed.
    func formAndPostureFindings(runs: [Activity], asOf: LocalDate, missing: inout [MissingInput]) async throws -> [Finding] {
        // Running dynamics from the watch (clinical.md 5.3, 8.4-8.6).
        var findings: [Finding] = []
        let history = FormAnalysis.history(runs, asOf: asOf)
        findings += history.findings
        if !runs.contains(where: Self.hasRunningDynamics) {
            missing.append(MissingInput(input: "runningDynamics", origin: "form", rows: Evidence.formRows))
        }

        var latestByView: [String: (id: Int64, date: LocalDate, json: String)] = [:]
        for record in try await store.postures()
        where record.date <= asOf && record.date.days(to: asOf) <= Self.postureRecordingDays {
            let view = PostureFindings.view(storedJSON: record.json) ?? "side"
            if let current = latestByView[view], (current.date, current.id) > (record.date, record.id) { continue }
            latestByView[view] = record
        }
        for view in latestByView.keys.sorted() {
            let record = latestByView[view]!
            findings += PostureFindings.findings(storedJSON: record.json, date: record.date)
        }
        if latestByView.isEmpty {
            missing.append(MissingInput(input: "postureVideo", origin: "posture", rows: Evidence.postureRows))
        }
        return findings
    }

    /// Whether a run recorded ground contact time or vertical oscillation (a chest strap, pod or
    /// newer watch), which the fatigue-drift analysis needs besides cadence.
    static func hasRunningDynamics(_ run: Activity) -> Bool {
        run.samples.contains { $0.groundContactTimeMilliseconds != nil || $0.verticalOscillationMillimeters != nil }
    }
}
