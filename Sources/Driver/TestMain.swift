import Foundation
import GoSyntax
import GoTypes

// The main package `go test` generates for a test binary
// (cmd/go/internal/load/test.go: formTestMain, testmainTmpl): the tests,
// benchmarks, fuzz targets and examples of the package's `_test.go` files,
// found as load.go's `(*testFuncs).load` finds them, handed to
// testing.MainStart. gc's main passes testing/internal/testdeps, which
// golly cannot import from a package of its own (internal/) and whose
// fuzzing and profiling golly lacks; the main declares its own value of
// testing's testDeps interface instead: -run and -bench match with regexp,
// as testdeps does; profiles and fuzzing are refused with an error.

/// One function the test main lists.
struct TestFunction {
    /// `_test` (the package under test) or `_xtest` (its external tests).
    var package: String
    var name: String
    /// An example's expected output.
    var output = ""
    var unordered = false
}

/// What the test main runs, in gc's order: each file's functions in source order.
struct TestFunctions {
    var tests: [TestFunction] = []
    var benchmarks: [TestFunction] = []
    var fuzzTargets: [TestFunction] = []
    var examples: [TestFunction] = []
    var testMain: TestFunction?
    /// Some test file of the package (external) declares something to run.
    var usesTested = false, usesExternal = false

    /// Reads the functions of the package's test files and of its external
    /// test package's; a test function of the
    /// wrong signature is gc's error.
    init(testFiles: [String], externalFiles: [String]) throws {
        for (files, alias) in [(testFiles, "_test"), (externalFiles, "_xtest")] {
            for path in files { try read(path, alias: alias) }
        }
    }

    private mutating func read(_ path: String, alias: String) throws {
        guard let source = FileManager.default.contents(atPath: path).map(Array.init) else {
            throw CompileFailure(exitCode: 1, messages: ["open \(path): cannot read"])
        }
        let fileSet = FileSet()
        let (parsed, diagnostics) = parseFile(fileSet: fileSet, path: path, source: source)
        guard let file = parsed, diagnostics.isEmpty else {
            throw CompileFailure(exitCode: 1, messages: diagnostics.map { "\(fileSet.format($0.pos)): \($0.message)" })
        }
        var seen = false
        let wrong = { (fn: FuncDecl, arg: String) -> CompileFailure in
            let why = "must be: func \(fn.name.name)(\(arg.lowercased()) *testing.\(arg))"
            return CompileFailure(exitCode: 1, messages: [
                "\(fileSet.format(fn.pos)): wrong signature for \(fn.name.name), \(why)"])
        }
        var examples: [TestFunction] = []
        for case let fn as FuncDecl in file.decls where fn.recv == nil {
            let name = fn.name.name
            let entry = TestFunction(package: alias, name: name)
            if name == "TestMain" {
                if Self.takes(fn, "T") { tests.append(entry); seen = true; continue }
                guard Self.takes(fn, "M") else { throw wrong(fn, "M") }
                if testMain != nil {
                    throw CompileFailure(exitCode: 1, messages: ["multiple definitions of TestMain"])
                }
                testMain = entry
                seen = true
            } else if Self.isTest(name, "Test") {
                guard Self.takes(fn, "T") else { throw wrong(fn, "T") }
                tests.append(entry)
                seen = true
            } else if Self.isTest(name, "Benchmark") {
                guard Self.takes(fn, "B") else { throw wrong(fn, "B") }
                benchmarks.append(entry)
                seen = true
            } else if Self.isTest(name, "Fuzz") {
                guard Self.takes(fn, "F") else { throw wrong(fn, "F") }
                fuzzTargets.append(entry)
                seen = true
            } else if Self.isTest(name, "Example"), fn.type.params.isEmpty, fn.type.results.isEmpty,
                      fn.type.typeParams.isEmpty, let body = fn.body {
                // go/doc's Examples: run only with an output comment.
                if let (output, unordered) = ExampleOutput.of(body, in: source) {
                    examples.append(TestFunction(package: alias, name: name, output: output, unordered: unordered))
                    seen = true
                }
            }
        }
        self.examples += examples
        if seen {
            if alias == "_test" { usesTested = true } else { usesExternal = true }
        }
    }

    /// load/test.go isTest: `prefix` then nothing or not a lower-case letter.
    static func isTest(_ name: String, _ prefix: String) -> Bool {
        guard name.hasPrefix(prefix) else { return false }
        guard let next = name.dropFirst(prefix.count).unicodeScalars.first else { return true }
        return !CharacterSet.lowercaseLetters.contains(next)
    }

