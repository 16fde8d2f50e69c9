extension PostureFindings {
    /// The findings of a stored posture analysis (the JSON `lumbar posture` stores), each weighted
    /// by its row of `Evidence.postureRows` again, so a change of the table applies to old
    /// recordings too. A record that cannot be read gives no findings (the analysis says nothing
    /// rather than guess).
    public static func findings(storedJSON: String, date: LocalDate) -> [Finding] {
        guard case .object(let top)? = try? JSONTree.parse(storedJSON),
            case .array(let items)? = top.first(where: { $0.key == "findings" })?.value
        else { return [] }
        return items.compactMap { item -> Finding? in
            guard case .object(let members) = item else { return nil }
            func string(_ key: String) -> String? {
                if case .string(let s)? = members.first(where: { $0.key == key })?.value { return s }
                return nil
            }
            func number(_ key: String) -> Double? {
                if case .number(let d, _)? = members.first(where: { $0.key == key })?.value { return d }
                return nil
            }
            guard let id = string("id"), let text = string("text") else { return nil }
            return Finding(
                id: id, value: number("value"), unit: string("unit"), threshold: number("threshold"),
                evidence: Evidence.postureRows.first { $0.id == id }, source: string("source"), text: text,
                dates: [date], origin: "posture")
        }
    }

    /// The view (`side` or `front`) of a stored posture analysis, nil when unreadable.
    public static func view(storedJSON: String) -> String? {
        guard case .object(let top)? = try? JSONTree.parse(storedJSON),
            case .string(let view)? = top.first(where: { $0.key == "view" })?.value
        else { return nil }
        return view
    }
}
