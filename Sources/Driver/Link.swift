import Foundation

/// Links the packages' objects with the runtime archive through the system C compiler
/// driver: non-PIE as gc's executables are (docs/DESIGN.md §7). Tracebacks
/// name Go functions from the executable's own ELF symbol table
/// (runtime/src/symbolize.c), so no `-rdynamic`. A linker script adds to
/// the default one the symbols around the stack maps that the collector
/// reads (runtime/src/stackmap.c).
func link(objects: [String], output: String) throws {
    let runtime = try runtimeArchive()
    // Linked where nothing can go wrong, then copied where the user asked,
    // so that a bad -o is the user's error, reported as gc's go build does.
    let base = NSTemporaryDirectory() + "golly-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let linked = base + ".exe"
    let script = base + ".ld"
    defer {
        try? FileManager.default.removeItem(atPath: linked)
        try? FileManager.default.removeItem(atPath: script)
    }
    try stackMapsScript.write(toFile: script, atomically: false, encoding: .utf8)
    let args = ["cc", "-no-pie", "-o", linked] + objects + [runtime, "-lm", "-Wl,-T," + script]
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = args
    let errPipe = Pipe()
    p.standardError = errPipe
    try p.run()
    let errData = errPipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    if p.terminationStatus != 0 {
        let text = String(decoding: errData, as: UTF8.self)
        // A Go function declared without a body that nothing defines: a
        // runtime hook of the standard library golly does not provide yet
        // (std/README.md), not a golly crash.
        let missing = undefinedGoSymbols(in: text)
        if !missing.isEmpty {
            throw CompileFailure(exitCode: 1, messages: missing.map {
                "golly does not support \($0) yet (a function without a body that golly's runtime does not define)"
            })
        }
        throw CompileFailure(exitCode: 3, messages: ["internal compiler error: link failed:\n" + text])
    }
    try install(linked, at: output)
}

/// The Go symbols (`pkg.name`) the linker reports undefined, in order.
func undefinedGoSymbols(in linkerOutput: String) -> [String] {
    var seen = Set<String>(), result: [String] = []
    for line in linkerOutput.split(separator: "\n") {
        guard let start = line.range(of: "undefined reference to `") else { continue }
        let symbol = line[start.upperBound...].prefix { $0 != "'" }
        if symbol.contains("."), seen.insert(String(symbol)).inserted { result.append(String(symbol)) }
    }
    return result
}

/// Where `go build -o OUT` puts the executable: OUT, or OUT/STEM when OUT
/// is a directory; missing parent directories are created, as go build
/// creates them.
func executablePath(_ output: String?, stem: String) -> String {
    guard let output else { return stem }
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: output, isDirectory: &isDir), isDir.boolValue {
        return (output as NSString).appendingPathComponent(stem)
    }
    let parent = parentDirectory(of: output)
    if !parent.isEmpty { try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
    return output
}

/// Copies the linked executable to `path`, executable by all the umask
/// allows; a path that cannot be written is the user's error, exit 1.
func install(_ linked: String, at path: String) throws {
    func failure(_ op: String) -> CompileFailure {
        CompileFailure(exitCode: 1, messages: ["golly build: copying the executable: \(op) \(path): \(errnoText())"])
    }
    guard let data = FileManager.default.contents(atPath: linked) else {
        throw CompileFailure(exitCode: 3, messages: ["internal compiler error: cannot read the linked executable \(linked)"])
    }
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o777)
    guard fd >= 0 else { throw failure("open") }
    defer { close(fd) }
    let mask = umask(0)
    umask(mask)
    guard fchmod(fd, 0o777 & ~mask) == 0 else { throw failure("chmod") }
    var written = 0
    let total = data.count
    while written < total {
        let n = data.withUnsafeBytes { write(fd, $0.baseAddress! + written, total - written) }
        if n < 0 {
            if errno == EINTR { continue }
            let error = failure("write")
            unlink(path)
            throw error
        }
        written += n
    }
}

/// `libgollyrt.a`: `GOLLY_RUNTIME`, else next to the golly binary, else in a
/// `build/runtime` directory above it (the source tree's CMake build).
func runtimeArchive() throws -> String {
    if let env = ProcessInfo.processInfo.environment["GOLLY_RUNTIME"], !env.isEmpty { return env }
    let beside = (gollyDirectory() as NSString).appendingPathComponent("libgollyrt.a")
    if FileManager.default.fileExists(atPath: beside) { return beside }
    if let found = searchUpwards(for: "build/runtime/libgollyrt.a") { return found }
    throw CompileFailure(exitCode: 3, messages: ["internal compiler error: cannot find the runtime library libgollyrt.a (set GOLLY_RUNTIME)"])
}

/// golly's files for standard packages (the repository's `std/`):
/// `GOLLY_STD`, else `std` next to the golly binary, else in a directory
/// above it (the source tree); nil if there is none.
func stdOverlayDirectory() -> String? {
    if let env = ProcessInfo.processInfo.environment["GOLLY_STD"], !env.isEmpty { return env }
    return searchUpwards(for: "std/README.md").map(parentDirectory(of:))
}

/// The directory of the golly binary (symbolic links followed).
func gollyDirectory() -> String {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return parentDirectory(of: exe)
}

/// `relative` under golly's directory or the nearest directory above it
/// that has it.
func searchUpwards(for relative: String) -> String? {
    var dir = gollyDirectory()
    while dir != "/" && !dir.isEmpty {
        let candidate = (dir as NSString).appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: candidate) { return candidate }
        dir = parentDirectory(of: dir)
    }
    return nil
}

/// `.llvm_stackmaps`, every module's, between two symbols the runtime can
/// name (`__start_` symbols exist only for sections named like C
/// identifiers); INSERT keeps the rest of the default script.
let stackMapsScript = """
SECTIONS
{
  .llvm_stackmaps : {
    golly_stackmaps_start = .;
    KEEP(*(.llvm_stackmaps))
    golly_stackmaps_end = .;
  }
}
INSERT AFTER .rodata;

"""
