import Foundation

/// `LumbarBench [NAME...]`: runs the named benchmarks (all when none are named) and prints one
/// row per number. Each benchmark lives in its own file and registers here.
let registry: [(name: String, run: () throws -> [BenchResult])] = [
    ("gpx", GPXBench.run),
    ("fit", FITBench.run),
    ("load", LoadBench.run),
    ("pose", PoseBench.run),
    ("form", FormBench.run),
    ("applehealth", AppleHealthBench.run),
    ("analyze", AnalyzeBench.run),
]

let wanted = Set(CommandLine.arguments.dropFirst())
for entry in registry where wanted.isEmpty || wanted.contains(entry.name) {
    do {
        for r in try entry.run() {
            print("\(entry.name)\t\(r.name)\t\(String(format: "%.3f", r.value))\t\(r.unit)\t\(r.note)")
        }
    } catch {
        print("\(entry.name)\tfailed\t0\t-\t\(error)")
    }
}
