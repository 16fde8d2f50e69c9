import LumbarCore

/// `lumbar analyze --model`: the priors and every likelihood-table row, with sources.
enum ModelTable {
    static func render() -> String {
        var out = "Model \(LikelihoodTable.model): naive Bayes over the four causes (clinical.md 8.1).\n"
        out += "Priors: " + Cause.allCases.map { "\($0.rawValue) \(CauseModel.priors[$0] ?? 0)" }.joined(separator: ", ")
        out += " (documented default 8.1)\n"
        for (group, rows) in LikelihoodTable.rows {
            out += "\n\(group)\n"
            for row in rows {
                let ratios = Cause.allCases.compactMap { c in
                    row.likelihoodRatios[c].map { "\(c.rawValue) x\(NumberText.format($0, decimals: 2))" }
                }.joined(separator: ", ")
                let basis = row.basis == .published ? "published" : "documented default"
                out += "  \(row.id): \(ratios.isEmpty ? "information only" : ratios) [\(row.source); \(basis)]\n"
                out += "      \(row.rationale)\n"
            }
        }
        return out
    }
}
