import Foundation
import Hummingbird
import HummingbirdTesting
import LumbarCore
import LumbarStore
import Testing
@testable import LumbarWeb

@Suite("Dashboard pages")
struct PageRouteTests {
    @Test("every page answers 200 with its heading, the navigation and no external asset")
    func pagesLoad() async throws {
        let (store, id) = try await WebFixtures.store()
        let app = buildApplication(store: store, configuration: WebFixtures.configuration())
        let pages: [(String, String)] = [
            ("/", "Why does my back hurt after running?"), ("/import", "Import your runs"), ("/runs", "12 runs"),
            ("/runs/\(id.rawValue)", "Route"), ("/load", "Training load"), ("/assessment", "Safety questions"),
            ("/core-tests", "Core tests"), ("/pain", "Pain diary"), ("/result", "Red flags"),
        ]
        try await app.test(.router) { client in
            for (path, heading) in pages {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok, "\(path)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                    let html = response.text
                    #expect(html.contains(heading), "\(path) lacks \(heading)")
                    #expect(html.contains("<main id=\"main\""))
                    #expect(html.contains("aria-label=\"Main\""))
                    let external = html.range(of: #"(src|href|action)="(https?:)?//"#, options: .regularExpression)
                    #expect(external == nil, "\(path) loads something from the network")
                }
            }
        }
    }

    @Test("the run page draws the route and the four traces; names are escaped")
    func runPage() async throws {
        let (store, id) = try await WebFixtures.store()
        let app = buildApplication(store: store, configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/runs/\(id.rawValue)", method: .get) { response in
                let html = response.text
                #expect(html.contains("class=\"route\""))
                for trace in ["id=\"pace\"", "id=\"heart-rate\"", "id=\"cadence\"", "id=\"contact-time\""] { #expect(html.contains(trace)) }
                #expect(html.contains("Run &lt;h11&gt;"))
                #expect(!html.contains("Run <h11>"))
                #expect(html.contains("Effort (RPE) 7/10 · Shoes: Trail &lt;shoes&gt;"))
                #expect(html.contains("<blockquote>Stiff after the hills</blockquote>"))
                #expect(!html.contains("/home/someone"), "the local path of the source must not show")
            }
        }
    }

    @Test("an unknown run is a 404 page with a clear message")
    func unknownRun() async throws {
        let (store, _) = try await WebFixtures.store()
        let app = buildApplication(store: store, configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/runs/nope%3Cscript%3E", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("Activity &quot;nope&lt;script&gt;&quot; was not found"))
            }
        }
    }

    @Test("an unknown address is a 404: an HTML page, or JSON under /api")
    func unknownAddress() async throws {
        let app = buildApplication(store: MemoryStore(), configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("The address /nowhere was not found"))
            }
            try await client.execute(uri: "/api/v1/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/json")
            }
        }
    }

    @Test("the load page shows the shared chart and the glossary of formulas")
    func loadPage() async throws {
        let (store, _) = try await WebFixtures.store()
        let app = buildApplication(store: store, configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/load", method: .get) { response in
                let html = response.text
                #expect(html.contains("<svg"))
                #expect(html.contains("id=\"glossary\""))
                #expect(html.contains("Session load (session RPE)"))
            }
        }
    }

    @Test("the report downloads as an HTML attachment")
    func report() async throws {
        let (store, _) = try await WebFixtures.store()
        let app = buildApplication(store: store, configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/report", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"lumbar-report-2026-12-03.html\"")
                #expect(response.text.contains("<section id=\"red-flags\">"))
            }
        }
    }

    @Test("assets are served by lumbar itself")
    func assets() async throws {
        let app = buildApplication(store: MemoryStore(), configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/assets/app.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(response.text.contains(":focus-visible"))
            }
            try await client.execute(uri: "/assets/app.js", method: .get) { response in
                #expect(response.text.contains("data-timer"))
            }
        }
    }

    @Test("home on an empty store points to the questionnaire first")
    func emptyHome() async throws {
        let app = buildApplication(store: MemoryStore(), configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("Answer the <a href=\"/assessment\">questionnaire</a> first"))
            }
        }
    }

    @Test("with a data version, home is computed once per version; writes made here or a new version show at once")
    func versionedCache() async throws {
        let (store, _) = try await WebFixtures.store()
        let version = VersionBox()
        var configuration = WebFixtures.configuration()
        configuration.dataVersion = { version.value }
        let app = buildApplication(store: store, configuration: configuration)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/summary", method: .get) { #expect($0.text.contains("\"runs\":12")) }
            _ = try await store.save(WebFixtures.run(WebFixtures.today, km: 8, hash: "behind-our-back"))
            try await client.execute(uri: "/api/v1/summary", method: .get) {
                #expect($0.text.contains("\"runs\":12"), "same version: the cached overview")
            }
            version.value = "2"
            try await client.execute(uri: "/api/v1/summary", method: .get) { #expect($0.text.contains("\"runs\":13")) }
            try await client.execute(uri: "/api/v1/core-tests", method: .post, headers: WebFixtures.jsonHeaders,
                                     body: ByteBuffer(string: #"{"flexorSeconds": 50}"#)) { #expect($0.status == .created) }
            try await client.execute(uri: "/api/v1/summary", method: .get) {
                #expect($0.text.contains("\"coreTests\":1"), "a write through the dashboard invalidates at once")
            }
        }
    }
}

/// A version the test changes by hand.
final class VersionBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = "1"
    var value: String {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
