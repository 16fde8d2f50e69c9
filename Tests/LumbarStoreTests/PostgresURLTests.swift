import LumbarStorePostgres
import Testing

/// `--database postgres://…`: every field checked, the wrong one named, before any network I/O.
@Suite("PostgreSQL URL")
struct PostgresURLTests {
    @Test func fullURLParses() throws {
        let url = try PostgresURL("postgres://runner:s%40cret@db.example.org:6543/club?sslmode=verify-full&connect_timeout=3")
        #expect(url.user == "runner")
        #expect(url.password == "s@cret")
        #expect(url.host == "db.example.org")
        #expect(url.port == 6543)
        #expect(url.database == "club")
        #expect(url.tls == .verifyFull)
        #expect(url.connectTimeoutSeconds == 3)
        #expect(url.description == "postgres://runner@db.example.org:6543/club?sslmode=verify-full")
    }

    @Test func defaultsAreNoTLSPort5432AndTheUsersDatabase() throws {
        let url = try PostgresURL("postgresql://lumbar@localhost")
        #expect(url.tls == .disable)
        #expect(url.port == 5432)
        #expect(url.database == "lumbar")
        #expect(url.password == nil)
        #expect(url.schema == nil)
        #expect(try PostgresURL("postgres://u@[::1]:5433/d").endpoint == "[::1]:5433")
        #expect(try PostgresURL("postgres://u@h/d?sslmode=require").tls == .require)
        #expect(try PostgresURL("postgres://u@h/d?schema=club_a").schema == "club_a")
    }

    @Test(arguments: [
        ("mysql://u@h/d", "(scheme)"),
        ("postgres://h:5432/d", "(user)"),
        ("postgres://u@:5432/d", "(host)"),
        ("postgres://u@h:54x/d", "(port)"),
        ("postgres://u@h:70000/d", "(port)"),
        ("postgres://u@h/d/e", "(database)"),
        ("postgres://u@h/d?sslmode=maybe", "(sslmode)"),
        ("postgres://u@h/d?ssl=true", "(ssl)"),
        ("postgres://u@h/d?connect_timeout=0", "(connect_timeout)"),
        ("postgres://u@h/d?schema=Drop;Table", "(schema)"),
        ("postgres://u@h/d?sslrootcert=/ca.pem", "(sslrootcert)"),
    ])
    func badURLNamesTheField(text: String, field: String) {
        do {
            let url = try PostgresURL(text)
            Issue.record("parsed \(url)")
        } catch {
            #expect(error.description.contains("bad database URL \(field)") && error.description.contains("postgres://USER"),
                    "\(error)")
        }
    }

    @Test func passwordsAreNeverPrinted() {
        #expect(PostgresURL.redact("postgres://u:hunter2@h:5432/d") == "postgres://u:***@h:5432/d")
        #expect(throws: PostgresStoreError.self) { try PostgresURL("postgres://u:hunter2@h:5432/d?sslmode=no") }
        do {
            _ = try PostgresURL("postgres://u:hunter2@h:5432/d?sslmode=no")
        } catch {
            #expect(!"\(error)".contains("hunter2"))
        }
    }

    @Test func unreachableServerIsAClearErrorNamingHostAndPort() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try await PostgresStore.open(url: "postgres://lumbar@127.0.0.1:1/lumbar?connect_timeout=2")
            Issue.record("connected to port 1")
        } catch {
            #expect("\(error)".hasPrefix("cannot connect to PostgreSQL at 127.0.0.1:1"), "\(error)")
        }
        // Generous: under the full parallel suite on 2 cores the task pool is busy for tens of
        // seconds; what matters is that it ends (no hang), alone it takes milliseconds.
        #expect(clock.now - start < .seconds(90))
    }

    @Test func silentServerTimesOut() async throws {
        // A TCP listener that accepts and never answers: the start-up must give up on time.
        let listener = try SilentListener()
        defer { listener.close() }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try await PostgresStore.open(url: "postgres://lumbar@127.0.0.1:\(listener.port)/lumbar?connect_timeout=1")
            Issue.record("connected to a silent listener")
        } catch {
            #expect("\(error)" == "PostgreSQL at 127.0.0.1:\(listener.port) did not answer within 1 s. Check the host and port, a firewall, or raise ?connect_timeout=SECONDS.")
        }
        #expect(clock.now - start < .seconds(90))
    }
}
