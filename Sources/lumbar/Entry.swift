import LumbarCLI

/// The executable holds nothing but the entry point: every command lives in `LumbarCLI`
/// (async subcommands need an `async` main, see docs/swift-notes).
@main
struct Entry {
    static func main() async {
        await LumbarCommand.main()
    }
}
