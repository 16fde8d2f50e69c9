import Foundation

/// Who may sign in to a server-mode dashboard (`lumbar serve --database postgres://…`).
/// Local `lumbar serve` has no accounts: one runner, no sign-in.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Owns their own runs, answers and diary; shares them with a clinician only by a grant.
    case runner
    /// A physiotherapist or coach: reads the runners who granted them access, never writes.
    case clinician
    /// Invites people and issues password-reset links; has no runner data of their own.
    case admin
}

/// One account. The password hash is kept apart (`AccountDirectory.passwordHash(of:)`) so an
/// `Account` can be shown and logged freely.
public struct Account: Sendable, Hashable {
    public var id: Int64
    /// Lower-cased, as typed otherwise.
    public var email: String
    /// What other people see (a clinician's list of runners, a runner's audit log).
    public var name: String
    public var role: Role
    /// UTC seconds.
    public var createdAt: Double
    /// Sessions issued before this instant (UTC seconds) are refused: bumped by a password
    /// reset, so a reset signs every other browser out.
    public var sessionsValidAfter: Double

    public init(id: Int64, email: String, name: String, role: Role, createdAt: Double, sessionsValidAfter: Double) {
        self.id = id
        self.email = email
        self.name = name
        self.role = role
        self.createdAt = createdAt
        self.sessionsValidAfter = sessionsValidAfter
    }
}

/// An invitation an admin issued: whoever holds its link may create this account once.
public struct Invitation: Sendable, Hashable {
    public var email: String
    public var role: Role
    /// UTC seconds.
    public var expiresAt: Double

    public init(email: String, role: Role, expiresAt: Double) {
        self.email = email
        self.role = role
        self.expiresAt = expiresAt
    }
}

/// A runner's consent for one clinician to read their data, until revoked.
public struct AccessGrant: Sendable, Hashable {
    public var runner: Account
    public var clinician: Account
    /// UTC seconds.
    public var grantedAt: Double

    public init(runner: Account, clinician: Account, grantedAt: Double) {
        self.runner = runner
        self.clinician = clinician
        self.grantedAt = grantedAt
    }
}

/// One line of a runner's audit log: who read or changed access to their data, and when.
public struct AuditEntry: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        /// A clinician opened a page or an API address of the runner's data.
        case viewed
        /// The runner granted access.
        case granted
        /// The runner revoked access.
        case revoked
    }

    /// UTC seconds.
    public var at: Double
    public var action: Action
    /// The clinician concerned (by name and e-mail as they were at the time).
    public var clinicianName: String
    public var clinicianEmail: String
    /// What was viewed: the page or API path.
    public var path: String

    public init(at: Double, action: Action, clinicianName: String, clinicianEmail: String, path: String) {
        self.at = at
        self.action = action
        self.clinicianName = clinicianName
        self.clinicianEmail = clinicianEmail
        self.path = path
    }
}

/// Why an account operation was refused; messages say what to do.
public enum AccountError: Error, Sendable, Hashable, CustomStringConvertible {
    case badEmail(String)
    case emailTaken(String)
    case unknownAccount(String)
    case badName(String)
    case weakPassword(String)
    case invitationInvalid
    case resetLinkInvalid
    case notAClinician(String)
    case cannotGrantSelf

    public var description: String {
        switch self {
        case .badEmail(let e): return "\"\(e)\" is not an e-mail address (expected name@example.org, at most 254 characters)."
        case .emailTaken(let e): return "An account for \(e) exists already."
        case .unknownAccount(let who): return "No account \(who)."
        case .badName(let reason): return "The name \(reason)."
        case .weakPassword(let reason): return "The password \(reason)."
        case .invitationInvalid: return "This invitation link is unknown, used or expired: ask the admin for a new one."
        case .resetLinkInvalid: return "This password-reset link is unknown, used or expired: ask the admin for a new one."
        case .notAClinician(let e): return "\(e) has no clinician account: ask them for the e-mail address they sign in with."
        case .cannotGrantSelf: return "You cannot share your data with yourself."
        }
    }
}

/// Checks what people type when they sign up or reset a password.
public enum AccountRules {
    /// NIST SP 800-63B §5.1.1.2: at least 8 characters, no composition rules; lumbar asks 10
    /// because the data is health data. bcrypt reads at most 72 bytes, so longer is refused
    /// rather than silently truncated.
    public static func checkPassword(_ password: String) throws(AccountError) {
        if password.count < 10 { throw .weakPassword("needs at least 10 characters") }
        if password.utf8.count > 72 { throw .weakPassword("may have at most 72 bytes (bcrypt ignores the rest)") }
        if password.utf8.contains(0) { throw .weakPassword("may not contain a NUL character") }
    }

    /// A plausible address, lower-cased: one `@`, a dot in the domain, no spaces, ≤ 254 bytes.
    public static func normalisedEmail(_ raw: String) throws(AccountError) -> String {
        let email = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.utf8.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !email.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 32 } == true || "<>\"'\\,;".contains($0) })
        else { throw .badEmail(raw) }
        return email
    }

    /// 1–80 printable characters.
    public static func checkName(_ raw: String) throws(AccountError) -> String {
        let name = raw.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { throw .badName("is empty") }
        if name.count > 80 { throw .badName("has more than 80 characters") }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { throw .badName("contains control characters") }
        return name
    }
}
