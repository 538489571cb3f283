// Import path resolution in module mode (modload importFromModules), the
// go command's messages for what is not found, and internal visibility.
// Every message was checked against go 1.19's `go build`.

import XCTest
@testable import Loader

final class LocateTests: XCTestCase {
    func testStandardPackages() throws {
        let goroot = try requireGoroot()
        let root = try makeTree(["go.mod": goMod("example.com/m"), "x/x.go": "package x\n"])
        let loader = try PackageLoader(workingDirectory: root, environment: testEnvironment())
        XCTAssertEqual(try loader.locate("fmt", from: root + "/x"),
                       PackageLocation(importPath: "fmt", directory: goroot + "/src/fmt", kind: .goroot))
        XCTAssertThrowsError(try loader.locate("foo/bar", from: root + "/x")) {
            XCTAssertEqual(($0 as? LoadError)?.messages, ["package foo/bar is not in GOROOT (\(goroot)/src/foo/bar)"])
        }
        // The std's vendored packages, only for importers in the std.
        XCTAssertEqual(try loader.locate("golang.org/x/net/dns/dnsmessage", from: goroot + "/src/net"),
                       PackageLocation(importPath: "vendor/golang.org/x/net/dns/dnsmessage",
                                       directory: goroot + "/src/vendor/golang.org/x/net/dns/dnsmessage", kind: .goroot))
        XCTAssertThrowsError(try loader.locate("golang.org/x/net/dns/dnsmessage", from: root + "/x"))
    }

