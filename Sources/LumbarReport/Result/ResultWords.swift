import LumbarCore

/// Words shared by the human renderers.
public enum ResultWords {
    /// What an urgency means to do, in one line.
    public static func urgencyAction(_ u: Urgency) -> String {
        switch u {
        case .emergency: "EMERGENCY: go to an emergency department now (today, within hours). Do not run."
        case .urgent: "URGENT: see a clinician within 24-48 hours. Stop running until then."
        case .soon: "SOON: see your GP or physiotherapist within about 1-2 weeks."
        case .none: "No red flag was raised by your answers."
        }
    }

    /// A level as a phrase.
    public static func level(_ l: CauseLevel) -> String {
        switch l {
        case .likely: "likely"
        case .possible: "possible"
        case .unlikely: "unlikely"
        case .unknown: "not enough to tell"
        }
    }

    /// The title of a plan block.
    public static func planTitle(_ cause: String) -> String {
        if let c = Cause(rawValue: cause) { return c.title }
        switch cause {
        case "redFlags": return "Red flags: do this first"
        case "general": return "While the picture is unclear"
        default: return cause
        }
    }

    /// The applied weight as people read it: `x1.5` or `x0.7`.
    public static func ratio(_ r: Double) -> String { "x" + NumberText.format(r, decimals: 2) }

    /// A measured value with unit, or an empty string.
    public static func value(_ f: Finding) -> String {
        guard let v = f.value else { return "" }
        return NumberText.format(v, decimals: 2) + (f.unit.map { " " + $0 } ?? "")
    }

    /// The not-a-diagnosis statement (clinical.md product-safety note).
    public static let notADiagnosis =
        "This is not a diagnosis. lumbar shows which of four common causes of back pain after running is most consistent with your data, how sure it is and why. Only a clinician who examines you can diagnose. Red flags always come first: if one applies, act on it before anything else."

    /// Name of an input for people.
    public static func input(_ name: String) -> String {
        switch name {
        case "coreTests": return "core endurance tests (McGill battery)"
        case "postureVideo": return "a side-on video of you running (pose keypoints)"
        case "runningDynamics": return "watch running dynamics (cadence, contact time, oscillation)"
        case "runs": return "more imported runs"
        case "painDiary": return "a pain diary after runs (8 or more runs)"
        default:
            if name.hasPrefix("redFlags.") { return "red-flag question: \(name.dropFirst(9))" }
            if let q = questions[name] { return "question: \(q)" }
            return "question: \(name)"
        }
    }

    /// The questionnaire fields as people read them.
    static let questions: [String: String] = [
        "episode.onset": "did it start suddenly or gradually?",
        "episode.trainingChange": "what changed in your training before it started?",
        "episode.durationDays": "how long ago did this episode start?",
        "episode.painBetweenEpisodes": "does pain persist between flare-ups?",
        "symptoms.location": "where exactly does it hurt?",
        "symptoms.localTenderness": "does pressing one spot beside the spine reproduce it?",
        "symptoms.painOnContraction": "does tensing or stretching the back muscles hurt?",
        "symptoms.legPain": "does pain go into the leg, and how far?",
        "symptoms.numbness": "any numbness or tingling in the leg or foot?",
        "symptoms.timing": "when does it hurt relative to running?",
        "symptoms.worseWith": "what makes it worse?",
        "symptoms.betterWith": "what makes it better?",
        "symptoms.morningStiffnessMinutes": "how long is your back stiff after getting up?",
        "symptoms.selfObservedPosture": "how do you look when running (photo, mirror, coach)?",
        "history.coreSessionsPerWeek": "how many core sessions do you do a week?",
    ]
}
