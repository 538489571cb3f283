import XCTest
import GoSyntax
@testable import Escape

/// The stack/heap decisions of gc's test/defererrcheck.go (its open-coded
/// cases are stack-allocated in golly, which does not open-code yet).
final class DeferPlacementTests: XCTestCase {
    func placements(_ src: String) throws -> [String] {
        let fs = FileSet()
        let (file, diags) = parseFile(fileSet: fs, path: "x.go", source: Array(src.utf8))
        XCTAssertEqual(diags.map(\.message), [])
        let f = try XCTUnwrap(file)
        return DeferAnalysis(files: [f]).ordered.map { "\($0.0.pos.line): \($0.1.diagnostic)" }
    }

    func testTopLevelAndAfterLoop() throws {
        let src = """
        package main
        func f1() {
        \tfor i := 0; i < 10; i++ {
        \t}
        \tdefer func() {}()
        }
        func f2() {
        \tfor {
        \t\tdefer func() {}()
        \t}
        \tdefer func() {}()
        }
        """
        XCTAssertEqual(try placements(src), ["5: stack-allocated defer", "9: heap-allocated defer", "11: stack-allocated defer"])
    }

    func testBackwardGotoMakesALoop() throws {
        let src = """
        package main
        var glob = 3
        func f4() {
        \tdefer func() {}()
        label:
        \tif glob > 2 {
        \t\tgoto label
        \t}
        }
        func f5() {
        label:
        \tdefer func() {}()
        \tif glob > 2 {
        \t\tgoto label
        \t}
        }
        func f6() {
        label:
        \tif glob > 2 {
        \t\tgoto label
        \t}
        \tdefer func() {}()
        }
        """
        XCTAssertEqual(try placements(src), ["4: stack-allocated defer", "12: heap-allocated defer", "22: heap-allocated defer"])
    }

    func testForwardGotoIsNoLoop() throws {
        let src = """
        package main
        func f() {
        \tgoto done
        done:
        \tdefer println()
        }
        """
        XCTAssertEqual(try placements(src), ["5: stack-allocated defer"])
    }

    func testLiteralBodiesStartAtDepthOne() throws {
        let src = """
        package main
        func f() {
        \tfor i := 0; i < 3; i++ {
        \t\tfunc() {
        \t\t\tdefer println()
        \t\t}()
        \t}
        }
        """
        XCTAssertEqual(try placements(src), ["5: stack-allocated defer"])
    }

    func testNestedBlockRestoresDepth() throws {
        let src = """
        package main
        var g int
        func f() {
        \tif g > 0 {
        \tL:
        \t\tif g > 1 {
        \t\t\tgoto L
        \t\t}
        \t}
        \tdefer println()
        }
        """
        XCTAssertEqual(try placements(src), ["10: stack-allocated defer"])
    }
}
