/// The readers `lumbar import` and `lumbar inspect` use, in the order they are asked whether
/// they recognise a file: the FIT, GPX and TCX readers (`FITReader()`, `GPXReader()`,
/// `TCXReader()`) are listed here.
public enum DefaultReaders {
    /// Every reader lumbar ships, in sniffing order.
    public static var all: [any ActivityFileReader] { [FITReader(), GPXReader(), TCXReader()] }
}
