// The package graph: dependency order, import cycles, programs imported
// as packages, built-in packages, and where imports are recorded.

import XCTest
@testable import Loader

final class GraphTests: XCTestCase {
    func testDependencyOrder() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "main.go": "package main\n\nimport (\n\t_ \"example.com/m/b\"\n\t_ \"example.com/m/a\"\n)\n\nfunc main() {}\n",
            "a/a.go": "package a\n\nimport _ \"example.com/m/c\"\n",
            "b/b.go": "package b\n\nimport _ \"example.com/m/a\"\nimport _ \"example.com/m/d\"\n",
            "c/c.go": "package c\n",
            "d/d.go": "package d\n\nimport _ \"example.com/m/c\"\n",
        ])
        let packages = try load(["."], in: root).get()
        // Imports in sorted order, each before its importer.
        XCTAssertEqual(packages.map(\.importPath),
                       ["example.com/m/c", "example.com/m/a", "example.com/m/d", "example.com/m/b", "example.com/m"])
        XCTAssertEqual(packages.last?.imports, ["example.com/m/a", "example.com/m/b"])
        XCTAssertEqual(packages.last?.importPositions, ["example.com/m/a": "main.go:5:2", "example.com/m/b": "main.go:4:2"])
        XCTAssertTrue(packages.last!.isCommand)
        XCTAssertEqual(try load(["."], in: root).get(), packages)
    }

    func testImportCycle() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "cyc/a/a.go": "package a\n\nimport _ \"example.com/m/cyc/b\"\n",
            "cyc/b/b.go": "package b\n\nimport _ \"example.com/m/cyc/a\"\n",
            "cyc3/a/a.go": "package a\n\nimport _ \"example.com/m/cyc3/b\"\n",
            "cyc3/b/b.go": "package b\n\nimport _ \"example.com/m/cyc3/c\"\n",
            "cyc3/c/c.go": "package c\n\nimport _ \"example.com/m/cyc3/b\"\n",
            "top/m.go": "package main\n\nimport _ \"example.com/m/cyc3/a\"\n\nfunc main() {}\n",
        ])
        // As go 1.19 prints them.
        XCTAssertEqual(messages(load(["./cyc/..."], in: root)), ["""
            package example.com/m/cyc/a
            \timports example.com/m/cyc/b
            \timports example.com/m/cyc/a: import cycle not allowed
            """])
        XCTAssertEqual(messages(load(["./top"], in: root)), ["""
            package example.com/m/top
            \timports example.com/m/cyc3/a
            \timports example.com/m/cyc3/b
            \timports example.com/m/cyc3/c
            \timports example.com/m/cyc3/b: import cycle not allowed
            """])
    }

    func testProgramsAreNotImportable() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "prog/p.go": "package main\n\nfunc main() {}\n",
            "use/u.go": "package main\n\nimport _ \"example.com/m/prog\"\n\nfunc main() {}\n",
        ])
        XCTAssertEqual(messages(load(["./use"], in: root)),
                       ["use/u.go:3:8: import \"example.com/m/prog\" is a program, not an importable package"])
    }

    func testAllErrorsAreReported() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "main.go": "package main\n\nimport (\n\t_ \"example.com/m/nope\"\n\t_ \"foo/bar\"\n\t_ \"./rel\"\n)\n\nfunc main() {}\n",
        ])
        let goroot = testEnvironment().goroot
        XCTAssertEqual(messages(load(["."], in: root)), [
            "main.go:6:2: local import \"./rel\" in non-local package",
            "main.go:4:2: no required module provides package example.com/m/nope; to add it:\n\tgo get example.com/m/nope",
            "main.go:5:2: package foo/bar is not in GOROOT (\(goroot)/src/foo/bar)",
        ])
    }

    func testBuiltinPackagesAreListedNotLoaded() throws {
        _ = try requireGoroot()
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "main.go": "package main\n\nimport (\n\t\"runtime\"\n\t\"unsafe\"\n)\n\nvar _ = unsafe.Sizeof(0)\n\nfunc main() { runtime.GC() }\n",
        ])
        let packages = try load(["."], in: root, builtin: ["unsafe", "runtime"]).get()
        XCTAssertEqual(packages.map(\.importPath), ["example.com/m"])
        XCTAssertEqual(packages[0].imports, ["runtime", "unsafe"])
        XCTAssertEqual(packages[0].importPositions, ["runtime": "main.go:4:2", "unsafe": "main.go:5:2"])
    }
}
