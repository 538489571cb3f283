import Driver
import Foundation

// `golly test [flags] [PKG...] [flags] [-args ARGS...]`: go test's flags
// (cmd/go/internal/test/testflag.go), single-dash as go takes them, `-f=v`
// or `-f v`. Test flags become the test binary's `-test.f=v`; golly's build
// flags (-O0..-O3, -d=) apply to the build.
enum TestCommand {
    static let boolFlags: Set<String> = ["v", "short", "benchmem", "failfast"]
    static let valueFlags: Set<String> = ["run", "bench", "benchtime", "count", "timeout", "list", "parallel", "cpu",
                                          "skip", "shuffle"]

    static func options(_ argv: [String]) throws -> TestOptions {
        var options = TestOptions(build: BuildOptions(inputs: []))
        var testFlags: [String] = []
        var timeout = "10m0s"
        var i = 0
        while i < argv.count {
            let a = argv[i]
            i += 1
            if a == "-args" || a == "--args" {
                testFlags += argv[i...]
                break
            }
            guard a.hasPrefix("-"), a.count > 1 else {
                options.packages.append(a)
                continue
            }
            switch a {
            case "-O0", "-O1", "-O2", "-O3":
                options.build.optLevel = Int(String(a.dropFirst(2)))!
                continue
            default: break
            }
            if a.hasPrefix("-d=") {
                options.build.debugFlags.formUnion(a.dropFirst(3).split(separator: ",").map(String.init))
                continue
            }
            var name = String(a.drop { $0 == "-" })
            var value: String?
            if let eq = name.firstIndex(of: "=") {
                value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if boolFlags.contains(name) {
                let on = value.map { ["1", "t", "true", "T", "TRUE", "True"].contains($0) } ?? true
                testFlags.append("-test.\(name)=\(on)")
                if name == "v" && on { options.showsPasses = true }
                continue
            }
            guard valueFlags.contains(name) else {
                throw CompileFailure(exitCode: 2, messages: ["flag provided but not defined: -\(name)",
                                                             "usage: golly test [flags] [packages] [-args ...]"])
            }
            if value == nil {
                guard i < argv.count else {
                    throw CompileFailure(exitCode: 2, messages: ["flag needs an argument: -\(name)"])
                }
                value = argv[i]
                i += 1
            }
            if name == "timeout" { timeout = value!; continue }
            if name == "list" { options.showsPasses = true }
            if name == "bench" { options.benchmarks = true }
            testFlags.append("-test.\(name)=\(value!)")
        }
        options.binaryArguments = ["-test.paniconexit0", "-test.timeout=\(timeout)"] + testFlags
        return options
    }
}
