/// Finds the export document of an Apple Health export: `export.xml`, or under a localised
/// name (`Export.xml`, `导出.xml`) any `*.xml` directly in `apple_health_export/` that starts
/// with a `<HealthData` root; never the clinical `export_cda.xml`.
enum AppleHealthExport {
    /// How far into a file the `<HealthData` root is looked for (the DTD before it is about 12 KB).
    static let sniffBytes = 256 * 1024

    /// The export document in `container`, if it is an Apple Health export.
    static func find(in container: any ExportContainer) -> ExportEntry? {
        let candidates = container.entries.filter { entry in
            guard !entry.path.hasPrefix("__MACOSX"), !entry.name.hasPrefix("."), entry.name.lowercased().hasSuffix(".xml"),
                entry.name != "export_cda.xml"
            else { return false }
            let folders = entry.folder.split(separator: "/")
            return entry.folder.isEmpty || (folders.last == "apple_health_export" && folders.count <= 2)
        }.sorted { a, b in (a.name == "export.xml" ? 0 : 1, a.path.count) < (b.name == "export.xml" ? 0 : 1, b.path.count) }
        return candidates.first { isHealthData(container.prefix($0, count: sniffBytes)) }
    }

    /// Whether the bytes mention the `<HealthData` root element.
    static func isHealthData(_ prefix: [UInt8]) -> Bool {
        let needle = Array("<HealthData".utf8)
        guard prefix.count >= needle.count else { return false }
        for i in 0...(prefix.count - needle.count) where prefix[i] == 0x3C {
            if prefix[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
