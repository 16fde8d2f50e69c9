import Testing
@testable import LumbarCore

/// One test per rule and tier, with negative controls (clinical.md 1, 8.15).
@Suite("Red-flag screen")
struct RedFlagScreenTests {
    /// Every red-flag question answered "no", plus leg pain none: a complete, clean screen.
    static func clean(age: Int = 40) -> Answers {
        var a = Answers()
        a.age = age
        for key in Answers.RedFlags.keys { a.redFlags[key] = false }
        a.symptoms.legPain = Answers.LegPain.none
        a.episode.durationDays = 10
        return a
    }

    static func flag(_ a: Answers, _ id: RedFlagID) -> RedFlag? {
        RedFlagScreen.evaluate(a).redFlags.first { $0.id == id }
    }

    @Test func cleanScreenIsNoneWithSafetyNetAndNoUnknowns() {
        let r = RedFlagScreen.evaluate(Self.clean())
        #expect(r.urgency == .none && r.redFlags.isEmpty && r.unknowns.isEmpty)
        #expect(r.safetyNet.contains(SafetyNet.caudaEquina) && r.safetyNet.contains(SafetyNet.rescreen))
    }

    @Test(arguments: ["bladderChange", "bowelChange", "saddleNumbness", "sexualDysfunction"])
    func newCaudaEquinaItemIsEmergency(key: String) {
        var a = Self.clean()
        a.redFlags[key] = true
        a.redFlags.symptomsNewWithin14Days = true
        let f = Self.flag(a, .caudaEquina)
        #expect(f?.urgency == .emergency)
        #expect(f?.because == [key, "symptomsNewWithin14Days"])
        #expect(f?.advice.contains("emergency") == true)
        #expect(RedFlagScreen.evaluate(a).urgency == .emergency)
    }

    @Test func caudaEquinaOfUnknownAgeIsEmergency() {
        var a = Self.clean()
        a.redFlags.bladderChange = true
        a.redFlags.symptomsNewWithin14Days = nil
        let r = RedFlagScreen.evaluate(a)
        #expect(r.urgency == .emergency)
        #expect(r.unknowns == ["redFlags.symptomsNewWithin14Days"])
    }

    @Test func stableCaudaEquinaOverTwoWeeksIsUrgent() {
        var a = Self.clean()
        a.redFlags.saddleNumbness = true
        a.redFlags.symptomsNewWithin14Days = false
        #expect(Self.flag(a, .caudaEquina)?.urgency == .urgent)
        #expect(RedFlagScreen.evaluate(a).urgency == .urgent)
    }

    @Test func bilateralLegPainIsCaudaEquina() {
        var a = Self.clean()
        a.symptoms.legPain = .belowKnee
        a.symptoms.legPainSides = .both
        a.redFlags.symptomsNewWithin14Days = true
        let f = Self.flag(a, .caudaEquina)
        #expect(f?.urgency == .emergency)
        #expect(f?.because.contains("symptoms.legPainSides") == true)
    }

    @Test func oneSidedSciaticaAloneIsNotCaudaEquina() {
        var a = Self.clean()
        a.symptoms.legPain = .belowKnee
        a.symptoms.legPainSides = .one
        a.symptoms.numbness = Answers.Numbness.none
        let r = RedFlagScreen.evaluate(a)
        #expect(r.urgency == .none && r.redFlags.isEmpty)
    }

    @Test func bothSidesWithoutLegPainIsNotBilateral() {
        var a = Self.clean()
        a.symptoms.legPainSides = .both
        #expect(Self.flag(a, .caudaEquina) == nil)
    }

    @Test func worseningWeaknessIsEmergency() {
        var a = Self.clean()
        a.redFlags.legWeaknessWorsening = true
        a.redFlags.symptomsNewWithin14Days = false
        let f = Self.flag(a, .progressiveNeuroDeficit)
        #expect(f?.urgency == .emergency && f?.because == ["legWeaknessWorsening"])
        #expect(Self.flag(a, .caudaEquina) == nil)
    }

