/// The one likelihood table of the cause model (`lumbar-causes/1`): every row any analysis can
/// produce, each with its likelihood ratio per cause, its source and whether the number is
/// published or a documented default of clinical.md section 8 (item 8.1 for the model itself).
///
/// The rows are defined next to the analysis that produces them (answers, load, core tests,
/// pain diary, running form, posture) and joined here, so `lumbar analyze --model` can show
/// the whole model in one place.
public enum LikelihoodTable {
    /// The model version written into every result.
    public static var model: String { CauseModel.version }

    /// Every row, grouped by the evidence that produces it.
    public static var rows: [(group: String, rows: [Evidence])] {
        [
            ("answers", Evidence.answerRows),
            ("coreTests", Evidence.coreTestRows),
            ("load", Evidence.loadRows),
            ("painDiary", Evidence.diaryRows),
            ("form", Evidence.formRows),
            ("posture", Evidence.postureRows),
        ]
    }
}
