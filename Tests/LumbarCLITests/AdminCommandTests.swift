import Foundation
import LumbarStore
import LumbarStorePostgres
import Testing

/// `lumbar admin …` run as the built binary: server mode only, passwords from standard input,
/// links that work once.
@Suite("lumbar admin")
struct AdminCommandTests {
    static func run(_ binary: String, _ arguments: [String], input: String = "") throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile(), err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test("on a SQLite file every admin command is a usage error that names server mode")
    func localModeRefused() throws {
        guard let binary = LumbarBinary.path() else {
            print("AdminCommandTests: skipped, no built lumbar binary (run `swift build` first)")
            return
        }
        let database = try CLITemp.folder() + "/lumbar.sqlite"
        let r = try Self.run(binary, ["admin", "invite", "a@example.org", "--database", database])
        #expect(r.status == 2)
        #expect(r.err.contains("server mode") && r.err.contains("postgres://"))
        #expect(!FileManager.default.fileExists(atPath: database), "nothing was created")
        let bad = try Self.run(binary, ["admin", "invite", "not-an-address", "--database", "postgres://u@127.0.0.1:1/d"])
        #expect(bad.status == 2 && bad.err.contains("not an e-mail address"))
    }

    @Test(
        "create-admin, invite and reset-link against PostgreSQL",
        .enabled(if: MigrateCopyCommandTests.testDatabase != nil, "LUMBAR_TEST_DATABASE_URL is unset: PostgreSQL admin commands skipped"))
    func serverMode() async throws {
        guard let binary = LumbarBinary.path() else {
            print("AdminCommandTests: skipped, no built lumbar binary (run `swift build` first)")
            return
        }
        let base = MigrateCopyCommandTests.testDatabase!
        let location = base + (base.contains("?") ? "&" : "?") + "schema=lumbar_adm_\(UInt32.random(in: 0...UInt32.max))"
        let short = try Self.run(binary, ["admin", "create-admin", "boss@example.org", "--database", location], input: "short\n")
        #expect(short.status == 2 && short.err.contains("at least 10 characters"))
        let made = try Self.run(binary, ["admin", "create-admin", "Boss@Example.org", "--name", "Boss", "--database", location], input: "a long admin password\n")
        #expect(made.status == 0, "\(made.err)")
        #expect(made.out.contains("Created admin boss@example.org"))
        let again = try Self.run(binary, ["admin", "create-admin", "boss@example.org", "--database", location], input: "a long admin password\n")
        #expect(again.status == 1 && again.err.contains("exists already"))

        let invite = try Self.run(binary, ["admin", "invite", "pat@example.org", "--role", "clinician", "--base-url", "https://lumbar.example/", "--database", location])
        #expect(invite.status == 0, "\(invite.err)")
        let link = invite.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(link.hasPrefix("https://lumbar.example/signup?invite="))
        let token = String(link.split(separator: "=").last ?? "")
        let accounts = try await PostgresAccounts.open(url: location)
        let invitation = try await accounts.invitation(token: token, at: Date().timeIntervalSince1970)
        #expect(invitation?.email == "pat@example.org" && invitation?.role == .clinician)
        #expect(try await accounts.invitation(token: token + "x", at: Date().timeIntervalSince1970) == nil)

        let unknown = try Self.run(binary, ["admin", "reset-link", "ghost@example.org", "--database", location])
        #expect(unknown.status == 1 && unknown.err.contains("No account"))
        let reset = try Self.run(binary, ["admin", "reset-link", "boss@example.org", "--hours", "2", "--database", location])
        #expect(reset.status == 0)
        let resetToken = String(reset.out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "/").last ?? "")
        #expect(try await accounts.resetAccount(token: resetToken, at: Date().timeIntervalSince1970)?.email == "boss@example.org")
        #expect(try await accounts.resetAccount(token: resetToken, at: Date().timeIntervalSince1970 + 3 * 3600) == nil, "expired after 2 hours")
        await accounts.close()
        try await PostgresAdmin.dropSchema(try PostgresURL(location))
    }
}
