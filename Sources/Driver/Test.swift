import Foundation
import Loader

// `golly test` (cmd/go/internal/test): for each package the patterns name,
// a test binary of the package with its `_test.go` files, its external test
// package and a generated main (TestMain.swift) is built, through the
// build cache as any program, and run in the package's directory with
// go test's flags turned into the binary's `-test.*` flags. What it prints
// and the summary lines are go test's: `ok  \tPKG\t0.012s`,
// `FAIL\tPKG\t0.012s`, `?   \tPKG\t[no test files]`, `FAIL\tPKG [build
// failed]`, and a last `FAIL` when a package failed (exit 1).

/// What `golly test` was asked to do.
public struct TestOptions {
    public var build: BuildOptions
    /// Package patterns; none is the package in the working directory
    /// (go test's local directory mode).
    public var packages: [String] = []
    /// The `-test.*` flags and the arguments after `-args`, for each binary.
    public var binaryArguments: [String] = []
    /// -v or -list: the binary's output is shown even when it passes.
    public var showsPasses = false
    /// -bench: the output is streamed.
    public var benchmarks = false
    public init(build: BuildOptions) { self.build = build }
}

/// What becomes of a test binary's output.
enum TestOutputMode {
    case stream, streamAndKeep, keep
}

extension Compiler {
    /// Runs the tests; returns go test's exit status.
    public static func test(_ options: TestOptions) throws -> Int32 {
        let loader: PackageLoader
        let roots: [String]
        do {
            loader = try standardLoader()
            _ = try loader.load(options.packages.isEmpty ? ["."] : options.packages)
            roots = loader.roots
            for w in loader.warnings { FileHandle.standardError.write(Data((w + "\n").utf8)) }
        } catch let e as LoadError {
            throw CompileFailure(exitCode: 1, messages: e.messages)
        }
        // cmd/go/internal/test runTestActor: output is streamed in local
        // directory mode and with -bench; streamed and kept with -v for one
        // package; else kept, and dropped when the package passes (unless -v).
        let mode: TestOutputMode = options.packages.isEmpty || options.benchmarks ? .stream
            : options.showsPasses && roots.count == 1 ? .streamAndKeep : .keep
        let dir = NSTemporaryDirectory() + "golly-test-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var failed = false
        for root in roots {
            let ok = try testPackage(root, loader: loader, options: options, mode: mode, scratch: dir)
            failed = failed || !ok
        }
        // printExitStatus: a last FAIL when packages were named.
        if failed && !options.packages.isEmpty { print("FAIL") }
        return failed ? 1 : 0
    }

