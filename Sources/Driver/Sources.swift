import Foundation
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

/// Parses every file; syntax errors end the compilation as gc's do.
func parseAll(_ paths: [String], fileSet: FileSet) throws -> [File] {
    var files: [File] = []
    var diagnostics: [Diagnostic] = []
    for path in paths {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CompileFailure(exitCode: 1, messages: ["open \(path): no such file or directory"])
        }
        let (file, diags) = parseFile(fileSet: fileSet, path: path, source: [UInt8](data))
        diagnostics += diags
        if let f = file { files.append(f) }
    }
    if !diagnostics.isEmpty { throw CompileFailure(exitCode: 1, messages: format(diagnostics, fileSet)) }
    return files
}

/// gc's report: sorted by position, at most 10 errors, then "too many errors".
func format(_ diagnostics: [Diagnostic], _ fileSet: FileSet) -> [String] {
    let sorted = diagnostics.sorted()
    var lines: [String] = []
    var seen = Set<String>()
    for d in sorted {
        let line = d.pos.isValid ? "\(fileSet.format(d.pos)): \(d.message)" : d.message
        if seen.insert(line).inserted { lines.append(line) }
    }
    if lines.count > 10 { lines = Array(lines.prefix(10)) + ["too many errors"] }
    return lines
}
