/// Findings drawn from the runner's own answers (origin `answers`): the history items of
/// clinical.md 3.3 weighed with the rows of `Evidence.answerRows`.
///
/// A missing answer produces no finding (unknown is never "no"). Pure: the same answers give
/// the same findings in the same order.
public enum SymptomFindings {
    /// The `origin` every finding here carries.
    public static let origin = "answers"

    /// All findings the answers support, onset and course first, then the symptom pattern.
    public static func findings(from answers: Answers) -> [Finding] {
        var out: [Finding] = []
        out += onsetFindings(answers.episode)
        out += courseFindings(answers)
        out += locationFindings(answers.symptoms)
        out += legFindings(answers.symptoms)
        out += aggravatorFindings(answers.symptoms)
        out += timingFindings(answers.symptoms)
        out += backgroundFindings(answers)
        return out
    }

    static func finding(
        _ evidence: Evidence?, id: String? = nil, value: Double? = nil, unit: String? = nil,
        threshold: Double? = nil, source: String? = nil, text: String, dates: [LocalDate] = []
    ) -> Finding {
        Finding(
            id: id ?? evidence?.id ?? "", value: value, unit: unit, threshold: threshold,
            evidence: evidence, source: source, text: text, dates: dates, origin: origin)
    }

    /// The load changes that count as a training change for strain (R69, R68).
    static let loadChanges: Set<Answers.TrainingChange> = [
        .moreDistance, .longerLongRun, .moreSpeed, .moreHills, .returnAfterBreak,
    ]

    static func onsetFindings(_ e: Answers.Episode) -> [Finding] {
        var out: [Finding] = []
        let linked = e.linkedToRun == .duringRun || e.linkedToRun == .afterRun
        let runDate = e.linkedRunDate.map { [$0] } ?? []
        if e.onset == .sudden && linked {
            let when = e.linkedToRun == .duringRun ? "during" : "right after"
            let day = e.linkedRunDate.map { " on \(NumberText.date($0))" } ?? ""
            out.append(finding(.runLinkedSuddenOnset,
                text: "The pain came on suddenly \(when) a run\(day), as a strained muscle typically does.",
                dates: runDate))
        } else if e.onset == .sudden {
            out.append(finding(.suddenOnset, text: "The pain came on suddenly."))
        }
        let changes = e.trainingChange ?? []
        let load = changes.filter { loadChanges.contains($0) }
        if !load.isEmpty {
            let names = load.map(trainingChangeText).joined(separator: ", ")
            out.append(finding(.trainingChangeBeforeOnset,
                text: "In the weeks before it started your training changed: \(names)."))
        } else if e.onset == .gradual, e.trainingChange != nil {
            out.append(finding(.gradualOnsetNoLoadChange,
                text: "The pain came on gradually without a change in training."))
        }
        return out
    }

    static func trainingChangeText(_ c: Answers.TrainingChange) -> String {
        switch c {
        case .moreDistance: "more distance"
        case .longerLongRun: "a longer long run"
        case .moreSpeed: "more speed work"
        case .moreHills: "more hills"
        case .newShoes: "new shoes"
        case .newSurface: "a new surface"
        case .returnAfterBreak: "a return after a break"
        }
    }

    static func courseFindings(_ a: Answers) -> [Finding] {
        var out: [Finding] = []
        let e = a.episode
        if let days = e.durationDays, days >= 0 {
            if days < SymptomThresholds.acuteDays {
                out.append(finding(.acuteEpisode, value: Double(days), unit: "days",
                    threshold: Double(SymptomThresholds.acuteDays),
                    text: "This episode began \(days) days ago (under 6 weeks), the usual course of a strain."))
            } else if days > SymptomThresholds.chronicDays {
                out.append(finding(.chronicEpisode, value: Double(days), unit: "days",
                    threshold: Double(SymptomThresholds.chronicDays),
                    text: "This episode has lasted \(days) days (over 12 weeks), longer than a simple strain usually does."))
            }
        }
        if e.painBetweenEpisodes == true, let previous = e.previousEpisodes, previous >= 1 {
            out.append(finding(.persistentPainBetweenEpisodes, value: Double(previous), unit: "episodes",
                threshold: 1,
                text: "You have had \(previous) earlier episode\(previous == 1 ? "" : "s") and the pain persists between flare-ups."))
        }
        return out
    }
}
