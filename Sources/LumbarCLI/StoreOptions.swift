import ArgumentParser
import Foundation
import LumbarStore

/// `--database PATH` (or `LUMBAR_DATABASE`), shared by every command that uses the store.
public struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $XDG_DATA_HOME/lumbar/lumbar.sqlite, or $LUMBAR_DATABASE).")
    public var database: String?

    public init() {}

    /// Opens (creating if needed) the store the options name.
    public func openStore() async throws -> any Store {
        // Skeleton only: replaced by the SQLite store when it lands.
        MemoryStore()
    }
}
