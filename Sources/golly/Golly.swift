import ArgumentParser
import Driver
import Foundation

// The `golly` command line (docs/DESIGN.md §1). gc-style single-dash flags
// (-O2, -S, -emit-llvm, -d=defer) are accepted and mapped onto the
// argument parser's long options in `normalize`.

@main
struct Golly: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golly",
        abstract: "A Go compiler that lowers Go to LLVM IR.",
        subcommands: [Build.self, Run.self, Clean.self, Version.self])

    static func main() {
        let argv = Array(CommandLine.arguments.dropFirst())
        if argv.first == "test" {
            // go test's own flag syntax (TestCommand.swift).
            do {
                let options = try TestCommand.options(Array(argv.dropFirst()))
                var status: Int32 = 0
                try onLargeStack { status = try Compiler.test(options) }
                Foundation.exit(status)
            } catch let failure as CompileFailure {
                for m in failure.messages { FileHandle.standardError.write((m + "\n").data(using: .utf8)!) }
                Foundation.exit(failure.exitCode)
            } catch {
                exit(withError: error)
            }
        }
        let (args, programArgs) = normalize(argv)
        Run.programArguments = programArgs
        do {
            var command = try parseAsRoot(args)
            try onLargeStack { try command.run() }
        } catch let failure as CompileFailure {
            for m in failure.messages { FileHandle.standardError.write((m + "\n").data(using: .utf8)!) }
            Foundation.exit(failure.exitCode)
        } catch {
            exit(withError: error)
        }
    }

    /// Maps gc-style flags onto long options and splits off the program's
    /// arguments for `run`: after `--`, or as go run takes them, after the
    /// package (the first operand) or the leading `.go` files.
    static func normalize(_ argv: [String]) -> ([String], [String]) {
        var out: [String] = []
        var rest: [String] = []
        var i = 0
        let isRun = argv.first == "run"
        var sawOperand = false
        while i < argv.count {
            let a = argv[i]
            if a == "--" { rest = Array(argv[(i + 1)...]); break }
            let takesValue: Set<String> = ["-o", "--output", "--opt-level", "--debug"]
            if isRun && i > 0 && !a.hasPrefix("-") && !takesValue.contains(argv[i - 1]) {
                if sawOperand && !(a.hasSuffix(".go") && argv[i - 1].hasSuffix(".go")) {
                    rest = Array(argv[i...])
                    break
                }
                sawOperand = true
                if !a.hasSuffix(".go") {
                    out.append(a)
                    rest = Array(argv[(i + 1)...])
                    break
                }
            }
            switch a {
            case "-O0", "-O1", "-O2", "-O3": out += ["--opt-level", String(a.dropFirst(2))]
            case "-S", "-emit-llvm": out.append("--emit-llvm")
            default:
                if a.hasPrefix("-d=") { out += ["--debug", String(a.dropFirst(3))] } else { out.append(a) }
            }
            i += 1
        }
        return (out, rest)
    }
}

struct CompileFlags: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: "Output file.")
    var output: String?
    @Option(name: .customLong("opt-level"), help: "Optimization level 0-2 (-O0, -O1, -O2); -O2 is the default.")
    var optLevel: Int = 2
    @Flag(name: .customLong("emit-llvm"), help: "Write textual LLVM IR (.ll) instead of an executable (-S).")
    var emitLLVM = false
    @Option(name: .customLong("debug"), help: "Debug output as gc's -d= (e.g. -d=defer).")
    var debug: [String] = []

    func options(inputs: [String]) -> BuildOptions {
        var o = BuildOptions(inputs: inputs)
        o.output = output
        o.optLevel = optLevel
        o.emitLLVM = emitLLVM
        o.debugFlags = Set(debug.flatMap { $0.split(separator: ",").map(String.init) })
        return o
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Compile Go files (or a directory) to an executable.")
    @OptionGroup var flags: CompileFlags
    @Argument(help: "Go source files, or one package directory.")
    var inputs: [String] = []

    func run() throws {
        _ = try Compiler.build(flags.options(inputs: inputs))
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Compile and run Go files; the program's exit status is passed through.")
    nonisolated(unsafe) static var programArguments: [String] = []
    @OptionGroup var flags: CompileFlags
    @Argument(help: "A package or Go source files, then the program's arguments (or -- and them).")
    var inputs: [String] = []

    func run() throws {
        let dir = NSTemporaryDirectory() + "golly-run-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var options = flags.options(inputs: inputs)
        options.emitLLVM = false
        options.requireExecutable = true
        let stem = ((inputs.first ?? "main") as NSString).lastPathComponent.replacingOccurrences(of: ".go", with: "")
        options.output = (dir as NSString).appendingPathComponent(stem)
        let exe = try Compiler.build(options)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = Run.programArguments
        try p.run()
        // Signals meant to stop the program reach it, and golly stays to
        // remove its directory and exit as the program did. (Set after the
        // start: an ignored signal would stay ignored in the program.)
        let forwarders = [SIGINT, SIGTERM, SIGHUP, SIGQUIT].map { sig -> DispatchSourceSignal in
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { kill(p.processIdentifier, sig) }
            source.resume()
            return source
        }
        p.waitUntilExit()
        forwarders.forEach { $0.cancel() }
        // A program killed by a signal exits as a shell reports it: 128 + signal.
        let status = p.terminationReason == .uncaughtSignal ? 128 + p.terminationStatus : p.terminationStatus
        try? FileManager.default.removeItem(atPath: dir)
        Foundation.exit(status)
    }
}

/// `golly clean -cache`, as `go clean -cache`: removes the build cache
/// (`$GOLLYCACHE`, else `$XDG_CACHE_HOME/golly`, else `~/.cache/golly`).
struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove golly's build cache (-cache).")
    @Flag(name: .customLong("cache", withSingleDash: true), help: "Remove the whole build cache.")
    var cache = false
    func run() throws {
        if cache { try Compiler.cleanCache() }
    }
}

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print golly's version.")
    func run() throws {
        print("golly version 0.1.0 (go1.19 language, LLVM \(Compiler.llvmVersion))")
    }
}

/// Runs `body` on a thread with a 1 GiB stack: the parser, checker and IRGen
/// recurse over the tree, and a pathological input (a 100,000-term sum) must
/// not overflow the main thread's 8 MB stack.
func onLargeStack(_ body: @escaping () throws -> Void) throws {
    var failure: Error?
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        do { try body() } catch { failure = error }
        done.signal()
    }
    thread.stackSize = 1 << 30
    thread.start()
    done.wait()
    if let failure { throw failure }
}