    @Test func worseningWeaknessInBothLegsIsAlsoCaudaEquina() {
        var a = Self.clean()
        a.symptoms.legPain = .aboveKnee
        a.symptoms.legPainSides = .both
        a.redFlags.legWeaknessWorsening = true
        a.redFlags.symptomsNewWithin14Days = false
        #expect(Self.flag(a, .caudaEquina)?.urgency == .emergency)
        #expect(Self.flag(a, .caudaEquina)?.because.contains("legWeaknessWorsening") == true)
    }

    @Test func stableFootDropIsUrgent() {
        var a = Self.clean()
        a.redFlags.footDrop = true
        a.redFlags.symptomsNewWithin14Days = false
        #expect(Self.flag(a, .progressiveNeuroDeficit)?.urgency == .urgent)
    }

    @Test func nerveRootIrritationIsSoon() {
        var a = Self.clean()
        a.symptoms.legPain = .belowKnee
        a.symptoms.legPainSides = .one
        a.symptoms.numbness = .foot
        let f = Self.flag(a, .nerveRootIrritation)
        #expect(f?.urgency == .soon && f?.because == ["symptoms.legPain", "symptoms.numbness"])
        a.symptoms.legPain = .aboveKnee
        #expect(Self.flag(a, .nerveRootIrritation) == nil)
    }

    @Test func feverAndUnwellIsEmergency() {
        var a = Self.clean()
        a.redFlags.fever = true
        a.redFlags.unwell = true
        #expect(Self.flag(a, .infection)?.urgency == .emergency)
    }

    @Test(arguments: ["fever", "recentInfection", "ivDrugUse", "immunosuppressed"])
    func infectionRiskWithConstantNightPainIsUrgent(key: String) {
        var a = Self.clean()
        a.redFlags[key] = true
        a.redFlags.constantNightPain = true
        let f = Self.flag(a, .infection)
        #expect(f?.urgency == .urgent && f?.because == [key, "constantNightPain"])
    }

    @Test func feverAloneIsSafetyNetOnly() {
        var a = Self.clean()
        a.redFlags.fever = true
        let r = RedFlagScreen.evaluate(a)
        #expect(r.urgency == .none)
        #expect(r.safetyNet.contains { $0.contains("a fever") && $0.contains("R4") })
    }

    @Test func cancerHistoryAloneIsSoon() {
        var a = Self.clean()
        a.redFlags.historyOfCancer = true
        let f = Self.flag(a, .malignancy)
        #expect(f?.urgency == .soon && f?.because == ["historyOfCancer"])
        #expect(f?.advice.contains("R3") == true)
    }

    @Test func cancerWithNightPainWeightLossOrAgeIsUrgent() {
        for tweak in [{ (a: inout Answers) in a.redFlags.constantNightPain = true },
                      { (a: inout Answers) in a.redFlags.unexplainedWeightLoss = true },
                      { (a: inout Answers) in a.age = 51 }] {
            var a = Self.clean()
            a.redFlags.historyOfCancer = true
            tweak(&a)
            #expect(Self.flag(a, .malignancy)?.urgency == .urgent)
        }
        var at50 = Self.clean(age: 50)
        at50.redFlags.historyOfCancer = true
        #expect(Self.flag(at50, .malignancy)?.urgency == .soon)
    }

    @Test func cancerWithNerveSymptomsIsEmergency() {
        var a = Self.clean()
        a.redFlags.historyOfCancer = true
        a.redFlags.footDrop = true
        #expect(Self.flag(a, .malignancy)?.urgency == .emergency)
    }

    @Test func majorTraumaIsEmergency() {
        var a = Self.clean()
        a.redFlags.majorTrauma = true
        #expect(Self.flag(a, .fracture)?.urgency == .emergency)
    }