    /// load/test.go isTestFunc: one parameter `*arg` or `*x.arg`, no results.
    static func takes(_ fn: FuncDecl, _ arg: String) -> Bool {
        guard fn.type.results.isEmpty, fn.type.params.count == 1, fn.type.params[0].names.count <= 1,
              let star = fn.type.params[0].type as? StarExpr else { return false }
        if let id = star.x as? Ident { return id.name == arg }
        if let sel = star.x as? SelectorExpr { return sel.sel.name == arg }
        return false
    }
}

/// An example's expected output (go/doc example.go exampleOutput): the
/// text of the last comment group in its body, when it begins with
/// "Output:" or "Unordered output:" (any case).
enum ExampleOutput {
    static func of(_ body: BlockStmt, in source: [UInt8]) -> (String, Bool)? {
        let lineStarts = [0] + source.indices.filter { source[$0] == 10 }.map { $0 + 1 }
        func offset(_ p: Pos) -> Int { lineStarts[Int(p.line) - 1] + Int(p.column) - 1 }
        let start = offset(body.pos) + 1, end = offset(body.rbrace)
        guard start <= end, let last = commentGroups(source, from: start, to: end).last else { return nil }
        var text = groupText(last)
        let lower = text.lowercased()
        var index = lower.startIndex
        while index < lower.endIndex, lower[index].isWhitespace { index = lower.index(after: index) }
        var unordered = false
        if lower[index...].hasPrefix("unordered ") {
            unordered = true
            index = lower.index(index, offsetBy: "unordered ".count)
        }
        guard lower[index...].hasPrefix("output:") else { return nil }
        let after = lower.distance(from: lower.startIndex, to: index) + "output:".count
        text = String(text.dropFirst(after))
        // Zero or more spaces, then a newline or nothing more.
        while text.hasPrefix(" ") { text.removeFirst() }
        if text.hasPrefix("\n") { text.removeFirst() }
        return (text, unordered)
    }

    /// The comments of `source[from..<to]` in groups as go/parser forms
    /// them: a comment on the line of the token before it starts a group
    /// of comments on that line only; other groups join comments at most
    /// one newline apart with no token between.
    static func commentGroups(_ s: [UInt8], from: Int, to end: Int) -> [[String]] {
        var groups: [[String]] = []
        var line = 1
        var lastTokenLine = 0
        var groupEndLine = 0, groupOnTokenLine = false, tokenSinceGroup = true
        var i = from
        for j in 0..<from where s[j] == 10 { line += 1 }
        while i < end {
            let c = s[i]
            if c == 10 { line += 1; i += 1; continue }
            if c == 32 || c == 9 || c == 13 { i += 1; continue }
            if c == 0x2F, i + 1 < end, s[i + 1] == 0x2F || s[i + 1] == 0x2A {
                let startLine = line
                var j = i + 2
                if s[i + 1] == 0x2F {
                    while j < end && s[j] != 10 { j += 1 }
                } else {
                    while j + 1 < end && !(s[j] == 0x2A && s[j + 1] == 0x2F) { if s[j] == 10 { line += 1 }; j += 1 }
                    j = min(j + 2, end)
                }
                let text = String(decoding: s[i..<j], as: UTF8.self)
                let joins = !tokenSinceGroup && !groups.isEmpty && startLine - groupEndLine <= (groupOnTokenLine ? 0 : 1)
                if joins {
                    groups[groups.count - 1].append(text)
                } else {
                    groups.append([text])
                    groupOnTokenLine = startLine == lastTokenLine
                }
                groupEndLine = line
                tokenSinceGroup = false
                i = j
                continue
            }
            // A token: skip string and rune literals whole.
            tokenSinceGroup = true
            if c == 0x22 || c == 0x27 {
                var j = i + 1
                while j < end && s[j] != c && s[j] != 10 { j += s[j] == 0x5C ? 2 : 1 }
                i = j + 1
            } else if c == 0x60 {
                var j = i + 1
                while j < end && s[j] != 0x60 { if s[j] == 10 { line += 1 }; j += 1 }
                i = j + 1
            } else {
                i += 1
            }
            lastTokenLine = line
        }
        return groups
    }

    /// go/ast CommentGroup.Text.
    static func groupText(_ comments: [String]) -> String {
        var lines: [String] = []
        for var c in comments {
            if c.hasPrefix("//") {
                c = String(c.dropFirst(2))
                if c.hasPrefix(" ") {
                    c.removeFirst()
                } else if c.hasPrefix("go:") || c.hasPrefix("line ") || c.hasPrefix("extern ") || c.hasPrefix("export ") {
                    continue    // a directive
                }
            } else {
                c = String(c.dropFirst(2).dropLast(2))
            }
            for l in c.split(separator: "\n", omittingEmptySubsequences: false) {
                var line = String(l)
                while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
                lines.append(line)
            }
        }
        var kept: [String] = []
        for line in lines where !line.isEmpty || (!kept.isEmpty && kept.last != "") { kept.append(line) }
        if let last = kept.last, !last.isEmpty { kept.append("") }
        return kept.joined(separator: "\n")
    }
}

