/// The runner's answers, `lumbar.answers/1` (docs: assessment.md). Every field is optional:
/// a missing answer is "unknown", never "no". Decoding with precise errors lives in
/// `AnswersDecoder`; this type is the plain value the analyses read.
public struct Answers: Sendable, Hashable {
    public static let schema = "lumbar.answers/1"

    public enum Sex: String, Sendable, Hashable, CaseIterable { case female, male, other, undisclosed }
    public enum Onset: String, Sendable, Hashable, CaseIterable { case sudden, gradual }
    public enum RunLink: String, Sendable, Hashable, CaseIterable { case duringRun, afterRun, none }
    public enum TrainingChange: String, Sendable, Hashable, CaseIterable {
        case moreDistance, longerLongRun, moreSpeed, moreHills, newShoes, newSurface, returnAfterBreak
    }
    public enum Location: String, Sendable, Hashable, CaseIterable {
        case oneSideMuscle, bothSidesMuscle, central, buttock
    }
    public enum LegPain: String, Sendable, Hashable, CaseIterable { case none, aboveKnee, belowKnee }
    public enum Sides: String, Sendable, Hashable, CaseIterable { case one, both }
    public enum Numbness: String, Sendable, Hashable, CaseIterable { case none, leg, foot }
    public enum Timing: String, Sendable, Hashable, CaseIterable {
        case fromStart, lateInLongRuns, afterRuns, nextMorning, constant
    }
    public enum Aggravator: String, Sendable, Hashable, CaseIterable {
        case sitting, bendingForward, lifting, standing, archingBack, downhill, coughSneeze,
            longRuns, fastRuns, lyingDown
    }
    public enum Reliever: String, Sendable, Hashable, CaseIterable {
        case sitting, lyingDown, walking, movingAround, rest, heat
    }
    public enum Posture: String, Sendable, Hashable, CaseIterable {
        case leanForward, archedBack, upright, unknown
    }

    /// This bout of pain.
    public struct Episode: Sendable, Hashable {
        public var durationDays: Int?
        public var onset: Onset?
        public var linkedToRun: RunLink?
        public var linkedRunDate: LocalDate?
        public var previousEpisodes: Int?
        public var painBetweenEpisodes: Bool?
        public var trainingChange: [TrainingChange]?
        public init() {}
    }

    public struct Symptoms: Sendable, Hashable {
        public var location: [Location]?
        public var localTenderness: Bool?
        public var painOnContraction: Bool?
        public var legPain: LegPain?
        public var legPainSides: Sides?
        public var numbness: Numbness?
        public var timing: [Timing]?
        public var worseWith: [Aggravator]?
        public var betterWith: [Reliever]?
        public var morningStiffnessMinutes: Int?
        public var selfObservedPosture: Posture?
        public init() {}
    }

    /// Red-flag questions, each asked explicitly (clinical.md 1.2). nil = not answered.
    public struct RedFlags: Sendable, Hashable {
        public var bladderChange: Bool?
        public var bowelChange: Bool?
        public var saddleNumbness: Bool?
        public var sexualDysfunction: Bool?
        public var legWeaknessWorsening: Bool?
        public var footDrop: Bool?
        public var symptomsNewWithin14Days: Bool?
        public var fever: Bool?
        public var unwell: Bool?
        public var recentInfection: Bool?
        public var ivDrugUse: Bool?
        public var immunosuppressed: Bool?
        public var historyOfCancer: Bool?
        public var unexplainedWeightLoss: Bool?
        public var constantNightPain: Bool?
        public var majorTrauma: Bool?
        public var minorTraumaOrStrain: Bool?
        public var osteoporosis: Bool?
        public var longTermSteroids: Bool?
        public var suddenSeverePainWithAbdominalPulsation: Bool?
        public init() {}

        /// Every question's key, in the order they are asked.
        public static let keys: [String] = [
            "bladderChange", "bowelChange", "saddleNumbness", "sexualDysfunction",
            "legWeaknessWorsening", "footDrop", "symptomsNewWithin14Days", "fever", "unwell",
            "recentInfection", "ivDrugUse", "immunosuppressed", "historyOfCancer",
            "unexplainedWeightLoss", "constantNightPain", "majorTrauma", "minorTraumaOrStrain",
            "osteoporosis", "longTermSteroids", "suddenSeverePainWithAbdominalPulsation",
        ]

