import Foundation

/// Links an object with the runtime archive through the system C compiler
/// driver: non-PIE as gc's executables are (docs/DESIGN.md §7). Tracebacks
/// name Go functions from the executable's own ELF symbol table
/// (runtime/src/symbolize.c), so no `-rdynamic`.
func link(object: String, output: String) throws {
    let runtime = try runtimeArchive()
    let args = ["cc", "-no-pie", "-o", output, object, runtime, "-lm"]
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = args
    let errPipe = Pipe()
    p.standardError = errPipe
    try p.run()
    let errData = errPipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    if p.terminationStatus != 0 {
        throw CompileFailure(exitCode: 3, messages: ["internal compiler error: link failed:\n" + String(decoding: errData, as: UTF8.self)])
    }
}

/// `libgollyrt.a`: `GOLLY_RUNTIME`, else next to the golly binary, else in a
/// `build/runtime` directory above it (the source tree's CMake build).
func runtimeArchive() throws -> String {
    let fm = FileManager.default
    if let env = ProcessInfo.processInfo.environment["GOLLY_RUNTIME"], !env.isEmpty { return env }
    let exe = (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var dir = (exe as NSString).deletingLastPathComponent
    let beside = (dir as NSString).appendingPathComponent("libgollyrt.a")
    if fm.fileExists(atPath: beside) { return beside }
    while dir != "/" && !dir.isEmpty {
        let candidate = (dir as NSString).appendingPathComponent("build/runtime/libgollyrt.a")
        if fm.fileExists(atPath: candidate) { return candidate }
        dir = (dir as NSString).deletingLastPathComponent
    }
    throw CompileFailure(exitCode: 3, messages: ["internal compiler error: cannot find the runtime library libgollyrt.a (set GOLLY_RUNTIME)"])
}