extension TestFunctions {
    /// The test main's source (testmainTmpl, with golly's testDeps).
    func mainSource(importPath: String, testedPath: String, hasExternal: Bool) -> String {
        func quote(_ s: String) -> String { goQuote(Array(s.utf8)) }
        var s = "// Code generated by 'golly test'. DO NOT EDIT.\n\npackage main\n\nimport (\n"
        for p in TestMainSource.imports { s += "\t\(quote(p))\n" }
        s += "\n\t\(usesTested ? "_test" : "_") \(quote(testedPath))\n"
        if hasExternal { s += "\t\(usesExternal ? "_xtest" : "_") \(quote(testedPath + "_test"))\n" }
        s += ")\n\n"
        func list(_ type: String, _ name: String, _ fns: [TestFunction]) -> String {
            "var \(name) = []testing.\(type){\n" + fns.map { "\t{\(quote($0.name)), \($0.package).\($0.name)},\n" }.joined() + "}\n\n"
        }
        s += list("InternalTest", "tests", tests)
        s += list("InternalBenchmark", "benchmarks", benchmarks)
        s += list("InternalFuzzTarget", "fuzzTargets", fuzzTargets)
        s += "var examples = []testing.InternalExample{\n"
        for e in examples { s += "\t{\(quote(e.name)), \(e.package).\(e.name), \(quote(e.output)), \(e.unordered)},\n" }
        s += "}\n\nconst importPath = \(quote(importPath))\n\n"
        s += "func main() {\n\tm := testing.MainStart(testDeps{}, tests, benchmarks, fuzzTargets, examples)\n"
        if let main = testMain {
            s += "\t\(main.package).\(main.name)(m)\n"
            s += "\tos.Exit(int(reflect.ValueOf(m).Elem().FieldByName(\"exitCode\").Int()))\n"
        } else {
            s += "\tos.Exit(m.Run())\n"
        }
        s += "}\n\n" + TestMainSource.testDeps
        return s
    }
}

enum TestMainSource {
    /// What the test main imports besides the packages under test.
    static let imports = ["errors", "io", "os", "reflect", "regexp", "testing", "time"]

    /// testing's testDeps (testing/testing.go) as testing/internal/testdeps
    /// implements it, without profiles, test logs and fuzzing.
    static let testDeps = """
        type testDeps struct{}

        var (
        \tmatchPat string
        \tmatchRe  *regexp.Regexp
        )

        func (testDeps) MatchString(pat, str string) (result bool, err error) {
        \tif matchRe == nil || matchPat != pat {
        \t\tmatchPat = pat
        \t\tmatchRe, err = regexp.Compile(matchPat)
        \t\tif err != nil {
        \t\t\treturn
        \t\t}
        \t}
        \treturn matchRe.MatchString(str), nil
        }

        var errNotSupported = errors.New("golly does not support profiles and fuzzing yet")

        func (testDeps) SetPanicOnExit0(bool)                      {}
        func (testDeps) StartCPUProfile(io.Writer) error          { return errNotSupported }
        func (testDeps) StopCPUProfile()                           {}
        func (testDeps) WriteProfileTo(string, io.Writer, int) error { return errNotSupported }
        func (testDeps) ImportPath() string                        { return importPath }
        func (testDeps) StartTestLog(io.Writer)                    {}
        func (testDeps) StopTestLog() error                        { return nil }

        type corpusEntry = struct {
        \tParent     string
        \tPath       string
        \tData       []byte
        \tValues     []any
        \tGeneration int
        \tIsSeed     bool
        }

        func (testDeps) CoordinateFuzzing(time.Duration, int64, time.Duration, int64, int, []corpusEntry, []reflect.Type, string, string) error {
        \treturn errNotSupported
        }
        func (testDeps) RunFuzzWorker(func(corpusEntry) error) error { return errNotSupported }
        func (testDeps) ReadCorpus(string, []reflect.Type) ([]corpusEntry, error) { return nil, nil }
        func (testDeps) CheckCorpus([]any, []reflect.Type) error { return nil }
        func (testDeps) ResetCoverage()                          {}
        func (testDeps) SnapshotCoverage()                       {}

        """
}
