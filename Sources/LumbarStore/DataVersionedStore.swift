/// A store that can say cheaply whether anything changed: a number that grows with every write,
/// whoever makes it. Server mode has several app instances over one database, so a cache kept in
/// one instance's memory is valid only while this number stays the same (issue 10: no state
/// lives only in an instance's memory).
public protocol DataVersionedStore: Store {
    /// The current data version; any write through any connection changes it.
    func dataVersion() async throws -> Int64
}