    func testMainModulePaths() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "x/x.go": "package x\n",
            "y/y.go": "package y\n",
            "emptydir/readme.txt": "",
            "nested/go.mod": goMod("example.com/m/nested"),
            "nested/n/n.go": "package n\n",
        ])
        let loader = try PackageLoader(workingDirectory: root, environment: testEnvironment())
        XCTAssertEqual(try loader.locate("example.com/m/y", from: root + "/x"),
                       PackageLocation(importPath: "example.com/m/y", directory: root + "/y", kind: .mainModule))
        for missing in ["example.com/m/nope", "example.com/m/emptydir", "example.com/m/nested/n", "github.com/x/y"] {
            XCTAssertThrowsError(try loader.locate(missing, from: root + "/x")) {
                XCTAssertEqual(($0 as? LoadError)?.messages,
                               ["no required module provides package \(missing); to add it:\n\tgo get \(missing)"])
            }
        }
        XCTAssertThrowsError(try loader.locate("./y", from: root + "/x")) {
            XCTAssertEqual(($0 as? LoadError)?.messages, ["local import \"./y\" in non-local package"])
        }
    }

    func testModuleWithoutDots() throws {
        let goroot = try requireGoroot()
        let root = try makeTree(["go.mod": goMod("m"), "x/x.go": "package x\n"])
        let loader = try PackageLoader(workingDirectory: root, environment: testEnvironment())
        XCTAssertEqual(try loader.locate("m/x", from: root).directory, root + "/x")
        XCTAssertThrowsError(try loader.locate("m/nope", from: root)) {
            XCTAssertEqual(($0 as? LoadError)?.messages, ["package m/nope is not in GOROOT (\(goroot)/src/m/nope)"])
        }
    }

    func testModuleCache() throws {
        let cache = try makeTree([
            "github.com/!burnt!sushi/toml@v1.2.0/go.mod": goMod("github.com/BurntSushi/toml"),
            "github.com/!burnt!sushi/toml@v1.2.0/toml.go": "package toml\n",
            "github.com/!burnt!sushi/toml@v1.2.0/internal/i.go": "package internal\n",
            "github.com/!burnt!sushi/toml@v1.2.0/x/x.go": "package x\n\nimport _ \"github.com/BurntSushi/toml/internal\"\n",
        ])
        let root = try makeTree([
            "go.mod": goMod("example.com/m", requires: """
                require (
                \tgithub.com/BurntSushi/toml v1.2.0
                \texample.com/absent v0.1.0
                )
                """),
            "main.go": "package main\n\nimport _ \"github.com/BurntSushi/toml/x\"\n\nfunc main() {}\n",
        ])
        let env = testEnvironment(moduleCache: cache)
        let loader = try PackageLoader(workingDirectory: root, environment: env)
        let toml = cache + "/github.com/!burnt!sushi/toml@v1.2.0"
        XCTAssertEqual(try loader.locate("github.com/BurntSushi/toml", from: root),
                       PackageLocation(importPath: "github.com/BurntSushi/toml", directory: toml, kind: .moduleCache))
        XCTAssertThrowsError(try loader.locate("example.com/absent/pkg", from: root)) {
            XCTAssertEqual(($0 as? LoadError)?.messages, [
                "module example.com/absent@v0.1.0 is not in the module cache (\(cache)/example.com/absent@v0.1.0); "
                    + "'go mod download example.com/absent' fetches it",
            ])
        }
        // The module's own internal package is visible inside it, not from the main module.
        XCTAssertEqual(paths(load(["."], in: root, environment: env)),
                       ["github.com/BurntSushi/toml/internal", "github.com/BurntSushi/toml/x", "example.com/m"])
        XCTAssertThrowsError(try loader.locate("github.com/BurntSushi/toml/internal", from: root)) {
            XCTAssertEqual(($0 as? LoadError)?.messages, ["use of internal package github.com/BurntSushi/toml/internal not allowed"])
        }
    }

    func testLocalReplacementAndAmbiguity() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/amb", requires: """
                require (
                \tex.com/a/b v1.0.0
                \tex.com/a/b/c v1.0.0
                )
                replace ex.com/a/b => ./ab
                replace ex.com/a/b/c => ./abc
                """),
            "ab/go.mod": goMod("ex.com/a/b"),
            "ab/c/c.go": "package c\n",
            "ab/d/d.go": "package d\n",
            "abc/go.mod": goMod("ex.com/a/b/c"),
            "abc/c.go": "package c\n",
            "m.go": "package main\n\nimport _ \"ex.com/a/b/c\"\n\nfunc main() {}\n",
        ])
        let loader = try PackageLoader(workingDirectory: root, environment: testEnvironment())
        XCTAssertEqual(try loader.locate("ex.com/a/b/d", from: root),
                       PackageLocation(importPath: "ex.com/a/b/d", directory: root + "/ab/d", kind: .replacement))
        XCTAssertEqual(messages(load(["."], in: root)), ["""
            m.go:3:8: ambiguous import: found package ex.com/a/b/c in multiple modules:
            \tex.com/a/b v1.0.0 (\(root)/ab/c)
            \tex.com/a/b/c v1.0.0 (\(root)/abc)
            """])
    }

    func testInternalVisibility() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/m"),
            "a/internal/c/c.go": "package c\n",
            "a/b/b.go": "package b\n\nimport _ \"example.com/m/a/internal/c\"\n",
            "a/a.go": "package a\n\nimport _ \"example.com/m/a/internal/c\"\n",
            "x/x.go": "package x\n\nimport _ \"example.com/m/a/internal/c\"\n",
            "deep/m.go": "package main\n\nimport _ \"example.com/m/x\"\n\nfunc main() {}\n",
            "gint/g.go": "package gint\n\nimport _ \"internal/cpu\"\n",
        ])
        XCTAssertEqual(paths(load(["./a/b"], in: root)), ["example.com/m/a/internal/c", "example.com/m/a/b"])
        XCTAssertEqual(paths(load(["./a"], in: root)), ["example.com/m/a/internal/c", "example.com/m/a"])
        XCTAssertEqual(messages(load(["./x"], in: root)),
                       ["package example.com/m/x\n\tx/x.go:3:8: use of internal package example.com/m/a/internal/c not allowed"])
        XCTAssertEqual(messages(load(["./deep"], in: root)), ["""
            package example.com/m/deep
            \timports example.com/m/x
            \tx/x.go:3:8: use of internal package example.com/m/a/internal/c not allowed
            """])
        // Named on the command line, an internal package is fine.
        XCTAssertEqual(paths(load(["example.com/m/a/internal/c"], in: root)), ["example.com/m/a/internal/c"])
        _ = try requireGoroot()
        XCTAssertEqual(messages(load(["./gint"], in: root)),
                       ["package example.com/m/gint\n\tgint/g.go:3:8: use of internal package internal/cpu not allowed"])
    }

    func testOutsideAnyModule() throws {
        _ = try requireGoroot()
        let root = try makeTree([
            "a.go": "package main\n\nimport _ \"example.com/z\"\n\nfunc main() {}\n",
            "b.go": "package main\n\nimport \"errors\"\n\nvar _ = errors.New\n\nfunc main() {}\n",
        ])
        XCTAssertEqual(messages(load(["a.go"], in: root)), [
            "a.go:3:8: no required module provides package example.com/z: go.mod file not found in current directory "
                + "or any parent directory; see 'go help modules'",
        ])
        XCTAssertEqual(paths(load(["b.go"], in: root)).last, "command-line-arguments")
        XCTAssertEqual(messages(load(["."], in: root)),
                       ["go: go.mod file not found in current directory or any parent directory; see 'go help modules'"])
    }
}
