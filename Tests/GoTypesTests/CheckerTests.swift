import XCTest
import GoSyntax
@testable import GoTypes

/// Expected messages were observed from gc (go tool compile -e, Go 1.19).
final class CheckerDiagnosticTests: XCTestCase {
    func diags(_ body: String) -> [String] { check(body).1 }

    func testConstantErrors() {
        XCTAssertEqual(diags("package main\nconst c byte = 256\nconst d = 1 / 0\nfunc main() {}\n"), [
            "x.go:2:16: cannot use 256 (untyped int constant) as byte value in constant declaration (overflows)",
            "x.go:3:15: invalid operation: division by zero",
        ])
        XCTAssertEqual(diags("package main\nconst (\n\te uint8 = 255\n\tf = e + 1\n)\nfunc main() {}\n"), [
            "x.go:4:6: e + 1 (constant 256 of type uint8) overflows uint8",
        ])
        XCTAssertEqual(diags("package main\nfunc main() { println(1 << 1000) }\n"), [
            "x.go:2:25: constant shift overflow",
        ])
        XCTAssertEqual(diags("package main\nfunc main() { _ = int8(200) }\n"), [
            "x.go:2:24: cannot convert 200 (untyped int constant) to type int8",
        ])
    }

    func testAssignmentsAndCalls() {
        let src = """
        package main
        func f() int { return 1 }
        func g(a int, b string) (int, error) { return 1 }
        func main() {
        \ta, b := f()
        \tg(1)
        \tvar s string
        \ts = s + 1
        }
        """
        XCTAssertEqual(diags(src), [
            "x.go:3:47: not enough return values\n\thave (number)\n\twant (int, error)",
            "x.go:5:10: assignment mismatch: 2 variables but f returns 1 value",
            "x.go:6:4: not enough arguments in call to g\n\thave (number)\n\twant (int, string)",
            "x.go:8:6: invalid operation: s + 1 (mismatched types string and untyped int)",
        ])
    }

    func testUnusedAndUndefined() {
        XCTAssertEqual(diags("package main\nfunc main() {\n\tx := 1\n\ty = 2\n}\n"), [
            "x.go:3:2: x declared but not used",
            "x.go:4:2: undefined: y",
        ])
    }

    func testDeclarations() {
        let src = """
        package main
        var x int
        var x string
        type T struct{ t T }
        var p = q
        var q = p
        func init(x int) {}
        func h() int { for {} }
        func k() int { if true { return 1 } }
        func main() { init() }
        """
        XCTAssertEqual(diags(src), [
            "x.go:3:5: x redeclared in this block\n\tx.go:2:5: other declaration of x",
            "x.go:4:6: invalid recursive type T\n\tx.go:4:6: T refers to\n\tx.go:4:6: T",
            "x.go:5:5: initialization loop for p\n\tx.go:5:5: p refers to\n\tx.go:6:5: q refers to\n\tx.go:5:5: p",
            "x.go:7:6: func init must have no arguments and no return values",
            "x.go:9:37: missing return",
            "x.go:10:15: undefined: init",
        ])
    }

    func testImports() {
        XCTAssertEqual(diags("package main\nimport \"fmt\"\nfunc main() { fmt.Println() }\n"), [
            "x.go:2:8: golly does not support importing package \"fmt\" yet",
        ])
        XCTAssertEqual(diags("package main\nimport \"runtime\"\nfunc main() { runtime.GC(); println(runtime.GOOS) }\n"), [])
        XCTAssertEqual(diags("package main\nimport \"runtime\"\nfunc main() {}\n"), [
            "x.go:2:8: imported and not used: \"runtime\"",
        ])
    }

    /// Generics are parsed but not supported: each declaration and each
    /// use is reported, nothing else cascades from it; the standard
    /// library's generic declarations pass while unused.
    func testGenericsAreNotSupportedYet() {
        let unsupported = "golly does not support generics yet"
        XCTAssertEqual(diags("package main\nimport \"runtime\"\ntype L[T any] []T\nfunc F[T any](x T) T { runtime.GC(); return x }\n"
                             + "func (l L[T]) Len() int { return len(l) }\ntype C interface{ ~int | string }\n"
                             + "var x L[int]\nfunc main() { _ = F(1) }\n"), [
            "x.go:3:7: \(unsupported)", "x.go:4:7: \(unsupported)", "x.go:5:10: \(unsupported)",
            "x.go:6:19: \(unsupported)", "x.go:7:7: \(unsupported)", "x.go:8:19: \(unsupported)",
        ])
        let accepting = CheckOptions(reportMissingFunctionBodies: false, requireMainFunction: false, acceptsGenericDeclarations: true)
        let std = "package p\nimport \"unsafe\"\ntype P[T any] struct{ v unsafe.Pointer }\nfunc (x *P[T]) Load() *T { return (*T)(x.v) }\nfunc Plain() int { return 1 }\n"
        XCTAssertEqual(check([("x.go", std)], options: accepting).1, [])
        XCTAssertEqual(check([("x.go", std + "var _ P[int]\n")], options: accepting).1, ["x.go:6:7: \(unsupported)"])
    }

