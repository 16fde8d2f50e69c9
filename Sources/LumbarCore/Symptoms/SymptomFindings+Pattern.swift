extension SymptomFindings {
    static func locationFindings(_ s: Answers.Symptoms) -> [Finding] {
        var out: [Finding] = []
        let oneSide = s.location?.contains(.oneSideMuscle) == true
        if oneSide && s.localTenderness == true {
            out.append(finding(.oneSideLocalTenderness,
                text: "The pain sits in the muscle on one side and pressing one spot there reproduces it."))
        } else if oneSide {
            out.append(finding(.oneSideMusclePain,
                text: "The pain sits in the muscle on one side of the spine."))
        }
        if s.painOnContraction == true {
            out.append(finding(.painOnContraction,
                text: "Tensing or stretching the back muscles hurts."))
        }
        return out
    }

    static func legFindings(_ s: Answers.Symptoms) -> [Finding] {
        var out: [Finding] = []
        switch s.legPain {
        case .belowKnee?:
            let sides = s.legPainSides == .both ? " in both legs" : ""
            out.append(finding(.legPainBelowKnee,
                text: "Pain reaches below the knee\(sides), which suggests an irritated nerve root rather than a muscle."))
        case .aboveKnee?:
            out.append(finding(.legPainAboveKnee,
                text: "Pain spreads into the buttock or thigh but stops above the knee."))
        case .none?, nil:
            break
        }
        if let numb = s.numbness, numb != .none {
            let whereText = numb == .foot ? "foot" : "leg"
            out.append(finding(.legNumbness,
                text: "You feel numbness or tingling in the \(whereText)."))
        }
        return out
    }

    static func aggravatorFindings(_ s: Answers.Symptoms) -> [Finding] {
        var out: [Finding] = []
        let worse = Set(s.worseWith ?? [])
        let better = Set(s.betterWith ?? [])
        let flexion = worse.intersection([.sitting, .bendingForward])
        if !flexion.isEmpty {
            let words = [Answers.Aggravator.sitting, .bendingForward].filter(flexion.contains)
                .map { $0 == .sitting ? "sitting" : "bending forward" }.joined(separator: " and ")
            out.append(finding(.worseSittingOrBending,
                text: "It is worse with \(words)."))
        }
        let extensionSet: [Answers.Aggravator] = [.archingBack, .standing, .downhill]
        let ext = extensionSet.filter(worse.contains)
        if !ext.isEmpty {
            let words = ext.map { a -> String in
                switch a {
                case .archingBack: "arching back"
                case .standing: "standing"
                default: "running downhill"
                }
            }.joined(separator: ", ")
            out.append(finding(.extensionAggravated,
                text: "It is worse with \(words): the extension pattern."))
        }
        if better.contains(.sitting) {
            out.append(finding(.relievedBySitting, text: "Sitting eases it."))
        }
        if better.contains(.lyingDown) {
            out.append(finding(.relievedByLyingDown, text: "Lying down eases it."))
        }
        if worse.contains(.coughSneeze) {
            out.append(finding(.coughSneezeAggravated, text: "Coughing or sneezing makes it worse."))
        }
        return out
    }

    static func timingFindings(_ s: Answers.Symptoms) -> [Finding] {
        var out: [Finding] = []
        let timing = Set(s.timing ?? [])
        let worse = Set(s.worseWith ?? [])
        if timing.contains(.lateInLongRuns) || worse.contains(.longRuns) {
            out.append(finding(.painLateInLongRuns,
                text: "The pain comes late in long runs and grows with run length."))
        }
        if timing.contains(.fromStart) {
            out.append(finding(.painFromStartOfRuns,
                text: "The pain is there from the first minutes of a run."))
        }
        if s.selfObservedPosture == .leanForward || s.selfObservedPosture == .archedBack {
            let what = s.selfObservedPosture == .leanForward ? "lean forward" : "run with an arched back"
            out.append(finding(.selfObservedPostureFault,
                text: "You (or a coach) have seen that you \(what) when running; on its own this is a weak sign."))
        }
        return out
    }

    static func backgroundFindings(_ a: Answers) -> [Finding] {
        var out: [Finding] = []
        if let age = a.age, age >= SymptomThresholds.discAgeYears {
            out.append(finding(.ageFiftyOrMore, value: Double(age), unit: "years",
                threshold: Double(SymptomThresholds.discAgeYears),
                text: "At \(age), disc changes are common on scans even in people without pain, so age only nudges the estimate."))
        }
        if let minutes = a.symptoms.morningStiffnessMinutes, minutes >= 0 {
            let limit = Double(SymptomThresholds.mechanicalStiffnessMinutes)
            if minutes < SymptomThresholds.mechanicalStiffnessMinutes {
                out.append(finding(.shortMorningStiffness, value: Double(minutes), unit: "min",
                    threshold: limit,
                    text: "Morning stiffness lasts \(minutes) minutes (under 30): a mechanical pattern."))
            } else {
                out.append(finding(nil, id: "longMorningStiffness", value: Double(minutes), unit: "min",
                    threshold: limit, source: "R14; R15",
                    text: "Morning stiffness lasts \(minutes) minutes (30 or more), a feature of inflammatory back pain: the red-flag screen weighs it."))
            }
        }
        if let h = a.heightCm, let w = a.weightKg, h > 0, w > 0 {
            let bmi = w / ((h / 100) * (h / 100))
            if bmi > SymptomThresholds.bmiRisk {
                out.append(finding(nil, id: "bmiAbove24", value: JSONWriter.round(bmi, 1), unit: "kg/m2",
                    threshold: SymptomThresholds.bmiRisk, source: "R25",
                    text: "Your BMI is \(NumberText.format(bmi)) (over 24), a risk factor for back pain in runners; it does not point to one cause."))
            }
        }
        if let sessions = a.history.coreSessionsPerWeek, sessions >= 0 {
            if sessions == 0 {
                out.append(finding(.noCoreTraining, value: 0, unit: "sessions/week", threshold: 1,
                    text: "You do no core training at the moment."))
            } else if sessions >= SymptomThresholds.regularCoreSessionsPerWeek {
                out.append(finding(.regularCoreTraining, value: Double(sessions), unit: "sessions/week",
                    threshold: Double(SymptomThresholds.regularCoreSessionsPerWeek),
                    text: "You already do \(sessions) core sessions a week."))
            }
        }
        return out
    }
}
