/// Small GPX documents written for these tests (each case the shared test data lacks).
enum GPXFixtures {
    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="lumbar tests" xmlns="http://www.topografix.com/GPX/1/1"
          xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"
          xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v2">
        """

    /// One `trkpt` at `second` seconds after 2024-05-01T06:00:00Z, moving north.
    static func point(
        _ second: Int, lat: Double? = nil, ele: Double? = nil, extensions: String = ""
    ) -> String {
        let latitude = lat ?? 47.0 + Double(second) * 0.00003  // about 3.3 m/s northwards
        let minutes = second / 60
        let clock = "06:\(minutes < 10 ? "0" : "")\(minutes):\(second % 60 < 10 ? "0" : "")\(second % 60)"
        let elevation = ele.map { "<ele>\($0)</ele>" } ?? ""
        let ext = extensions.isEmpty ? "" : "<extensions>\(extensions)</extensions>"
        return "<trkpt lat=\"\(latitude)\" lon=\"8.5\">\(elevation)<time>2024-05-01T\(clock)Z</time>\(ext)</trkpt>\n"
    }

    static func track(type: String? = nil, name: String? = nil, _ points: String) -> String {
        let t = type.map { "<type>\($0)</type>" } ?? ""
        let n = name.map { "<name>\($0)</name>" } ?? ""
        return "<trk>\(n)\(t)<trkseg>\n\(points)</trkseg></trk>\n"
    }

    static func document(_ body: String) -> [UInt8] { Array((header + body + "</gpx>\n").utf8) }

    static let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE gpx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <gpx version="1.1"><trk><name>&xxe;</name><trkseg>
        <trkpt lat="47" lon="8"><time>2024-05-01T06:00:00Z</time></trkpt>
        <trkpt lat="47.001" lon="8"><time>2024-05-01T06:00:30Z</time></trkpt>
        </trkseg></trk></gpx>
        """

    static let externalDTD = """
        <?xml version="1.0"?>
        <!DOCTYPE gpx SYSTEM "file:///etc/passwd">
        <gpx version="1.1"><trk><name>&passwd;</name><trkseg>
        <trkpt lat="47" lon="8"><time>2024-05-01T06:00:00Z</time></trkpt>
        </trkseg></trk></gpx>
        """

    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE gpx [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <gpx version="1.1"><trk><name>&lol9;</name><type>&lol9;</type><trkseg>
        <trkpt lat="47" lon="8"><time>2024-05-01T06:00:00Z</time></trkpt>
        </trkseg></trk></gpx>
        """
}