    func testShiftOfFloatType() {
        XCTAssertEqual(diags("package main\nfunc main() {\n\tvar i = 1\n\tvar b float64 = 1 << i\n\t_ = b\n}\n"), [
            "x.go:4:18: invalid operation: 1 << i (shift of type float64)",
        ])
    }
}

final class CheckerInfoTests: XCTestCase {
    func testUntypedConstantsGetContextType() throws {
        let src = "package main\nvar x float64 = 1\nfunc main() { println(2, x) }\n"
        let (info, d) = check(src)
        XCTAssertEqual(d, [])
        let lits = info.types.values.filter { $0.mode == .constant }
        // 1 recorded as float64 with a float value; 2 as int (default type).
        XCTAssertTrue(lits.contains { ($0.type as? Basic)?.kind == .float64 && $0.value == .float(.integer(1)) })
        XCTAssertTrue(lits.contains { ($0.type as? Basic)?.kind == .int && $0.value == .int(2) })
        XCTAssertFalse(info.types.values.contains { ($0.type as? Basic)?.isUntyped ?? false })
    }

    func testCapturesAndInitOrder() throws {
        let src = """
        package main
        var a = b + 1
        var b = f()
        func f() int { return c }
        var c = 2
        func main() {
        \tx := 1
        \ty := 2
        \tfn := func() int {
        \t\treturn func() int { return x }() + y
        \t}
        \t_ = fn
        \t_ = &y
        }
        func init() {}
        """
        let (info, d) = check(src)
        XCTAssertEqual(d, [])
        XCTAssertEqual(info.initOrder.map { $0.lhs.map(\.name) }, [["c"], ["b"], ["a"]])
        XCTAssertEqual(info.initFuncs.count, 1)
        XCTAssertEqual(info.funcs.map(\.name.name), ["f", "main", "init"])
        let caps = info.captures.values.map { $0.map(\.name) }.sorted { $0.count > $1.count }
        XCTAssertEqual(caps, [["x", "y"], ["x"]])
        let vars = info.defs.values.compactMap { $0 as? Var }
        XCTAssertTrue(vars.first { $0.name == "x" }?.isCaptured ?? false)
        XCTAssertTrue(vars.first { $0.name == "y" }?.isAddressTaken ?? false)
        XCTAssertFalse(vars.first { $0.name == "fn" }?.isCaptured ?? true)
    }
}

final class CheckerContextTypeTests: XCTestCase {
    func testShiftAndComparisonTypesFromContext() {
        let src = """
        package main
        func main() {
        \tvar s uint = 3
        \tvar y int64 = 1 << s
        \tb := y < 10
        \tvar f float32 = 1.5
        \tprintln(y, b, f, 'x', string(rune(65)))
        }
        """
        let (info, d) = check(src)
        XCTAssertEqual(d, [])
        // No expression is left with an untyped type.
        XCTAssertFalse(info.types.values.contains { ($0.type as? Basic)?.isUntyped ?? false })
        let kinds = Set(info.types.values.compactMap { ($0.type as? Basic)?.kind })
        XCTAssertTrue(kinds.contains(.int64))
        XCTAssertTrue(kinds.contains(.bool))
        XCTAssertTrue(kinds.contains(.float32))
        // The literal 1 shifted in an int64 context is an int64 constant 1.
        XCTAssertTrue(info.types.values.contains { $0.mode == .constant && ($0.type as? Basic)?.kind == .int64 && $0.value == .int(1) })
        // 1.5 as float32 keeps a float value; 'x' defaults to rune (int32).
        XCTAssertTrue(info.types.values.contains { $0.mode == .constant && ($0.type as? Basic)?.kind == .float32 })
        XCTAssertTrue(info.types.values.contains { $0.mode == .constant && ($0.type as? Basic)?.kind == .int32 && $0.value == .int(120) })
    }

    func testNamedResultsAndImplicits() {
        let src = "package main\nfunc f(int, string) (n int, err error) { return }\nfunc main() { f(1, \"\") }\n"
        let (info, d) = check(src)
        XCTAssertEqual(d, [])
        XCTAssertEqual(info.implicits.values.filter { $0 is Var }.count, 2)
        XCTAssertTrue(info.defs.values.contains { $0.name == "err" && $0 is Var })
        let f = info.defs.values.first { $0.name == "f" } as? Func
        XCTAssertNotNil(f?.decl)
        XCTAssertEqual((f?.type as? Signature)?.results.count, 2)
    }
}
