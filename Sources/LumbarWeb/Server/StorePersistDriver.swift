import Foundation
import Hummingbird
import LumbarStore

/// Hummingbird's session storage (`PersistDriver`) on lumbar's account store, so every instance
/// of `lumbar serve` over the same database knows every session. Keys are kept only as their
/// SHA-256 (`AccountDirectory`), so a copy of the database holds no usable session id.
struct StorePersistDriver: PersistDriver {
    var accounts: any AccountDirectory
    var now: @Sendable () -> Double

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let bytes = Array(try JSONEncoder().encode(value))
        guard try await accounts.createSession(key: key, value: bytes, expiresAt: expires.map { now() + Self.seconds($0) }, at: now()) else {
            throw PersistError.duplicate
        }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let bytes = Array(try JSONEncoder().encode(value))
        try await accounts.setSession(key: key, value: bytes, expiresAt: expires.map { now() + Self.seconds($0) }, at: now())
    }

    func get<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: Object.self)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        let at = now()
        guard let (bytes, expiresAt) = try await accounts.session(key: key, at: at) else { return nil }
        do {
            let object = try JSONDecoder().decode(Object.self, from: Data(bytes))
            return (object, expiresAt.map { .milliseconds(Int64(($0 - at) * 1000)) })
        } catch {
            throw PersistError.invalidConversion
        }
    }

    func remove(key: String) async throws {
        try await accounts.removeSession(key: key)
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
