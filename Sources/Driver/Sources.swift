import Foundation
import Loader
import GoSyntax

/// Resolves the command line's inputs: `.go` files, or one directory whose
/// non-test `.go` files form the package (as `go build DIR`).
func sourceFiles(_ inputs: [String]) throws -> [String] {
    let fm = FileManager.default
    if inputs.isEmpty { throw CompileFailure(exitCode: 1, messages: ["golly: no Go files given"]) }
    if inputs.count == 1 {
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: inputs[0], isDirectory: &isDir), isDir.boolValue {
            let dir = inputs[0]
            let names = (try? fm.contentsOfDirectory(atPath: dir)) ?? []
            let files = names.filter { $0.hasSuffix(".go") && !$0.hasSuffix("_test.go") }.sorted()
            if files.isEmpty { throw CompileFailure(exitCode: 1, messages: ["golly: no Go files in \(dir)"]) }
            return files.map { (dir as NSString).appendingPathComponent($0) }
        }
    }
    for f in inputs where !f.hasSuffix(".go") {
        throw CompileFailure(exitCode: 1, messages: ["golly: \(f): not a .go file"])
    }
    return inputs
}

/// The bytes of a source file. A directory or anything but a regular file
/// (a FIFO would block, a device never end) is refused as gc refuses a
/// directory; a file that cannot be read says why, in Go's words.
func readSource(_ path: String) throws -> [UInt8] {
    var st = stat()
    guard stat(path, &st) == 0 else { throw CompileFailure(exitCode: 1, messages: ["open \(path): \(errnoText())"]) }
    switch st.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw CompileFailure(exitCode: 1, messages: ["\(path) is a directory, should be a Go file"])
    default: throw CompileFailure(exitCode: 1, messages: ["\(path) is not a regular file, should be a Go file"])
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw CompileFailure(exitCode: 1, messages: ["open \(path): \(errnoText())"]) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            throw CompileFailure(exitCode: 1, messages: ["read \(path): \(errnoText())"])
        }
        if n == 0 { return bytes }
        bytes += chunk[0..<n]
    }
}

/// errno as Go's syscall errors spell it: strerror with a lowercase start
/// ("permission denied", "no such file or directory").
func errnoText() -> String {
    let text = String(cString: strerror(errno))
    return text.prefix(1).lowercased() + text.dropFirst()
}

/// Parses every file; syntax errors end the compilation as gc's do. The
/// parser's other errors (labels and branches, reported by gc's parser too)
/// are returned so that type checking can add its own, as gc does.
func parseAll(_ paths: [String], fileSet: FileSet) throws -> ([File], [Diagnostic]) {
    var files: [File] = []
    var diagnostics: [Diagnostic] = []
    for path in paths {
        let (file, diags) = parseFile(fileSet: fileSet, path: path, source: try readSource(path))
        diagnostics += diags
        if let f = file { files.append(f) }
    }
    if diagnostics.contains(where: { $0.message.hasPrefix("syntax error") }) || files.count != paths.count {
        throw CompileFailure(exitCode: 1, messages: format(diagnostics, fileSet))
    }
    return (files, diagnostics)
}

/// gc's report: the first 10 errors in the order they were found, sorted by
/// position, then `POS: too many errors` at the 10th if there were more.
func format(_ diagnostics: [Diagnostic], _ fileSet: FileSet) -> [String] {
    var unique: [Diagnostic] = []
    var seen = Set<String>()
    for d in diagnostics where seen.insert("\(d.pos)|\(d.message)").inserted { unique.append(d) }
    let shown = unique.prefix(10).sorted()
    var lines = shown.map { d -> String in
        if d.pos.isValid { return "\(fileSet.format(d.pos)): \(d.message)" }
        // gc's linker reports a missing main under the symbol it could not find.
        if d.message.hasPrefix("function main is undeclared") { return "runtime.main_main·f: \(d.message)" }
        return d.message
    }
    if unique.count > 10, let last = shown.last { lines.append("\(fileSet.format(last.pos)): too many errors") }
    // The go command builds with -trimpath: a standard library file is
    // `$GOROOT/src/strings/strings.go` in gc's messages.
    let root = GoEnvironment().goroot
    let prefix = (root.hasSuffix("/") ? root : root + "/") + "src/"
    return lines.map { $0.replacingOccurrences(of: prefix, with: "$GOROOT/src/") }
}

/// NSString.deletingLastPathComponent's result ("x/a" -> "x", "/a" -> "/",
/// "a" -> ""), which swift-corelibs-foundation traps on for one-character
/// paths (`golly build -o a`).
func parentDirectory(of path: String) -> String {
    var p = Substring(path)
    while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
    guard let slash = p.lastIndex(of: "/") else { return "" }
    return slash == p.startIndex ? "/" : String(p[..<slash])
}
