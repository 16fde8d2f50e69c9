import Hummingbird

/// Serves the stylesheet and the script from the binary (works offline).
enum AssetRoutes {
    static func add(to router: some RouterMethods<LumbarRequestContext>) {
        router.get("/assets/app.css") { _, _ in
            Responses.make(AppStyle.css, type: "text/css; charset=utf-8", extra: [.cacheControl: "max-age=3600"])
        }
        router.get("/assets/app.js") { _, _ in
            Responses.make(AppScript.js, type: "text/javascript; charset=utf-8", extra: [.cacheControl: "max-age=3600"])
        }
    }
}
