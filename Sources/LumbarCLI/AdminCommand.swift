import ArgumentParser
import Foundation
import LumbarStore
import LumbarStorePostgres
import LumbarWeb

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `lumbar admin …`: the accounts of server mode (a PostgreSQL database), from the shell.
public struct AdminCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Manage server-mode accounts: the first admin, invitations, password-reset links.",
        discussion: """
            Server mode only: --database (or LUMBAR_DATABASE) must be a postgres:// URL. Links are \
            printed with --base-url (or LUMBAR_BASE_URL), the address people open lumbar serve at.
            """,
        subcommands: [CreateAdmin.self, Invite.self, ResetLink.self])

    public init() {}

    /// The accounts of the server-mode database the options name, or a usage error (exit 2).
    static func openAccounts(_ store: StoreOptions) async throws -> PostgresAccounts {
        let location = store.resolvedPath(environment: ProcessInfo.processInfo.environment)
        guard PostgresURL.isPostgresURL(location) else {
            throw Terminal.usage("accounts exist only in server mode: pass --database postgres://USER@HOST:PORT/DB (or set LUMBAR_DATABASE).")
        }
        do {
            return try await PostgresAccounts.open(url: location)
        } catch {
            throw Terminal.failure("\(error)")
        }
    }

    /// Runs `body` on the accounts, closing them afterwards; its errors print as `lumbar: …` (exit 1).
    static func withAccounts<T>(_ store: StoreOptions, _ body: (PostgresAccounts) async throws -> T) async throws -> T {
        let accounts = try await openAccounts(store)
        do {
            let result = try await body(accounts)
            await accounts.close()
            return result
        } catch {
            await accounts.close()
            throw Terminal.failure((error as? AccountError)?.description ?? "\(error)")
        }
    }

    static func baseURL(_ option: String?) -> String {
        let raw = option ?? ProcessInfo.processInfo.environment["LUMBAR_BASE_URL"] ?? "http://127.0.0.1:8080"
        return raw.hasSuffix("/") ? String(raw.dropLast()) : raw
    }

    static func validateBaseURL(_ raw: String?) throws {
        guard let raw else { return }
        guard raw.hasPrefix("http://") || raw.hasPrefix("https://"), URL(string: raw)?.host != nil else {
            throw ValidationError("--base-url must be an http:// or https:// address like https://lumbar.example.org (got \"\(raw)\").")
        }
    }

    /// `lumbar admin create-admin EMAIL --name NAME`: the first (or another) admin. The password
    /// is read from the terminal without echo, or as the first line of standard input.
    public struct CreateAdmin: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "create-admin", abstract: "Create an admin account (password from the terminal or standard input).")
        @OptionGroup public var store: StoreOptions
        @Argument(help: "The admin's e-mail address.") public var email: String
        @Option(name: .long, help: "The name shown to others.") public var name: String = "Admin"
        public init() {}

        public func validate() throws {
            do {
                _ = try AccountRules.normalisedEmail(email)
                _ = try AccountRules.checkName(name)
            } catch { throw ValidationError(error.description) }
        }

        public func run() async throws {
            let password = try AdminCommand.readPassword(prompt: "Password for \(email) (at least 10 characters): ")
            do { try AccountRules.checkPassword(password) } catch { throw Terminal.usage(error.description) }
            let hash = try await Passwords.hash(password)
            let account = try await AdminCommand.withAccounts(store) {
                try await $0.createAccount(email: email, name: name, role: .admin, passwordHash: hash, at: Date().timeIntervalSince1970)
            }
            Terminal.print("Created admin \(account.email) (account \(account.id)). Sign in at /signin.\n")
        }
    }

    /// `lumbar admin invite EMAIL [--role clinician]`: prints a one-time sign-up link.
    public struct Invite: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "invite", abstract: "Print a one-time sign-up link for EMAIL (valid --days days).")
        @OptionGroup public var store: StoreOptions
        @Argument(help: "Who is invited.") public var email: String
        @Option(name: .long, help: "runner, clinician or admin.") public var role: String = "runner"
        @Option(name: .long, help: "Days the link stays valid (1-30).") public var days: Int = AccountLinks.invitationDays
        @Option(name: .customLong("base-url"), help: "Where lumbar serve is reached (default $LUMBAR_BASE_URL or http://127.0.0.1:8080).")
        public var baseURL: String?
        public init() {}

        public func validate() throws {
            guard Role(rawValue: role) != nil else { throw ValidationError("--role must be runner, clinician or admin (got \"\(role)\").") }
            guard (1...30).contains(days) else { throw ValidationError("--days must be between 1 and 30 (got \(days)).") }
            do { _ = try AccountRules.normalisedEmail(email) } catch { throw ValidationError(error.description) }
            try AdminCommand.validateBaseURL(baseURL)
        }

        public func run() async throws {
            let path = try await AdminCommand.withAccounts(store) {
                try await AccountLinks.invite($0, email: email, role: Role(rawValue: role)!, days: days, at: Date().timeIntervalSince1970)
            }
            Terminal.print(AdminCommand.baseURL(baseURL) + path + "\n")
            Terminal.error("Send this link to \(email) yourself; it makes one \(role) account and expires in \(days) days.\n")
        }
    }

    /// `lumbar admin reset-link USER`: prints a one-time password-reset link.
    public struct ResetLink: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "reset-link", abstract: "Print a one-time password-reset link for the account USER (an e-mail).")
        @OptionGroup public var store: StoreOptions
        @Argument(help: "The account's e-mail address.") public var user: String
        @Option(name: .long, help: "Hours the link stays valid (1-168).") public var hours: Int = AccountLinks.resetHours
        @Option(name: .customLong("base-url"), help: "Where lumbar serve is reached (default $LUMBAR_BASE_URL or http://127.0.0.1:8080).")
        public var baseURL: String?
        public init() {}

        public func validate() throws {
            guard (1...168).contains(hours) else { throw ValidationError("--hours must be between 1 and 168 (got \(hours)).") }
            try AdminCommand.validateBaseURL(baseURL)
        }

        public func run() async throws {
            let path = try await AdminCommand.withAccounts(store) { accounts in
                guard let account = try await accounts.account(email: user) else { throw AccountError.unknownAccount("with the e-mail \(user)") }
                return try await AccountLinks.reset(accounts, accountID: account.id, hours: hours, at: Date().timeIntervalSince1970)
            }
            Terminal.print(AdminCommand.baseURL(baseURL) + path + "\n")
            Terminal.error("Send this link to \(user) yourself; it works once and expires in \(hours) hours. Setting a new password signs out their other sessions.\n")
        }
    }

    /// A password: from the terminal with echo off, or the first line of standard input.
    static func readPassword(prompt: String) throws -> String {
        if isatty(STDIN_FILENO) == 1 {
            Terminal.error(prompt)
            var old = termios()
            tcgetattr(STDIN_FILENO, &old)
            var silent = old
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &silent)
            defer {
                tcsetattr(STDIN_FILENO, TCSANOW, &old)
                Terminal.error("\n")
            }
            return readLine(strippingNewline: true) ?? ""
        }
        guard let line = readLine(strippingNewline: true) else {
            throw Terminal.usage("no password on standard input (pipe it in, or run this on a terminal).")
        }
        return line
    }
}
