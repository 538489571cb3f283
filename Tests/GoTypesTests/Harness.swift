import Foundation
import XCTest
import GoSyntax
@testable import GoTypes

/// Parses and checks `sources` (file name -> text) as one package.
func check(_ sources: [(String, String)], options: CheckOptions = CheckOptions()) -> (Info, [String], FileSet) {
    let fs = FileSet()
    var files: [File] = []
    var diags: [Diagnostic] = []
    for (name, text) in sources {
        let (f, d) = parseFile(fileSet: fs, path: name, source: Array(text.utf8))
        diags += d
        if let f { files.append(f) }
    }
    if diags.contains(where: { $0.message.hasPrefix("syntax error") }) { return (Info(), diags.map { "\(fs.format($0.pos)): \($0.message)" }, fs) }
    let (_, info, d) = checkPackage(path: "main", files: files, fileSet: fs,
                                    importer: { $0 == "runtime" ? runtimePackage(fs) : nil }, options: options)
    return (info, (diags + d).sorted().map { "\(fs.format($0.pos)): \($0.message)" }, fs)
}

/// golly's runtime package (std/runtime), checked into `fileSet`, for
/// programs that import it.
func runtimePackage(_ fileSet: FileSet) -> Package? {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let dir = root.appendingPathComponent("std/runtime")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return nil }
    var files: [File] = []
    for name in names.sorted() where name.hasSuffix(".go") {
        guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) else { return nil }
        let (f, _) = parseFile(fileSet: fileSet, path: name, source: Array(data))
        if let f { files.append(f) }
    }
    let (package, _, d) = checkPackage(path: "runtime", files: files, fileSet: fileSet, importer: { _ in nil },
                                       options: CheckOptions(reportMissingFunctionBodies: false, requireMainFunction: false))
    XCTAssertEqual(d.map(\.message), [], "std/runtime checks")
    return package
}

func check(_ text: String) -> (Info, [String]) {
    let (i, d, _) = check([("x.go", text)])
    return (i, d)
}

/// Checks the files named by $GOLLY_CHECK (space-separated) and prints diagnostics: a debugging aid.
final class DebugCheck: XCTestCase {
    func testEnvFiles() throws {
        guard let list = ProcessInfo.processInfo.environment["GOLLY_CHECK"] else { return }
        for path in list.split(separator: " ") {
            let text = (try? String(contentsOfFile: String(path), encoding: .utf8)) ?? ""
            let (_, d, _) = check([(String(path), text)])
            print("== \(path)")
            for l in d { print(l) }
        }
    }
}

/// Checks every file listed (one path per line) in the file named by
/// $GOLLY_SWEEP and appends "kind path: first diagnostic" lines to $GOLLY_SWEEP.out.
final class DebugSweep: XCTestCase {
    func testSweep() throws {
        guard let listPath = ProcessInfo.processInfo.environment["GOLLY_SWEEP"] else { return }
        let list = (try? String(contentsOfFile: listPath, encoding: .utf8)) ?? ""
        let outPath = listPath + ".out"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        guard let out = FileHandle(forWritingAtPath: outPath) else { return }
        for path in list.split(separator: "\n") {
            let text = (try? String(contentsOfFile: String(path), encoding: .utf8)) ?? ""
            let kind = text.hasPrefix("// run") ? "run" : text.hasPrefix("// errorcheck") ? "errorcheck" : text.hasPrefix("// compile") ? "compile" : "other"
            out.write("START \(path)\n".data(using: .utf8)!)
            let (_, d, _) = check([(String(path), text)], options: CheckOptions(reportMissingFunctionBodies: false, requireMainFunction: false))
            let first = d.first.map { $0.replacingOccurrences(of: "\n", with: " | ") } ?? "OK"
            out.write("\(kind) \(d.count) \(path): \(first)\n".data(using: .utf8)!)
            for l in d { out.write("DIAG \(l.replacingOccurrences(of: "\n", with: " | "))\n".data(using: .utf8)!) }
        }
        out.closeFile()
    }
}
