import CLibXML2

/// The attributes of one start tag, as libxml2's SAX2 hands them over: five pointers per
/// attribute (local name, prefix, namespace URI, value start, value end), valid only during the
/// `start` call.
struct XMLAttributes {
    let pointer: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int

    /// The raw value of the attribute whose local name is `localName` (any prefix), or nil.
    func value(_ localName: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let pointer else { return nil }
        let wanted = localName.utf8Start
        let wantedCount = localName.utf8CodeUnitCount
        for i in 0..<count {
            guard let name = pointer[i * 5], let start = pointer[i * 5 + 3],
                let end = pointer[i * 5 + 4]
            else { continue }
            var k = 0
            while k < wantedCount, name[k] == wanted[k] { k += 1 }
            if k == wantedCount, name[k] == 0 {
                return UnsafeBufferPointer(start: start, count: end - start)
            }
        }
        return nil
    }
}

/// The first fatal error libxml2 reported.
struct XMLParseFailure: Sendable, Equatable {
    /// Byte offset in the file as given (a stripped BOM and leading white space included).
    var offset: Int
    var line: Int
    var column: Int
    var message: String
}

/// A streaming reader's state. libxml2 calls it through non-capturing C callbacks that find it
/// again from the `Unmanaged` user-data pointer (swift-notes.md, "libxml2 from Swift 6").
///
/// Subclasses override `start` and `end`. Element names arrive as codes from `names`; text is
/// collected only for elements whose `start` returned true, and only while no child element
/// interrupts it (every value lumbar reads is a leaf).
///
/// Hot state is marked `@exclusivity(unchecked)`: the parser calls in on one thread, one event
/// at a time, and the runtime's dynamic exclusivity checks cost about a fifth of the decode.
class XMLEventHandler {
    /// Collected text longer than this is cut: no value lumbar reads comes near it.
    static let maximumTextBytes = 4096
    /// Deeper nesting stops the parse as damage. GPX and TCX nest about ten deep; libxml2's push
    /// parser itself does not limit depth when no tree is built.
    static let maximumDepth = 256

    let names: XMLNameTable
    /// Codes of the open elements, outermost first (0 for elements the reader ignores).
    @exclusivity(unchecked) private(set) var stack: [UInt8] = []
    /// The collected text: a fixed buffer, so collecting is a copy and resetting is free.
    private let text: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var textCount = 0
    @exclusivity(unchecked) private var captureDepth = -1
    /// Set by the parser: the first fatal error.
    var failure: XMLParseFailure?
    /// Set by the parser while it runs: the libxml2 context (for byte offsets in errors).
    var context: xmlParserCtxtPtr?
    /// Set by the parser: bytes dropped before libxml2 saw the file (BOM, leading white space).
    var skippedBytes = 0

    /// Codes of recently seen names, keyed by the name's address: libxml2 interns every element
    /// name in its dictionary for the life of the parse, so one address is one name and most
    /// elements are classified by one comparison instead of a length scan and byte compare.
    private let cacheNames: UnsafeMutablePointer<UnsafePointer<UInt8>?>
    private let cacheCodes: UnsafeMutablePointer<UInt8>
    private static let cacheSlots = 64

    init(names: XMLNameTable) {
        self.names = names
        cacheNames = .allocate(capacity: Self.cacheSlots)
        cacheNames.initialize(repeating: nil, count: Self.cacheSlots)
        cacheCodes = .allocate(capacity: Self.cacheSlots)
        cacheCodes.initialize(repeating: 0, count: Self.cacheSlots)
        stack.reserveCapacity(32)
        text = .allocate(capacity: Self.maximumTextBytes)
    }

    deinit {
        cacheNames.deallocate()
        cacheCodes.deallocate()
        text.deallocate()
    }

    @inline(__always)
    private func code(of localName: UnsafePointer<UInt8>) -> UInt8 {
        let slot = (Int(bitPattern: localName) >> 4) & (Self.cacheSlots - 1)
        if cacheNames[slot] == localName { return cacheCodes[slot] }
        let code = names.code(of: localName)
        cacheNames[slot] = localName
        cacheCodes[slot] = code
        return code
    }

    /// A start tag. Return true to receive the element's text in `end`.
    func start(_ code: UInt8, parent: UInt8, attributes: XMLAttributes) -> Bool { false }

    /// An end tag, with the element's text: nil unless `start` asked for it (and no child
    /// element interrupted it).
    func end(_ code: UInt8, parent: UInt8, text: UnsafeBufferPointer<UInt8>?) {}

    @inline(__always)
    final func didStart(_ localName: UnsafePointer<UInt8>, _ attributes: XMLAttributes) {
        let code = code(of: localName)
        let parent = stack.last ?? XMLNameTable.unknown
        stack.append(code)
        captureDepth = -1
        if stack.count > Self.maximumDepth {
            stop(message: "elements nested deeper than \(Self.maximumDepth) levels (maximum depth exceeded)")
            return
        }
        if code != XMLNameTable.unknown, start(code, parent: parent, attributes: attributes) {
            captureDepth = stack.count
            textCount = 0
        }
    }

    /// Ends the parse here as damage.
    final func stop(message: String) {
        guard failure == nil, let context else { return }
        failure = XMLParseFailure(
            offset: skippedBytes + Int(xmlByteConsumed(context)),
            line: Int(xmlSAX2GetLineNumber(context)), column: Int(xmlSAX2GetColumnNumber(context)),
            message: message)
        xmlStopParser(context)
    }

    @inline(__always)
    final func didEnd() {
        guard let code = stack.popLast() else { return }
        let parent = stack.last ?? XMLNameTable.unknown
        if code == XMLNameTable.unknown { return }
        if captureDepth == stack.count + 1 {
            captureDepth = -1
            end(code, parent: parent, text: UnsafeBufferPointer(start: text, count: textCount))
        } else {
            end(code, parent: parent, text: nil)
        }
    }

    @inline(__always)
    final func didRead(_ characters: UnsafePointer<UInt8>, _ count: Int) {
        guard captureDepth == stack.count else { return }
        let n = min(count, Self.maximumTextBytes - textCount)
        guard n > 0 else { return }
        (text + textCount).update(from: characters, count: n)
        textCount += n
    }
}
