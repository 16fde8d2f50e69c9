extension MissingInput {
    /// The pain diary as a missing input (use while fewer than `PainDiaryAnalysis.minimumRuns`
    /// runs have pain logged): it could produce any of `Evidence.diaryRows`.
    public static let painDiary = MissingInput(
        input: "painDiary", origin: PainDiaryAnalysis.origin, rows: Evidence.diaryRows)
}
