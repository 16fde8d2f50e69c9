extension RedFlagScreen {
    /// Cauda equina (clinical.md 1.2, GIRFT R8, NHS Lothian R9). Any item new (< 14 days),
    /// worsening, or of unknown age -> emergency; present > 14 days and stable -> urgent.
    /// Unknown newness is treated as new: delaying a true CES costs bladder function for life.
    static func caudaEquina(_ a: Answers) -> RedFlag? {
        let items = caudaEquinaItems(a)
        guard !items.isEmpty else { return nil }
        let new = a.redFlags.symptomsNewWithin14Days
        let worsening = a.redFlags.legWeaknessWorsening == true
        if new == false && !worsening {
            return RedFlag(
                id: .caudaEquina, urgency: .urgent, because: items + ["symptomsNewWithin14Days"],
                advice: "See a doctor within 24-48 hours and describe these symptoms: even when they "
                    + "have been there for more than 2 weeks and are not changing, cauda equina symptoms "
                    + "need an urgent referral and an MRI scan (GIRFT pathway, R8). If anything gets "
                    + "worse, or you cannot pass urine, go to an emergency department at once.")
        }
        let because = items + (new == true ? ["symptomsNewWithin14Days"] : [])
            + (worsening && !items.contains("legWeaknessWorsening") ? ["legWeaknessWorsening"] : [])
        return RedFlag(
            id: .caudaEquina, urgency: .emergency, because: because,
            advice: "Go to an emergency department (A&E) now, today, and say you may have cauda "
                + "equina syndrome: pressure on the nerves at the base of the spine needs an emergency "
                + "MRI within hours (GIRFT pathway, R8). Do not wait to see if it settles. Do not run.")
    }

    /// Neurological deficit (clinical.md 1.2, R2/R9/R12): weakness getting worse -> emergency;
    /// foot drop that is not getting worse (stable single-root weakness) -> urgent.
    static func neuroDeficit(_ a: Answers) -> RedFlag? {
        let f = a.redFlags
        if f.legWeaknessWorsening == true {
            return RedFlag(
                id: .progressiveNeuroDeficit, urgency: .emergency,
                because: ["legWeaknessWorsening"] + (f.footDrop == true ? ["footDrop"] : []),
                advice: "Go to an emergency department today: leg weakness that is getting worse "
                    + "needs same-day assessment and usually an MRI scan (R2, R12). Stop running until "
                    + "you have been seen.")
        }
        if f.footDrop == true {
            return RedFlag(
                id: .progressiveNeuroDeficit, urgency: .urgent, because: ["footDrop"],
                advice: "See a doctor within 24-48 hours about the foot drop (trouble lifting the front "
                    + "of the foot, toes catching): weakness needs a clinician's examination (R2, R9). "
                    + "If the weakness gets worse, go to an emergency department the same day.")
        }
        return nil
    }

    /// Nerve-root irritation (clinical.md 8.14 default): pain below the knee with numbness or
    /// tingling in one leg -> soon. Both legs are the cauda-equina rule instead.
    static func nerveRootIrritation(_ a: Answers) -> RedFlag? {
        let s = a.symptoms
        guard s.legPain == .belowKnee, let numb = s.numbness, numb != .none, s.legPainSides != .both else {
            return nil
        }
        return RedFlag(
            id: .nerveRootIrritation, urgency: .soon, because: ["symptoms.legPain", "symptoms.numbness"],
            advice: "See a physiotherapist or GP within 1-2 weeks: pain below the knee with numbness "
                + "or tingling in one leg suggests an irritated nerve root (clinical.md 8.14). Go sooner "
                + "if the leg becomes weak or the other leg is affected too.")
    }
}
