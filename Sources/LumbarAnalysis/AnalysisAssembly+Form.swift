import LumbarCore

extension AnalysisAssembly {
    /// Findings from running dynamics and from stored posture recordings.
    func formAndPostureFindings(runs: [Activity], asOf: LocalDate, missing: inout [MissingInput]) async throws -> [Finding] {
        []
    }
}