    @Test func fragileSpineWithMinorTraumaIsUrgent() {
        for tweak in [{ (a: inout Answers) in a.age = 71 },
                      { (a: inout Answers) in a.redFlags.longTermSteroids = true },
                      { (a: inout Answers) in a.redFlags.osteoporosis = true }] {
            var a = Self.clean()
            a.redFlags.minorTraumaOrStrain = true
            tweak(&a)
            #expect(Self.flag(a, .fracture)?.urgency == .urgent)
        }
    }

    @Test func minorStrainAtFortyIsNoFlag() {
        var a = Self.clean()
        a.redFlags.minorTraumaOrStrain = true
        #expect(RedFlagScreen.evaluate(a).urgency == .none)
    }

    @Test func twoFractureRisksWithoutTraumaIsSoonOneIsSafetyNet() {
        var a = Self.clean(age: 75)
        a.redFlags.osteoporosis = true
        #expect(Self.flag(a, .fracture)?.urgency == .soon)
        var one = Self.clean()
        one.redFlags.longTermSteroids = true
        let r = RedFlagScreen.evaluate(one)
        #expect(r.urgency == .none && r.safetyNet.contains { $0.contains("long-term steroid use") })
    }

    @Test func ageAloneIsNotAnAlarm() {
        for age in [55, 75, 100] {
            let r = RedFlagScreen.evaluate(Self.clean(age: age))
            #expect(r.urgency == .none && r.redFlags.isEmpty)
            #expect(r.safetyNet.contains { $0.contains("age over 50") })
        }
    }

    @Test func weightLossOrNightPainAloneIsSafetyNet() {
        for key in ["unexplainedWeightLoss", "constantNightPain"] {
            var a = Self.clean()
            a.redFlags[key] = true
            let r = RedFlagScreen.evaluate(a)
            #expect(r.urgency == .none && r.redFlags.isEmpty && r.safetyNet.count == 5)
        }
    }

    @Test func aorticAneurysmIsEmergency() {
        var a = Self.clean(age: 68)
        a.redFlags.suddenSeverePainWithAbdominalPulsation = true
        let f = Self.flag(a, .aorticAneurysm)
        #expect(f?.urgency == .emergency && f?.advice.contains("emergency number") == true)
    }

    @Test func adolescentPersistentPainWorseOnArchingIsSoon() {
        var a = Self.clean(age: 16)
        a.episode.durationDays = 21
        a.symptoms.worseWith = [.archingBack, .longRuns]
        #expect(Self.flag(a, .adolescentStressFracture)?.urgency == .soon)
        a.episode.durationDays = 10
        #expect(Self.flag(a, .adolescentStressFracture) == nil)
        var unknownArching = Self.clean(age: 15)
        unknownArching.episode.durationDays = nil
        let r = RedFlagScreen.evaluate(unknownArching)
        #expect(r.unknowns.contains("symptoms.worseWith"))
        #expect(r.unknowns.filter { $0 == "episode.durationDays" }.count == 1)
        var adult = Self.clean(age: 25)
        adult.episode.durationDays = 21
        adult.symptoms.worseWith = [.archingBack]
        #expect(Self.flag(adult, .adolescentStressFracture) == nil)
    }

    @Test func unansweredNeverRaisesUrgency() {
        let r = RedFlagScreen.evaluate(Answers())
        #expect(r.urgency == .none && r.redFlags.isEmpty)
        #expect(r.unknowns.contains("redFlags.bladderChange") && r.unknowns.contains("redFlags.fever"))
        #expect(r.unknowns.contains("symptoms.legPain") && r.unknowns.contains("age"))
        // follow-up questions only when they apply
        #expect(!r.unknowns.contains("redFlags.symptomsNewWithin14Days"))
        #expect(!r.safetyNet.isEmpty)
    }

    @Test func mostUrgentFlagComesFirst() {
        var a = Self.clean()
        a.redFlags.historyOfCancer = true
        a.redFlags.majorTrauma = true
        let r = RedFlagScreen.evaluate(a)
        #expect(r.redFlags.map(\.id) == [.fracture, .malignancy])
        #expect(r.urgency == .emergency)
    }
}

