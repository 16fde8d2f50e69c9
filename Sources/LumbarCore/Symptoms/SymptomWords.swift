/// Plain words for answer values, for sentences people read.
enum SymptomWords {
    static func aggravator(_ a: Answers.Aggravator) -> String {
        switch a {
        case .sitting: "sitting"
        case .bendingForward: "bending forward"
        case .lifting: "lifting"
        case .standing: "standing"
        case .archingBack: "arching back"
        case .downhill: "running downhill"
        case .coughSneeze: "coughing or sneezing"
        case .longRuns: "long runs"
        case .fastRuns: "fast runs"
        case .lyingDown: "lying down"
        }
    }

    static func reliever(_ r: Answers.Reliever) -> String {
        switch r {
        case .sitting: "sitting"
        case .lyingDown: "lying down"
        case .walking: "walking"
        case .movingAround: "moving around"
        case .rest: "rest"
        case .heat: "heat"
        }
    }
}
