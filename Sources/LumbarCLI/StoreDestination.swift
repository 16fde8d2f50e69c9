import LumbarCore
import LumbarFormats
import LumbarStore

/// The store seen as the import pipeline's destination.
public struct StoreDestination: ImportDestination {
    public let store: any Store

    public init(store: any Store) { self.store = store }

    public func hasSource(contentHash: String) async throws -> Bool {
        try await store.hasSource(contentHash: contentHash)
    }

    public func save(_ activity: Activity) async throws -> ImportSaveResult {
        switch try await store.save(activity) {
        case .inserted: .inserted
        case .duplicate: .duplicate
        case .merged: .merged
        }
    }
}