@Suite("NICE NG65 inflammatory screen")
struct NG65Tests {
    static func chronic(onset: Int = 30) -> Answers {
        var a = RedFlagScreenTests.clean(age: 38)
        a.episode.durationDays = 120
        a.inflammatory.onsetAge = onset
        a.inflammatory.wakesSecondHalfOfNight = false
        a.inflammatory.alternatingButtockPain = false
        a.inflammatory.improvesWithMovement = false
        a.inflammatory.improvesWithNSAIDsWithin48h = false
        a.inflammatory.familySpA = false
        a.inflammatory.arthritis = false
        a.inflammatory.enthesitis = false
        a.inflammatory.psoriasis = false
        return a
    }

    @Test func improvesWithExerciseAloneIsNotInflammatory() {
        var a = Self.chronic(onset: 40)
        a.inflammatory.improvesWithMovement = true
        let r = RedFlagScreen.evaluate(a)
        #expect(r.urgency == .none)
        #expect(r.safetyNet.contains { $0.contains("1 of the 9") })
    }

    @Test func fourFeaturesIsSoonRheumatology() {
        var a = Self.chronic(onset: 30)  // onset < 35 counts
        a.inflammatory.wakesSecondHalfOfNight = true
        a.symptoms.location = [.buttock]
        a.inflammatory.psoriasis = true
        let f = RedFlagScreenTests.flag(a, .inflammatory)
        #expect(f?.urgency == .soon && f?.advice.contains("rheumatologist") == true)
        #expect(NG65Screen.evaluate(a).count == 4)
    }

    @Test func exactlyThreeIsHLAB27() {
        var a = Self.chronic(onset: 40)
        a.inflammatory.wakesSecondHalfOfNight = true
        a.inflammatory.alternatingButtockPain = true
        a.inflammatory.familySpA = true
        let f = RedFlagScreenTests.flag(a, .inflammatory)
        #expect(f?.urgency == .soon && f?.advice.contains("HLA-B27") == true)
    }

    @Test func gateFailsForShortPainOrLateOnset() {
        var a = Self.chronic(onset: 30)
        a.inflammatory.wakesSecondHalfOfNight = true
        a.inflammatory.psoriasis = true
        a.inflammatory.enthesitis = true
        a.inflammatory.arthritis = true
        #expect(RedFlagScreenTests.flag(a, .inflammatory) != nil)
        var short = a
        short.episode.durationDays = 90  // "more than 3 months" is > 90 days
        #expect(RedFlagScreenTests.flag(short, .inflammatory) == nil)
        var late = a
        late.age = 60
        late.inflammatory.onsetAge = 45
        #expect(RedFlagScreenTests.flag(late, .inflammatory) == nil)
        #expect(NG65Screen.evaluate(late).gatePassed == false)
    }

    @Test func unknownGateInputsAreListed() {
        var a = RedFlagScreenTests.clean(age: 50)
        a.inflammatory = Answers.Inflammatory()
        a.episode.durationDays = nil
        let r = RedFlagScreen.evaluate(a)
        #expect(r.unknowns.contains("inflammatory.onsetAge") && r.unknowns.contains("episode.durationDays"))
    }
}

@Suite("Red flags as findings")
struct RedFlagFindingTests {
    @Test func flagsBecomeInformationFindings() {
        var a = RedFlagScreenTests.clean()
        a.redFlags.majorTrauma = true
        let findings = RedFlagScreen.evaluate(a).findings
        #expect(findings.map(\.id) == ["redFlag.fracture"])
        #expect(findings[0].value == 3 && findings[0].evidence == nil && findings[0].origin == "answers")
        #expect(findings[0].text.hasPrefix("Emergency: Go to an emergency department"))
        #expect(Cause.allCases.allSatisfy { findings[0].likelihoodRatio(for: $0) == 1 })
    }
}
