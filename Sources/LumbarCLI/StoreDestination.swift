import LumbarCore
import LumbarFormats
import LumbarStore

/// The store seen as the import pipeline's destination.
public struct StoreDestination: ImportDestination {
    /// The store imports go into.
    public let store: any Store

    /// Wraps `store`.
    public init(store: any Store) { self.store = store }

    /// Whether the store holds a source with this content hash.
    public func hasSource(contentHash: String) async throws -> Bool {
        try await store.hasSource(contentHash: contentHash)
    }

    /// Saves through `Store.save`, reporting its outcome without the id.
    public func save(_ activity: Activity) async throws -> ImportSaveResult {
        switch try await store.save(activity) {
        case .inserted: .inserted
        case .duplicate: .duplicate
        case .merged: .merged
        }
    }
}
