import LumbarStore

/// The one-time links an admin hands out, issued the same way from the Account page and from
/// `lumbar admin`: a fresh random token, stored as its SHA-256 with its expiry, and the path
/// that carries it (the caller puts the site's address in front).
public enum AccountLinks {
    /// How long an invitation stays valid by default: a week (long enough to reach someone
    /// who is away; short enough that a forgotten link dies).
    public static let invitationDays = 7
    /// How long a password-reset link stays valid by default: a day.
    public static let resetHours = 24

    /// Stores an invitation for `email` as `role`; returns `/signup?invite=TOKEN`.
    public static func invite(
        _ accounts: any AccountDirectory, email: String, role: Role, days: Int = invitationDays, at now: Double
    ) async throws -> String {
        let token = Tokens.random()
        try await accounts.createInvitation(email: email, role: role, token: token, expiresAt: now + Double(days) * 86_400, at: now)
        return "/signup?invite=" + token
    }

    /// Stores a password-reset link for the account; returns `/reset/TOKEN`.
    public static func reset(
        _ accounts: any AccountDirectory, accountID: Int64, hours: Int = resetHours, at now: Double
    ) async throws -> String {
        let token = Tokens.random()
        try await accounts.createResetToken(accountID: accountID, token: token, expiresAt: now + Double(hours) * 3600, at: now)
        return "/reset/" + token
    }
}