    /// Builds and runs the test binary of `root`; whether it passed.
    static func testPackage(_ root: String, loader: PackageLoader, options: TestOptions, mode: TestOutputMode,
                            scratch: String) throws -> Bool {
        let packages: TestPackages
        do {
            packages = try loader.loadTest(root, mainImports: TestMainSource.imports)
        } catch let e as LoadError {
            e.messages.forEach { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
            print("FAIL\t\(root) [setup failed]")
            return false
        }
        let tested = packages.tested
        if tested.testGoFiles.isEmpty && packages.external == nil {
            print("?   \t\(root)\t[no test files]")
            return true
        }
        let exe: String
        do {
            exe = try buildTestBinary(packages, options: options, scratch: scratch)
        } catch let failure as CompileFailure {
            failure.messages.forEach { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
            print("FAIL\t\(root) [build failed]")
            return false
        }
        let start = Date()
        let (status, output) = try runTestBinary(exe, in: tested.dir, arguments: options.binaryArguments,
                                                 streams: mode != .keep)
        let elapsed = String(format: "%.3fs", Date().timeIntervalSince(start))
        // go test's `out`: what it kept of the output.
        let out = mode == .stream ? "" : String(decoding: output, as: UTF8.self)
        if status == 0 {
            if mode == .keep && options.showsPasses { FileHandle.standardOutput.write(output) }
            var norun = ""
            if out.hasPrefix("testing: warning: no tests to run\n") || out.contains("\ntesting: warning: no tests to run\n") {
                norun = " [no tests to run]"
            }
            if !out.isEmpty && !out.hasSuffix("\n") { print("") }
            print("ok  \t\(root)\t\(elapsed)\(norun)")
            return true
        }
        if mode == .keep { FileHandle.standardOutput.write(output) }
        if out.isEmpty {
            // The reason, when the output does not show it (exec.ExitError).
            print(status > 128 ? "signal: \(signalName(status - 128))" : "exit status \(status)")
        } else if !out.hasSuffix("\n") {
            print("")
        }
        print("FAIL\t\(root)\t\(elapsed)")
        return false
    }

    /// Compiles the test binary: every package of `packages`, then the
    /// generated main.
    static func buildTestBinary(_ packages: TestPackages, options: TestOptions, scratch: String) throws -> String {
        try refuseAssembly(packages.packages)
        let tested = packages.tested
        let functions = try TestFunctions(testFiles: tested.testGoFiles, externalFiles: packages.external?.goFiles ?? [])
        let name = String(tested.importPath.split(separator: "/").last ?? "pkg")
        let work = scratch + "/" + tested.importPath.replacingOccurrences(of: "/", with: "_")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let mainFile = work + "/_testmain.go"
        let source = functions.mainSource(importPath: tested.importPath, testedPath: tested.importPath,
                                          hasExternal: packages.external != nil)
        try source.write(toFile: mainFile, atomically: true, encoding: .utf8)
        // The test variants are headed as go test heads them: `# p [p.test]`.
        let variants = Set([tested.importPath, packages.external?.importPath].compactMap { $0 })
        var units = packages.packages.map { s in
            PackageUnit(s, path: s.importPath, isRoot: false,
                        errorHeading: variants.contains(s.importPath) ? "# \(s.importPath) [\(tested.importPath).test]" : nil)
        }
        var main = PackageUnit(path: "main", files: [mainFile], errorHeading: "# \(tested.importPath).test",
                               isRoot: true, executableName: name + ".test")
        main.imports = TestMainSource.imports + [tested.importPath] + (packages.external.map { [$0.importPath] } ?? [])
        units.append(main)
        var build = options.build
        build.output = work + "/" + name + ".test"
        build.requireExecutable = true
        build.emitLLVM = false
        let timer = PhaseTimer(enabled: build.debugFlags.contains("timing"))
        defer { timer.report() }
        return try self.build(units, options: build, timer: timer)
    }

    /// Runs a test binary in `dir` (go test runs it in the package's
    /// directory); its exit status and its output, stdout and stderr
    /// together, copied to golly's stdout as it comes when `streams`.
    static func runTestBinary(_ exe: String, in dir: String, arguments: [String], streams: Bool) throws -> (Int32, Data) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        final class Collected: @unchecked Sendable { var data = Data() }
        let output = Collected()
        let reader = pipe.fileHandleForReading
        let done = DispatchSemaphore(value: 0)
        try p.run()
        try? pipe.fileHandleForWriting.close()
        DispatchQueue.global().async {
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                output.data.append(chunk)
                if streams { FileHandle.standardOutput.write(chunk) }
            }
            done.signal()
        }
        p.waitUntilExit()
        done.wait()     // the reader saw the end: output is complete and no longer written
        let status = p.terminationReason == .uncaughtSignal ? 128 + p.terminationStatus : p.terminationStatus
        return (status, output.data)
    }

    static func signalName(_ sig: Int32) -> String {
        switch sig {
        case SIGKILL: return "killed"
        case SIGSEGV: return "segmentation fault"
        case SIGABRT: return "aborted"
        case SIGINT: return "interrupt"
        case SIGTERM: return "terminated"
        default: return "signal \(sig)"
        }
    }
}
