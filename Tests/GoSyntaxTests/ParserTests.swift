import XCTest
@testable import GoSyntax

final class ParserTests: XCTestCase {
    func testPackageImportsAndDecls() throws {
        let (file, errors) = parse("""
        package main

        import (
        \tf "fmt"
        \t. "os"
        \t_ "strings"
        )
        import "math"

        const Pi = 3.14
        var x, y int = 1, 2
        type T struct{ a, b int; c string `json:"c"`; *E }
        type A = T
        func (t *T) M(a, b int, c ...string) (r int, err error) { return }
        func F()
        """)
        XCTAssertEqual(errors, [])
        let f = try XCTUnwrap(file)
        XCTAssertEqual(f.package.name, "main")
        XCTAssertEqual(f.imports.map { $0.name?.name ?? "" }, ["f", ".", "_", ""])
        XCTAssertEqual(f.imports.map(\.path.value), [#""fmt""#, #""os""#, #""strings""#, #""math""#])
        // Like go/ast, import declarations are also listed among the declarations.
        XCTAssertEqual(f.decls.count, 8)
        let st = try XCTUnwrap(((f.decls[4] as? GenDecl)?.specs[0] as? TypeSpec)?.type as? StructType)
        XCTAssertEqual(st.fields.map { $0.names.map(\.name) }, [["a", "b"], ["c"], []])
        XCTAssertEqual(st.fields[1].tag?.value, "`json:\"c\"`")
        XCTAssertTrue(st.fields[2].type is StarExpr)
        XCTAssertEqual(((f.decls[5] as? GenDecl)?.specs[0] as? TypeSpec)?.isAlias, true)
        let m = try XCTUnwrap(f.decls[6] as? FuncDecl)
        XCTAssertEqual(m.recv?.names.first?.name, "t")
        XCTAssertEqual(m.type.params.map { $0.names.map(\.name) }, [["a", "b"], ["c"]])
        XCTAssertTrue(m.type.params[1].type is Ellipsis)
        XCTAssertEqual(m.type.results.map { $0.names.map(\.name) }, [["r"], ["err"]])
        XCTAssertNil((f.decls[7] as? FuncDecl)?.body)
    }

    func testConstGroupIotaAndImplicitRepetition() throws {
        let (file, errors) = parse("""
        package p
        const (
        \tA, B = iota, iota * 10
        \tC, D
        \tE int = 5
        \tF
        )
        """)
        XCTAssertEqual(errors, [])
        let specs = try XCTUnwrap((file?.decls[0] as? GenDecl)?.specs as? [ValueSpec])
        XCTAssertEqual(specs.map(\.iota), [0, 1, 2, 3])
        XCTAssertEqual(specs.map(\.isImplicit), [false, true, false, true])
        // Implicit specs share the previous spec's expression nodes.
        XCTAssertTrue(specs[1].values[0] === specs[0].values[0])
        XCTAssertTrue(specs[1].values[1] === specs[0].values[1])
        XCTAssertTrue(specs[3].type === specs[2].type)
        XCTAssertEqual(specs[3].values.map(exprString), ["5"])
    }

    func testExpressionsAndPrecedence() throws {
        let stmts = bodyOf("package p\nfunc f() { x = a + b*c<<2 == d || !e && <-ch > 0 }")
        let a = try XCTUnwrap(stmts.first as? AssignStmt)
        XCTAssertEqual(exprString(a.rhs[0]), "a + b * c << 2 == d || !e && <-ch > 0")
        let or = try XCTUnwrap(a.rhs[0] as? BinaryExpr)
        XCTAssertEqual(or.op, .lor)
        let eq = try XCTUnwrap(or.x as? BinaryExpr)
        XCTAssertEqual(eq.op, .eql)
        let plus = try XCTUnwrap(eq.x as? BinaryExpr)
        XCTAssertEqual(plus.op, .add)
        XCTAssertEqual((plus.y as? BinaryExpr)?.op, .shl) // b*c<<2 is (b*c)<<2
        XCTAssertEqual(((plus.y as? BinaryExpr)?.x as? BinaryExpr)?.op, .mul)
    }

    func testPrimaryExpressions() throws {
        let stmts = bodyOf("""
        package p
        func f() {
        \t_ = a.b[1:2:3].(T)(x, y...)
        \t_ = []int{1, 2: 3}
        \t_ = map[string][]T{"a": {{1}}}
        \t_ = &T{f: 1}
        \t_ = func(x int) int { return x }(1)
        \t_ = s[:]
        \t_ = (*T).m
        \t_ = (<-chan int)(nil)
        \t_ = x.(type)
        }
        """)
        let rhs = stmts.compactMap { ($0 as? AssignStmt)?.rhs.first }
        XCTAssertEqual(rhs.map(exprString), [
            "a.b[1:2:3].(T)(x, y...)", "[]int{…}", "map[string][]T{…}", "&T{…}",
            "func(x int) int {…}(1)", "s[:]", "(*T).m", "(<-chan int)(nil)", "x.(type)",
        ])
        let call = try XCTUnwrap(rhs[0] as? CallExpr)
        XCTAssertTrue(call.hasEllipsis)
        XCTAssertTrue((call.fun as? TypeAssertExpr)?.x is SliceExpr)
        XCTAssertEqual(((call.fun as? TypeAssertExpr)?.x as? SliceExpr)?.slice3, true)
        let lit = try XCTUnwrap(rhs[1] as? CompositeLit)
        XCTAssertTrue(lit.elements[1] is KeyValueExpr)
        let nested = try XCTUnwrap(((rhs[2] as? CompositeLit)?.elements[0] as? KeyValueExpr)?.value as? CompositeLit)
        XCTAssertNil(nested.type) // elided type
        XCTAssertEqual((((rhs[7] as? CallExpr)?.fun as? ParenExpr)?.x as? ChanType)?.dir, .recv)
    }

    func testTypes() throws {
        let (file, errors) = parse("""
        package p
        type (
        \tA [4]int
        \tB [...]int
        \tC map[string]chan<- <-chan int
        \tD interface { io.Reader; M(int) (bool, error); N() }
        \tE func(int, string) error
        \tF chan (<-chan int)
        \tG *struct{}
        )
        """)
        XCTAssertEqual(errors, [])
        let types = try XCTUnwrap((file?.decls[0] as? GenDecl)?.specs.compactMap { ($0 as? TypeSpec)?.type })
        XCTAssertEqual(types.map(exprString), [
            "[4]int", "[...]int", "map[string]chan<- <-chan int",
            "interface{io.Reader; M(int) (bool, error); N()}", "func(int, string) error",
            "chan (<-chan int)", "*struct{}",
        ])
        XCTAssertTrue((types[1] as? ArrayType)?.len is Ellipsis)
        let iface = try XCTUnwrap(types[3] as? InterfaceType)
        XCTAssertEqual(iface.methods.map { $0.names.map(\.name) }, [[], ["M"], ["N"]])
        let ch = try XCTUnwrap((types[2] as? MapType)?.value as? ChanType)
        XCTAssertEqual(ch.dir, .send)
        XCTAssertEqual((ch.value as? ChanType)?.dir, .recv)
    }

    func testStatements() throws {
        let stmts = bodyOf("""
        package p
        func f() {
        \tx, y := 1, 2
        \tx += 3
        \tx++
        \tch <- x
        \tif v := g(); v > 0 { } else if w { } else { }
        \tfor i := 0; i < 10; i++ { continue }
        \tfor k, v := range m { }
        \tfor range ch { }
        \tfor { break }
        \tswitch x := f(); x { case 1, 2: fallthrough; default: }
        \tswitch { }
        \tswitch t := v.(type) { case int, string: case nil: }
        \tselect { case v := <-ch: _ = v; case ch <- 1: default: }
        L:
        \tgoto L
        \tdefer f()
        \tgo func() {}()
        \treturn
        }
        """)
        let kinds = stmts.map { String(describing: type(of: $0)) }
        XCTAssertEqual(kinds, ["AssignStmt", "AssignStmt", "IncDecStmt", "SendStmt", "IfStmt", "ForStmt", "RangeStmt",
                               "RangeStmt", "ForStmt", "SwitchStmt", "SwitchStmt", "TypeSwitchStmt", "SelectStmt",
                               "LabeledStmt", "DeferStmt", "GoStmt", "ReturnStmt"])
        XCTAssertEqual((stmts[0] as? AssignStmt)?.tok, .define)
        XCTAssertEqual((stmts[1] as? AssignStmt)?.tok, .addAssign)
        let ifs = try XCTUnwrap(stmts[4] as? IfStmt)
        XCTAssertNotNil(ifs.initStmt)
        XCTAssertTrue(ifs.elseStmt is IfStmt)
        XCTAssertTrue((ifs.elseStmt as? IfStmt)?.elseStmt is BlockStmt)
        let forS = try XCTUnwrap(stmts[5] as? ForStmt)
        XCTAssertNotNil(forS.initStmt); XCTAssertNotNil(forS.cond); XCTAssertTrue(forS.post is IncDecStmt)
        let r = try XCTUnwrap(stmts[6] as? RangeStmt)
        XCTAssertEqual(r.tok, .define)
        XCTAssertEqual(r.key.map(exprString), "k")
        XCTAssertEqual(r.value.map(exprString), "v")
        XCTAssertNil((stmts[7] as? RangeStmt)?.tok)
        let sw = try XCTUnwrap(stmts[9] as? SwitchStmt)
        XCTAssertEqual(sw.clauses.map(\.isDefault), [false, true])
        XCTAssertEqual(sw.clauses[0].list.count, 2)
        XCTAssertTrue(sw.clauses[0].body.first is BranchStmt)
        XCTAssertNil((stmts[10] as? SwitchStmt)?.tag)
        let ts = try XCTUnwrap(stmts[11] as? TypeSwitchStmt)
        XCTAssertEqual(ts.binding?.name, "t")
        XCTAssertEqual(exprString(ts.subject), "v.(type)")
        XCTAssertEqual(ts.clauses.map(\.list.count), [2, 1])
        let sel = try XCTUnwrap(stmts[12] as? SelectStmt)
        XCTAssertTrue(sel.clauses[0].comm is AssignStmt)
        XCTAssertTrue(sel.clauses[1].comm is SendStmt)
        XCTAssertNil(sel.clauses[2].comm)
        let lab = try XCTUnwrap(stmts[13] as? LabeledStmt)
        XCTAssertEqual(lab.label.name, "L")
        XCTAssertEqual((lab.stmt as? BranchStmt)?.tok, .goto)
    }

    func testCompositeLiteralInControlClause() throws {
        // spec "Composite literals": T{ in an if/for/switch header opens the block...
        let stmts = bodyOf("package p\nfunc f() {\n\tif x == T {\n\t}\n\tif x == (T{}) {\n\t}\n\tif x == []int{} {\n\t}\n}")
        XCTAssertEqual(stmts.count, 3)
        XCTAssertTrue(((stmts[0] as? IfStmt)?.cond as? BinaryExpr)?.y is Ident)
        XCTAssertTrue((((stmts[1] as? IfStmt)?.cond as? BinaryExpr)?.y as? ParenExpr)?.x is CompositeLit)
        // ...but a literal type that is not a bare name may open a composite literal.
        XCTAssertTrue(((stmts[2] as? IfStmt)?.cond as? BinaryExpr)?.y is CompositeLit)
    }

    func testPositionsFollowGc() throws {
        let stmts = bodyOf("package p\nfunc f() {\n\tx := a.b + g(1)\n\ty[0] = T{}\n}")
        let a = try XCTUnwrap(stmts[0] as? AssignStmt)
        XCTAssertEqual(a.pos.description, "3:4")         // the operator
        XCTAssertEqual(a.startPos.description, "3:2")
        let sum = try XCTUnwrap(a.rhs[0] as? BinaryExpr)
        XCTAssertEqual(sum.pos.description, "3:11")      // the operator
        XCTAssertEqual(sum.startPos.description, "3:7")  // start of a.b
        let call = try XCTUnwrap(sum.y as? CallExpr)
        XCTAssertEqual(call.pos.description, "3:14")     // the "("
        XCTAssertEqual(call.startPos.description, "3:13")
        XCTAssertEqual(call.rparen.description, "3:16")
        let b = try XCTUnwrap(stmts[1] as? AssignStmt)
        XCTAssertEqual(b.lhs[0].pos.description, "4:3")  // the "["
        XCTAssertEqual(b.rhs[0].pos.description, "4:10") // the "{"
        XCTAssertEqual(b.rhs[0].startPos.description, "4:9")
    }

    func testGenericsAreParsed() throws {
        for src in ["package p\nfunc F[T any](x T) {}", "package p\ntype L[T any] []T", "package p\nvar x L[int]",
                    "package p\nvar y = F[int, string]", "package p\ntype C interface{ ~int | string }",
                    "package p\nfunc (l *L[T]) Len() int { return 0 }", "package p\ntype P[T *int, U, V any] struct{}"] {
            let (file, errors) = parse(src)
            XCTAssertNotNil(file, src)
            XCTAssertEqual(errors, [], src)
        }
        let f = try XCTUnwrap(parse("package p\nfunc F[K comparable, V ~int | ~string, W any](k K) {}").file)
        let fd = try XCTUnwrap(f.decls.first as? FuncDecl)
        XCTAssertEqual(fd.type.typeParams.map { $0.names.map(\.name) }, [["K"], ["V"], ["W"]])
        XCTAssertEqual(fd.genericPos?.description, "2:7")
        let t = try XCTUnwrap((parse("package p\ntype M[K, V any] map[K]V").file?.decls.first as? GenDecl)?.specs.first as? TypeSpec)
        XCTAssertEqual(t.typeParams.map { $0.names.map(\.name) }, [["K", "V"]])
        XCTAssertEqual(t.typeParamsPos?.description, "2:7")
        let v = try XCTUnwrap((parse("package p\nvar y = F[int, string]").file?.decls.first as? GenDecl)?.specs.first as? ValueSpec)
        XCTAssertEqual((v.values.first as? IndexExpr)?.indices.count, 2)
        XCTAssertEqual(parse("package p\nfunc F[T](x T) {}").errors, ["x.go:2:9: syntax error: missing type constraint"])
        // Arrays in type declarations are not type parameters.
        XCTAssertEqual(parse("package p\nconst N = 2\ntype A [N]int\ntype B [N * 2]int").errors, [])
    }

    func testLargeFileIsFast() {
        var src = "package p\n"
        for i in 0..<1000 {
            src += "func f\(i)(a, b int) int {\n\tx := a*b + \(i)\n\tif x > 10 {\n\t\treturn x\n\t}\n\treturn a\n}\n"
        }
        let start = Date()
        let (file, errors) = parse(src)
        XCTAssertEqual(errors, [])
        XCTAssertEqual(file?.decls.count, 1000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2.0) // 7000 lines; debug build
    }
}
