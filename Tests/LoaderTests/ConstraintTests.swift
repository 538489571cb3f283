// Build constraints: the //go:build grammar and its errors
// (go/build/constraint/expr.go), // +build lines, and which header lines
// count (go/build/build.go parseFileHeader).

import XCTest
@testable import Loader

final class ConstraintTests: XCTestCase {
    let env = testEnvironment(tags: ["extra"])

    func builds(_ header: String) throws -> Bool {
        try env.shouldBuild(Array((header + "\npackage p\n").utf8))
    }

    func testGoBuildOperators() throws {
        XCTAssertTrue(try builds("//go:build linux && amd64\n"))
        XCTAssertFalse(try builds("//go:build !linux\n"))
        XCTAssertTrue(try builds("//go:build windows || linux\n"))
        XCTAssertFalse(try builds("//go:build (windows || darwin) && amd64\n"))
        XCTAssertTrue(try builds("//go:build !(windows || darwin) && amd64\n"))
        XCTAssertTrue(try builds("//go:build linux && !windows || plan9\n"))
        XCTAssertTrue(try builds("//go:build unix && go1.19 && go1.1\n"))
        XCTAssertFalse(try builds("//go:build go1.20\n"))
        XCTAssertTrue(try builds("//go:build extra\n"))
        XCTAssertFalse(try builds("//go:build ignore\n"))
    }

    func testToolchainTags() throws {
        // gc and purego hold, gccgo and cgo do not (Environment.swift explains why).
        XCTAssertTrue(try builds("//go:build gc && purego\n"))
        XCTAssertFalse(try builds("//go:build gccgo\n"))
        XCTAssertFalse(try builds("//go:build cgo\n"))
        XCTAssertTrue(try builds("//go:build !amd64 || !gc || purego\n"))
    }

    func testGoBuildErrors() {
        let cases = [
            "linux &&": "unexpected end of expression",
            "!!linux": "double negation not allowed",
            "(linux": "missing close paren",
            "(linux || (amd64)": "missing close paren",
            "linux & amd64": "invalid syntax at &",
            "linux)": "unexpected token )",
            "linux $": "invalid syntax at $",
            "": "unexpected end of expression",
        ]
        for (expr, message) in cases {
            XCTAssertThrowsError(try builds("//go:build \(expr)\n"), expr) { error in
                XCTAssertEqual((error as? ConstraintSyntaxError)?.message, "parsing //go:build line: \(message)", expr)
            }
        }
        XCTAssertThrowsError(try builds("//go:build linux\n//go:build amd64\n")) { error in
            XCTAssertEqual((error as? ConstraintSyntaxError)?.message, "multiple //go:build comments")
        }
    }

    func testPlusBuildLines() throws {
        XCTAssertTrue(try builds("// +build windows linux\n"))                   // space: OR
        XCTAssertFalse(try builds("// +build linux,windows\n"))                  // comma: AND
        XCTAssertTrue(try builds("// +build linux,amd64 plan9\n"))
        XCTAssertFalse(try builds("// +build !linux\n"))
        XCTAssertFalse(try builds("// +build linux\n// +build windows\n"))       // lines: AND
        XCTAssertTrue(try builds("// +build linux\n// +build amd64 arm\n"))
        XCTAssertFalse(try builds("// +build !!linux\n"))                        // "ignore"
        XCTAssertFalse(try builds("// +build\n"))                                // empty: "ignore"
        XCTAssertFalse(try builds("//+build windows\n"))                         // no space needed
        XCTAssertTrue(try builds("// +buildwindows\n"))                          // not a +build line
    }

    func testWhichHeaderLinesCount() throws {
        // A // +build line must be followed by a blank line (not a doc comment).
        XCTAssertTrue(try env.shouldBuild(Array("// +build windows\npackage p\n".utf8)))
        XCTAssertTrue(try env.shouldBuild(Array("// Package p.\n// +build windows\npackage p\n".utf8)))
        XCTAssertFalse(try env.shouldBuild(Array("// Copyright\n\n// +build windows\n\n// Doc.\npackage p\n".utf8)))
        // //go:build controls when present, whatever the +build lines say.
        XCTAssertTrue(try builds("//go:build linux\n// +build windows\n"))
        XCTAssertFalse(try builds("//go:build windows\n// +build linux\n"))
        // Only the leading comments count: not inside /* */, not after the package clause.
        XCTAssertTrue(try env.shouldBuild(Array("/*\n//go:build windows\n*/\n\npackage p\n".utf8)))
        XCTAssertTrue(try env.shouldBuild(Array("package p\n\n//go:build windows\n".utf8)))
        XCTAssertTrue(try env.shouldBuild(Array("/* x */ // +build windows\n\npackage p\n".utf8)))
        // //go:build needs a space after it.
        XCTAssertTrue(try builds("//go:buildwindows\n"))
    }

    func testParsedForms() throws {
        XCTAssertEqual(try BuildConstraint.parse(line: "//go:build a || b && !c"),
                       .or(.tag("a"), .and(.tag("b"), .not(.tag("c")))))
        XCTAssertEqual(try BuildConstraint.parse(line: "// +build a,!b c"),
                       .or(.and(.tag("a"), .not(.tag("b"))), .tag("c")))
        XCTAssertEqual(try BuildConstraint.parse(line: "// +build a,b/c"), .and(.tag("a"), .tag("ignore")))
        XCTAssertNil(try BuildConstraint.parse(line: "// plain comment"))
    }
}
