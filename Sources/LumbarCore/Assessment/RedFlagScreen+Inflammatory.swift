extension RedFlagScreen {
    /// Axial spondyloarthritis by NICE NG65 (clinical.md 1.4, R15): gate passed and >= 4 features
    /// -> soon (rheumatology referral); exactly 3 -> soon (HLA-B27 test, refer if positive);
    /// otherwise safety net. Never an emergency.
    static func inflammatory(_ a: Answers, _ ng65: NG65Screen) -> RedFlag? {
        guard ng65.gatePassed == true, ng65.count >= NG65Screen.hlaB27Count else { return nil }
        let because = ng65.gateBecause + ng65.features.filter { !ng65.gateBecause.contains($0) }
        if ng65.count >= NG65Screen.referCount {
            return RedFlag(
                id: .inflammatory, urgency: .soon, because: because,
                advice: "Ask your GP for a referral to a rheumatologist (within weeks; not an emergency): "
                    + "back pain that began before 45 and has lasted over 3 months with \(ng65.count) of "
                    + "the 9 NICE NG65 features suggests possible axial spondyloarthritis (R15).")
        }
        return RedFlag(
            id: .inflammatory, urgency: .soon, because: because,
            advice: "Ask your GP for an HLA-B27 blood test, and for a rheumatology referral if it is "
                + "positive (NICE NG65, R15): your back pain began before 45, has lasted over 3 months "
                + "and shows 3 of the 9 features of axial spondyloarthritis. Not an emergency.")
    }
}
