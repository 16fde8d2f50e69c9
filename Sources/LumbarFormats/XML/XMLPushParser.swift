import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libxml2's SAX2 push parser fed in chunks, so a file of any size streams through a fixed
/// buffer (swift-notes.md: 167 MB/s on a 200 MB GPX at 20 MB RSS).
///
/// Safety: options are `XML_PARSE_NONET` only, never `XML_PARSE_NOENT` or `XML_PARSE_DTDLOAD`,
/// and no DTD callbacks are installed (no entity or subset handlers, no `getEntity`), so an
/// entity is never declared, loaded or expanded: external entities (XXE) and nested entity
/// bombs ("billion laughs") end as an "entity not defined" error instead of being read.
final class XMLPushParser {
    /// Bytes handed to libxml2 per call.
    static let chunkSize = 256 * 1024

    private let handler: XMLEventHandler
    private let context: xmlParserCtxtPtr
    /// Still before the first byte of markup: a UTF-8 BOM and white space are dropped here
    /// (Strava exports start with spaces before `<?xml`, formats.md section 7).
    private var atStart = true
    private var fedAny = false

    init(handler: XMLEventHandler, file: String) {
        self.handler = handler
        var sax = Self.makeSAXHandler()
        let user = Unmanaged.passUnretained(handler).toOpaque()
        context = file.withCString { xmlCreatePushParserCtxt(&sax, user, nil, 0, $0) }
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        xmlCtxtUseOptions(context, Int32(options))
        handler.context = context
    }

    deinit {
        handler.context = nil
        // An `<!ENTITY>` in an internal subset (DOCTYPE) makes libxml2 build a stand-in document
        // for "SAX compatibility" even without a tree; the parser context does not own it, so it
        // leaked once per such file (found by the GPX fuzzer under LeakSanitizer).
        if let document = context.pointee.myDoc {
            context.pointee.myDoc = nil
            xmlFreeDoc(document)
        }
        xmlFreeParserCtxt(context)
    }

    /// Whether no fatal error has stopped the parse yet.
    var isHealthy: Bool { handler.failure == nil }

    /// Hands `bytes` to libxml2. Returns false once the document is known to be damaged.
    @discardableResult
    func feed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isHealthy, var base = bytes.baseAddress else { return isHealthy }
        var count = bytes.count
        if atStart {
            if !fedAny, handler.skippedBytes == 0, count >= 3, base[0] == 0xEF, base[1] == 0xBB,
                base[2] == 0xBF
            {
                base += 3
                count -= 3
                handler.skippedBytes += 3
            }
            while count > 0, XMLBytes.isSpace(base[0]) {
                base += 1
                count -= 1
                handler.skippedBytes += 1
            }
            if count == 0 { return true }
            atStart = false
        }
        fedAny = true
        base.withMemoryRebound(to: CChar.self, capacity: count) { chars in
            _ = xmlParseChunk(context, chars, Int32(count), 0)
        }
        noteFatalState()
        return isHealthy
    }

    /// Tells libxml2 the document ended (an unclosed element is an error from here).
    @discardableResult
    func finish() -> Bool {
        guard isHealthy else { return false }
        if !fedAny {
            handler.failure = XMLParseFailure(
                offset: handler.skippedBytes, line: 1, column: 1,
                message: "the file holds only white space, no XML")
            return false
        }
        _ = xmlParseChunk(context, nil, 0, 1)
        noteFatalState()
        return isHealthy
    }

    /// Feeds a whole in-memory file in chunks and finishes.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let n = min(Self.chunkSize, bytes.count - offset)
            guard feed(UnsafeBufferPointer(start: base + offset, count: n)) else { return }
            offset += n
        }
        finish()
    }

    /// Reads the file at `path` in chunks (never the whole file in memory) and finishes.
    func parse(path: String, file: String) throws(FormatError) {
        // Regular files only, opened without blocking: a FIFO would block `fread` for ever.
        let fd: Int32
        do { fd = try RegularFile.open(path).fd } catch { throw FormatError(file: file, error) }
        guard let stream = fdopen(fd, "rb") else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .unreadable(file: file, reason: reason)
        }
        defer { fclose(stream) }
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        var total = 0
        var readError = false
        buffer.withUnsafeMutableBufferPointer { chunk in
            while true {
                let n = fread(chunk.baseAddress, 1, chunk.count, stream)
                if n > 0 {
                    total += n
                    guard feed(UnsafeBufferPointer(start: chunk.baseAddress, count: n)) else { return }
                }
                if n < chunk.count {
                    readError = ferror(stream) != 0
                    return
                }
            }
        }
        if readError { throw .unreadable(file: file, reason: "a read error after \(total) bytes") }
        if total == 0 { throw .empty(file: file) }
        if isHealthy { finish() }
    }

    /// libxml2 keeps going after some errors; a document that is no longer well-formed counts
    /// as damaged even when no structured error reached us.
    private func noteFatalState() {
        if handler.failure == nil, context.pointee.wellFormed == 0, context.pointee.disableSAX != 0 {
            handler.failure = XMLParseFailure(
                offset: handler.skippedBytes + Int(xmlByteConsumed(context)),
                line: Int(context.pointee.input?.pointee.line ?? 0),
                column: Int(context.pointee.input?.pointee.col ?? 0),
                message: "the XML is not well-formed")
        }
    }

    private static func makeSAXHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { user, localName, _, _, _, _, attributeCount, _, attributes in
            guard let user, let localName else { return }
            Unmanaged<XMLEventHandler>.fromOpaque(user)._withUnsafeGuaranteedRef {
                $0.didStart(localName, XMLAttributes(pointer: attributes, count: Int(attributeCount)))
            }
        }
        sax.endElementNs = { user, _, _, _ in
            guard let user else { return }
            Unmanaged<XMLEventHandler>.fromOpaque(user)._withUnsafeGuaranteedRef { $0.didEnd() }
        }
        sax.characters = { user, characters, count in
            guard let user, let characters else { return }
            Unmanaged<XMLEventHandler>.fromOpaque(user)._withUnsafeGuaranteedRef {
                $0.didRead(characters, Int(count))
            }
        }
        sax.cdataBlock = sax.characters
        sax.serror = { user, error in
            guard let user, let error, error.pointee.level == XML_ERR_FATAL else { return }
            let handler = Unmanaged<XMLEventHandler>.fromOpaque(user).takeUnretainedValue()
            guard handler.failure == nil else { return }
            var offset = handler.skippedBytes
            if let context = handler.context { offset += Int(xmlByteConsumed(context)) }
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
            handler.failure = XMLParseFailure(
                offset: offset, line: Int(error.pointee.line), column: Int(error.pointee.int2),
                message: String(message.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()))
            if let context = handler.context { xmlStopParser(context) }
        }
        return sax
    }
}
