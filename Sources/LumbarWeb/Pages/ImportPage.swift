/// Import: choose files (FIT, GPX, TCX, .gz) or an export .zip. With script each file is
/// streamed to `/api/v1/imports` with a progress bar; without it the form posts the file.
enum ImportPage {
    static func render(limitBytes: Int64, notice: String? = nil, error: String? = nil) -> String {
        var h = "<h1>Import your runs</h1><p>Choose FIT, GPX or TCX files (also .gz), or a whole export as a .zip (Strava bulk export, Garmin Connect export). Files up to \(e(WebError.size(limitBytes))) each. The same file twice is stored once; the same run from two devices becomes one.</p>"
        h += Layout.notice(notice) + Layout.notice(error, error: true)
        h += "<form id=\"upload\" method=\"post\" action=\"/import\" enctype=\"multipart/form-data\">"
        h += "<div class=\"q\"><label for=\"files\">Files</label><input type=\"file\" id=\"files\" name=\"file\" multiple accept=\".fit,.gpx,.tcx,.gz,.zip\" required></div>"
        h += "<button type=\"submit\">Import</button>"
        h += "<progress id=\"upload-progress\" max=\"100\" value=\"0\" hidden aria-label=\"Upload progress\"></progress>"
        h += "<p id=\"upload-status\" role=\"status\" aria-live=\"polite\"></p></form>"
        h += "<p class=\"muted\">Large exports (an Apple Health export.zip of several GB) are streamed to a temporary file on disk, never held in memory. From a terminal: <code>lumbar import PATH</code>.</p>"
        return Layout.page(title: "Import", current: .importData, body: h, script: true)
    }
}
