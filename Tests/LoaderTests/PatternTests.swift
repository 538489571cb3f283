// `go build` arguments: directories, `...` patterns, import paths and
// files (go help packages).

import XCTest
@testable import Loader

final class PatternTests: XCTestCase {
    func tree() throws -> String {
        try makeTree([
            "go.mod": goMod("example.com/m"),
            "root.go": "package m\n",
            "a/a.go": "package a\n",
            "a/b/b.go": "package b\n",
            "a/testdata/t.go": "package t\n",
            "a/_skip/s.go": "package s\n",
            "a/.hidden/h.go": "package h\n",
            "a/vendor/v/v.go": "package v\n",
            "a/nested/go.mod": goMod("example.com/m/a/nested"),
            "a/nested/n.go": "package n\n",
            "a/excl/x.go": "//go:build windows\n\npackage excl\n",
            "a/onlytest/x_test.go": "package onlytest\n",
            "a/noGo/readme.txt": "",
            "c/c.go": "package c\n",
            "_files/one.go": "package main\n\nimport _ \"example.com/m/c\"\n\nfunc main() {}\n",
            "_files/two.go": "//go:build ignore\n\npackage main\n",
            "_files/three.go": "package other\n",
            "emptydir/x.txt": "",
        ])
    }

    func testDotDotDot() throws {
        let root = try tree()
        XCTAssertEqual(paths(load(["./..."], in: root)),
                       ["example.com/m", "example.com/m/a", "example.com/m/a/b", "example.com/m/c"])
        XCTAssertEqual(paths(load(["./a/..."], in: root)), ["example.com/m/a", "example.com/m/a/b"])
        XCTAssertEqual(paths(load(["./..."], in: root + "/a")), ["example.com/m/a", "example.com/m/a/b"])
        XCTAssertEqual(paths(load(["example.com/m/a/..."], in: root)), ["example.com/m/a", "example.com/m/a/b"])
    }

    func testMatchedNoPackagesIsAWarning() throws {
        let root = try tree()
        let loader = try PackageLoader(workingDirectory: root, environment: testEnvironment())
        XCTAssertEqual(try loader.load(["./emptydir/..."]), [])
        XCTAssertEqual(loader.warnings, ["go: warning: \"./emptydir/...\" matched no packages"])
    }

    func testDirectoriesAndImportPaths() throws {
        let root = try tree()
        XCTAssertEqual(paths(load([], in: root + "/a/b")), ["example.com/m/a/b"])
        XCTAssertEqual(paths(load(["."], in: root)), ["example.com/m"])
        XCTAssertEqual(paths(load(["../c"], in: root + "/a")), ["example.com/m/c"])
        XCTAssertEqual(paths(load([root + "/a/b"], in: root)), ["example.com/m/a/b"])
        XCTAssertEqual(paths(load(["example.com/m/a", "./a", "example.com/m/a/b"], in: root)),
                       ["example.com/m/a", "example.com/m/a/b"])
        XCTAssertEqual(messages(load(["./nonexistent"], in: root)), ["stat \(root)/nonexistent: directory not found"])
        XCTAssertEqual(messages(load(["./emptydir"], in: root)), ["no Go files in \(root)/emptydir"])
        XCTAssertEqual(messages(load(["./a/nested"], in: root)),
                       ["main module (example.com/m) does not contain package example.com/m/a/nested"])
        XCTAssertEqual(messages(load(["example.com/m/nope"], in: root)),
                       ["no required module provides package example.com/m/nope; to add it:\n\tgo get example.com/m/nope"])
        let outside = try makeTree(["go.mod": goMod("example.com/r"), "r.go": "package r\n"])
        XCTAssertEqual(messages(load([outside], in: root)),
                       ["directory \(Paths.short(outside, workingDirectory: root)) outside main module or its selected dependencies"])
    }

    func testFiles() throws {
        let root = try tree()
        let packages = try load(["_files/one.go", "_files/two.go"], in: root).get()
        XCTAssertEqual(packages.map(\.importPath), ["example.com/m/c", "command-line-arguments"])
        // Named files ignore build constraints, as go/build's UseAllFiles.
        XCTAssertEqual(names(packages[1].goFiles), ["one.go", "two.go"])
        XCTAssertEqual(packages[1].dir, root + "/_files")
        XCTAssertTrue(packages[1].isCommand)
        XCTAssertEqual(messages(load(["_files/one.go", "_files/three.go"], in: root)),
                       ["found packages main (one.go) and other (three.go) in \(root)/_files"])
        XCTAssertEqual(messages(load(["_files/one.go", "c/c.go"], in: root)),
                       ["named files must all be in one directory; have _files and c"])
        XCTAssertEqual(messages(load(["_files/one.go", "./c"], in: root)), ["named files must be .go files: ./c"])
    }
}
