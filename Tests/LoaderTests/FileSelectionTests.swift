// Which files of a directory make the package: name suffixes, test files,
// ignored names, assembly, cgo files, and the package clause checks
// (go/build Import, cmd/go NoGoError).

import XCTest
@testable import Loader

final class FileSelectionTests: XCTestCase {
    func testTargetSuffixes() {
        let env = testEnvironment()
        let expected = [
            "x_linux.go": true, "x_windows.go": false, "x_amd64.go": true, "x_arm64.go": false,
            "x_linux_amd64.go": true, "x_linux_arm64.go": false, "x_windows_amd64.go": false,
            "linux.go": true, "amd64.go": true, "x_linux_test.go": true, "x_windows_test.go": false,
            "x_unix.go": true, "x_other.go": true, "x_linux_foo.go": true, "a_b_windows.s": false,
        ]
        for (name, built) in expected { XCTAssertEqual(env.matchesTargetSuffixes(name), built, name) }
    }

    func testDirectorySelection() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "p/p.go": "package p\n",
            "p/p_linux.go": "package p\n",
            "p/p_windows.go": "package p\n",
            "p/p_amd64.s": "// asm\n",
            "p/p_arm64.s": "// asm\n",
            "p/q.s": "//go:build windows\n\n// asm\n",
            "p/p_test.go": "package p\n",
            "p/ext_test.go": "package p_test\n",
            "p/_hidden.go": "package other\n",
            "p/.hidden.go": "package other\n",
            "p/notes.txt": "text",
            "p/tagged.go": "//go:build windows\n\npackage other\n",
            "p/cgo.go": "package p\n\nimport \"C\"\n",
            "p/doc.go": "package documentation\n",
        ])
        let packages = try load(["./p"], in: root).get()
        XCTAssertEqual(packages.count, 1)
        let p = packages[0]
        XCTAssertEqual(p.importPath, "example.com/m/p")
        XCTAssertEqual(p.name, "p")
        XCTAssertEqual(p.goFiles, [root + "/p/p.go", root + "/p/p_linux.go"])
        XCTAssertEqual(names(p.assemblyFiles), ["p_amd64.s"])
        XCTAssertEqual(names(p.testGoFiles), ["p_test.go"])
        XCTAssertEqual(names(p.xTestGoFiles), ["ext_test.go"])
        XCTAssertFalse(p.isStandard)
        XCTAssertFalse(p.isCommand)
    }

    func testCgoFilesAreLeftOut() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "c/c.go": "package c\n\nimport \"C\"\n",
            "d/d.go": "package d\n\nimport \"C\"\nimport \"os\"\n",
            "d/e.go": "package d\n",
        ])
        XCTAssertEqual(messages(load(["./c"], in: root)),
                       ["package example.com/m/c: build constraints exclude all Go files in \(root)/c"])
        // The cgo file's imports are not loaded either.
        let d = try load(["./d"], in: root).get()
        XCTAssertEqual(d.map(\.importPath), ["example.com/m/d"])
        XCTAssertEqual(names(d[0].goFiles), ["e.go"])
    }

    func testPackageClauseConflicts() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "multi/a.go": "package a\n",
            "multi/b.go": "package b\n",
            "use/m.go": "package main\n\nimport _ \"example.com/m/multi\"\n\nfunc main() {}\n",
        ])
        XCTAssertEqual(messages(load(["./multi"], in: root)), ["found packages a (a.go) and b (b.go) in \(root)/multi"])
        XCTAssertEqual(messages(load(["./use"], in: root)),
                       ["use/m.go:3:8: found packages a (a.go) and b (b.go) in \(root)/multi"])
    }

    func testNoGoFilesMessages() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "excl/x.go": "//go:build windows\n\npackage excl\n",
            "empty/readme.txt": "",
            "tests/x_test.go": "package tests\n",
            "use/m.go": "package main\n\nimport _ \"example.com/m/excl\"\n\nfunc main() {}\n",
        ])
        XCTAssertEqual(messages(load(["./excl"], in: root)),
                       ["package example.com/m/excl: build constraints exclude all Go files in \(root)/excl"])
        XCTAssertEqual(messages(load(["example.com/m/excl"], in: root)),
                       ["package example.com/m/excl: build constraints exclude all Go files in \(root)/excl"])
        XCTAssertEqual(messages(load(["./use"], in: root)),
                       ["package example.com/m/use\n\timports example.com/m/excl: build constraints exclude all Go files in \(root)/excl"])
        XCTAssertEqual(messages(load(["./empty"], in: root)), ["no Go files in \(root)/empty"])
        XCTAssertEqual(messages(load(["./tests"], in: root)),
                       ["go build example.com/m/tests: no non-test Go files in \(root)/tests"])
    }

    func testHeaderErrors() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "syn/s.go": "package syn\n\nimport \"fmt\n",
            "bad/b.go": "//go:build linux &&\n\npackage bad\n",
            "two/t.go": "//go:build linux\n//go:build amd64\n\npackage two\n",
            "use/m.go": "package main\n\nimport _ \"example.com/m/bad\"\nimport _ \"example.com/m/two\"\n\nfunc main() {}\n",
            "body/b.go": "package body\n\nimport \"os\"\n\nfunc f( {\n",
        ])
        // gc's words, from GoSyntax's scanner (go's go/parser says "3:8: string literal not terminated").
        XCTAssertEqual(messages(load(["./syn"], in: root)), ["syn/s.go:3:12: newline in string"])
        XCTAssertEqual(messages(load(["./bad"], in: root)), ["b.go: parsing //go:build line: unexpected end of expression"])
        XCTAssertEqual(messages(load(["./use"], in: root)), [
            "use/m.go:3:8: b.go: parsing //go:build line: unexpected end of expression",
            "use/m.go:4:8: t.go: multiple //go:build comments",
        ])
        // A syntax error after the imports is the compiler's to report, as with go build.
        XCTAssertEqual(try load(["./body"], in: root).get().last?.imports, ["os"])
    }

    func testImportHeaderReading() throws {
        let source = """
            // Doc.
            package p // trailing

            import "a"
            import (
            \tb "b/c" /* ) */
            \t. `d`
            \t_ "e\\x2ff"
            ); import "g"

            var x = "import \\"h\\""
            func f( {
            """
        let header = try GoFileHeader(content: Array(source.utf8), displayPath: "x.go")
        XCTAssertEqual(header.packageName, "p")
        XCTAssertEqual(header.imports.map(\.path), ["a", "b/c", "d", "e/f", "g"])
        XCTAssertEqual(header.imports.map(\.position), ["x.go:4:8", "x.go:6:2", "x.go:7:2", "x.go:8:2", "x.go:9:11"])
    }
}
