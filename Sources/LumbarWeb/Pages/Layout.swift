import LumbarReport

/// The pages in the navigation, in order.
enum NavItem: String, CaseIterable, Sendable {
    case home, importData, runs, load, assessment, coreTests, pain, result

    var path: String {
        switch self {
        case .home: "/"
        case .importData: "/import"
        case .runs: "/runs"
        case .load: "/load"
        case .assessment: "/assessment"
        case .coreTests: "/core-tests"
        case .pain: "/pain"
        case .result: "/result"
        }
    }

    var title: String {
        switch self {
        case .home: "Home"
        case .importData: "Import"
        case .runs: "Runs"
        case .load: "Load"
        case .assessment: "Questionnaire"
        case .coreTests: "Core tests"
        case .pain: "Pain diary"
        case .result: "Result"
        }
    }
}

/// The frame every page shares: a skip link, a header with the navigation (the current page
/// marked with `aria-current`), one `main` landmark, and the not-a-diagnosis footer.
/// CSS and script come from lumbar itself (`/assets/...`): nothing is loaded from the network.
enum Layout {
    /// - Parameter bare: no navigation (the sign-in pages of server mode).
    static func page(title: String, current: NavItem?, body: String, script: Bool = false, bare: Bool = false) -> String {
        let chrome = PageChrome.current
        var h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        h += "<title>\(e(title)) · lumbar</title><link rel=\"stylesheet\" href=\"/assets/app.css\">"
        if script { h += "<script src=\"/assets/app.js\" defer></script>" }
        h += "</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>"
        h += "<header class=\"top\"><a class=\"brand\" href=\"/\">lumbar</a>"
        if !bare && chrome?.showsDashboard != false {
            h += "<nav aria-label=\"Main\"><ul>"
            for item in NavItem.allCases {
                let mark = item == current ? " aria-current=\"page\"" : ""
                h += "<li><a href=\"\(item.path)\"\(mark)>\(e(item.title))</a></li>"
            }
            h += "</ul></nav>"
        }
        if let chrome, !bare { h += chrome.accountBar }
        h += "</header>\n"
        if let chrome, !bare { h += chrome.banner }
        h += "<main id=\"main\" tabindex=\"-1\">\n\(chrome.map { $0.protectForms(body) } ?? body)\n</main>\n"
        h += "<footer><p>\(e(ResultWords.notADiagnosis))</p></footer></body></html>\n"
        return h
    }

    /// A figure with an SVG chart and its caption, or the text for "nothing to draw yet".
    static func figure(_ svg: String?, caption: String, empty: String) -> String {
        guard let svg else { return "<p class=\"muted\">\(e(empty))</p>" }
        return "<figure role=\"group\" aria-label=\"\(e(caption))\">\(svg)<figcaption>\(e(caption))</figcaption></figure>"
    }

    /// A message box shown after a form was stored or refused.
    static func notice(_ text: String?, error: Bool = false) -> String {
        guard let text, !text.isEmpty else { return "" }
        return error
            ? "<div class=\"box error\" role=\"alert\">\(e(text))</div>"
            : "<div class=\"box ok\" role=\"status\">\(e(text))</div>"
    }
}