        /// Reads and writes an answer by its contract key.
        public subscript(key: String) -> Bool? {
            get {
                switch key {
                case "bladderChange": bladderChange
                case "bowelChange": bowelChange
                case "saddleNumbness": saddleNumbness
                case "sexualDysfunction": sexualDysfunction
                case "legWeaknessWorsening": legWeaknessWorsening
                case "footDrop": footDrop
                case "symptomsNewWithin14Days": symptomsNewWithin14Days
                case "fever": fever
                case "unwell": unwell
                case "recentInfection": recentInfection
                case "ivDrugUse": ivDrugUse
                case "immunosuppressed": immunosuppressed
                case "historyOfCancer": historyOfCancer
                case "unexplainedWeightLoss": unexplainedWeightLoss
                case "constantNightPain": constantNightPain
                case "majorTrauma": majorTrauma
                case "minorTraumaOrStrain": minorTraumaOrStrain
                case "osteoporosis": osteoporosis
                case "longTermSteroids": longTermSteroids
                case "suddenSeverePainWithAbdominalPulsation": suddenSeverePainWithAbdominalPulsation
                default: nil
                }
            }
            set {
                switch key {
                case "bladderChange": bladderChange = newValue
                case "bowelChange": bowelChange = newValue
                case "saddleNumbness": saddleNumbness = newValue
                case "sexualDysfunction": sexualDysfunction = newValue
                case "legWeaknessWorsening": legWeaknessWorsening = newValue
                case "footDrop": footDrop = newValue
                case "symptomsNewWithin14Days": symptomsNewWithin14Days = newValue
                case "fever": fever = newValue
                case "unwell": unwell = newValue
                case "recentInfection": recentInfection = newValue
                case "ivDrugUse": ivDrugUse = newValue
                case "immunosuppressed": immunosuppressed = newValue
                case "historyOfCancer": historyOfCancer = newValue
                case "unexplainedWeightLoss": unexplainedWeightLoss = newValue
                case "constantNightPain": constantNightPain = newValue
                case "majorTrauma": majorTrauma = newValue
                case "minorTraumaOrStrain": minorTraumaOrStrain = newValue
                case "osteoporosis": osteoporosis = newValue
                case "longTermSteroids": longTermSteroids = newValue
                case "suddenSeverePainWithAbdominalPulsation": suddenSeverePainWithAbdominalPulsation = newValue
                default: break
                }
            }
        }
    }

    /// Spondyloarthritis screen items (NICE NG65, R15).
    public struct Inflammatory: Sendable, Hashable {
        public var onsetAge: Int?
        public var wakesSecondHalfOfNight: Bool?
        public var alternatingButtockPain: Bool?
        public var improvesWithMovement: Bool?
        public var improvesWithNSAIDsWithin48h: Bool?
        public var familySpA: Bool?
        public var arthritis: Bool?
        public var enthesitis: Bool?
        public var psoriasis: Bool?
        public init() {}
    }

    /// McGill battery hold times in seconds (R41-R44).
    public struct CoreTests: Sendable, Hashable {
        public var flexorSeconds: Double?
        public var extensorSeconds: Double?
        public var sideBridgeRightSeconds: Double?
        public var sideBridgeLeftSeconds: Double?
        public var testedOn: LocalDate?
        public init() {}
    }

    public struct History: Sendable, Hashable {
        public var coreSessionsPerWeek: Int?
        public init() {}
    }

    public struct PEG: Sendable, Hashable {
        public var pain: Double?
        public var enjoyment: Double?
        public var activity: Double?
        public init() {}
    }

    /// 0-10 numeric rating scale (R23).
    public struct Pain: Sendable, Hashable {
        public var now: Double?
        public var duringRuns: Double?
        public var afterRuns: Double?
        public var nextMorning: Double?
        public var peg: PEG?
        public var rolandMorris: Int?
        public init() {}
    }

    public var age: Int?
    public var sex: Sex?
    public var heightCm: Double?
    public var weightKg: Double?
    public var episode = Episode()
    public var symptoms = Symptoms()
    public var redFlags = RedFlags()
    public var inflammatory = Inflammatory()
    public var coreTests = CoreTests()
    public var history = History()
    public var pain = Pain()

    public init() {}
}
