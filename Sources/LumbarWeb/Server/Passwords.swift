import Foundation
import HummingbirdBcrypt
import LumbarStore
import NIOPosix

/// bcrypt (hummingbird-auth), run on NIO's blocking thread pool: one hash takes about 0.25 s at
/// cost 12, which must not stall the threads that serve other requests.
public enum Passwords {
    public static func hash(_ password: String, cost: UInt8 = 12) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` is the one `hash` was made from. bcrypt reads a C string of at most 72
    /// bytes, so a longer password, or one with a NUL, would be compared by its prefix alone
    /// ("secret\0anything" passing for "secret"); no stored password is like that
    /// (`AccountRules.checkPassword`), so such input fails, after the same work as any other.
    public static func matches(_ password: String, hash: String?) async throws -> Bool {
        let usable = (try? AccountRules.checkPassword(password)) != nil
        return try await verify(usable ? password : "", hash: usable ? hash : nil) && usable
    }

    /// Checks `password` against `hash`; with no hash (unknown e-mail) against a decoy, so a
    /// failed sign-in takes as long whether or not the account exists, and is always false.
    public static func verify(_ password: String, hash: String?) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive {
            guard let hash else {
                _ = Bcrypt.verify(password, hash: decoy)
                return false
            }
            return Bcrypt.verify(password, hash: hash)
        }
    }

    /// Made once, on the thread pool, by the first sign-in with an unknown e-mail.
    private static let decoy = Bcrypt.hash("lumbar-decoy-password", cost: 12)
}

/// Random secrets for session ids, CSRF tokens, invitation and reset links: 32 bytes from the
/// system's CSPRNG (getrandom on Linux), base64url without padding.
public enum Tokens {
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Compares two secrets in time independent of where they differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
