import XCTest
import GoSyntax

/// Syntax and lexical errors exactly as gc 1.19 prints them: each expected
/// line below was produced by `go tool compile` on the same source (errors
/// from gc's type checker are left out).
final class SyntaxErrorTests: XCTestCase {
    private func check(_ source: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(parse(source).errors, expected, file: file, line: line)
    }

    func testUnexpectedNewlineInArgumentListPossibly() {
        check("package main\n\nfunc main() {\n\tf(1,\n\t\t2\n}\n", [
            "x.go:5:4: syntax error: unexpected newline in argument list; possibly missing comma or )",
        ])
    }

    func testNonDeclarationStatementOutsideFunctionBody() {
        check("package main\n\nx := 1\n", [
            "x.go:3:1: syntax error: non-declaration statement outside function body",
        ])
    }

    func testUnexpectedSemicolonOrNewlineBefore() {
        check("package main\n\nfunc main()\n{\n}\n", [
            "x.go:4:1: syntax error: unexpected semicolon or newline before {",
        ])
    }

    func testCannotUseXAsValue() {
        check("package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n", [
            "x.go:4:7: syntax error: cannot use x := 1 as value",
        ])
    }

    func testCannotUseAssignmentXAsValue() {
        check("package main\n\nfunc main() {\n\tif x = 1 {\n\t}\n}\n", [
            "x.go:4:7: syntax error: cannot use assignment (x) = (1) as value",
        ])
    }

    func testUnexpectedNewlineExpectingAfterForClause() {
        check("package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n", [
            "x.go:4:25: syntax error: unexpected newline, expecting { after for clause",
        ])
    }

    func testUnexpectedNewlineInCompositeLiteralPossibly() {
        check("package main\n\nfunc main() {\n\tx := [3]int{1, 2, 3\n\t}\n\t_ = x\n}\n", [
            "x.go:4:21: syntax error: unexpected newline in composite literal; possibly missing comma or }",
        ])
    }

    func testNewlineInString() {
        check("package main\n\nfunc main() {\n\ts := \"abc\n\t_ = s\n}\n", [
            "x.go:4:11: newline in string",
        ])
    }

    func testHexadecimalLiteralHasNoDigits() {
        check("package main\n\nfunc main() {\n\t_ = 0x\n\t_ = 09\n\t_ = 1__0\n\t_ = 0b102\n}\n", [
            "x.go:4:8: hexadecimal literal has no digits",
            "x.go:5:7: invalid digit '9' in octal literal",
            "x.go:6:8: '_' must separate successive digits",
            "x.go:7:10: invalid digit '2' in binary literal",
        ])
    }

    func testMoreThanOneCharacterInRune() {
        check("package main\n\nfunc main() {\n\t_ = 'ab'\n\t_ = '\\q'\n\t_ = \"\\\\400\"\n}\n", [
            "x.go:4:6: more than one character in rune literal",
            "x.go:5:8: unknown escape",
        ])
    }

    func testUnexpectedExpectingExpression() {
        check("package main\n\nfunc main() {\n\tvar x int\n\tx = 1 +\n}\n", [
            "x.go:6:1: syntax error: unexpected }, expecting expression",
        ])
    }

    func testExpressionInDeferMustNotBe() {
        check("package main\n\nfunc main() {\n\tdefer (f())\n\tgo g\n}\n", [
            "x.go:4:8: expression in defer must not be parenthesized",
            "x.go:5:5: expression in go must be function call",
        ])
    }

    func testBreakIsNotInALoop() {
        check("package main\n\nfunc main() {\n\tbreak\n\tcontinue\nL:\n\tfor {\n\t\tgoto M\n\t}\n}\n", [
            "x.go:4:2: break is not in a loop, switch, or select",
            "x.go:5:2: continue is not in a loop",
            "x.go:6:1: label L defined and not used",
            "x.go:8:8: label M not defined",
        ])
    }

    func testPackageStatementMustBeFirst() {
        check("main\n", [
            "x.go:1:1: syntax error: package statement must be first",
        ])
    }

    func testCannotFallthroughFinalCaseInSwitch() {
        check("package main\n\nfunc main() {\n\tswitch x := 1; x {\n\tcase 1:\n\t\tfallthrough\n\t}\n}\n", [
            "x.go:6:3: cannot fallthrough final case in switch",
        ])
    }

    func testStructLiteralInIfConditionIsAllowed() {
        check("package main\n\nfunc main() {\n\tx := 1\n\tif x == struct{}{} {\n\t}\n}\n", [
        ])
    }

    func testMixedNamedAndUnnamedParameters() {
        check("package main\n\nfunc f(a, b int, string) {}\n", [
            "x.go:3:18: syntax error: mixed named and unnamed parameters",
        ])
    }

    func testInvalidCharacterU() {
        check("package main\n\nfunc main() {\n\t@\n}\n", [
            "x.go:4:2: invalid character U+0040 '@'",
        ])
    }

    func testFinalIndexRequiredInIndexSlice() {
        check("package main\n\nfunc main() {\n\tvar a []int\n\t_ = a[1:2:]\n\t_ = a[::3]\n}\n", [
            "x.go:5:12: final index required in 3-index slice",
            "x.go:6:9: middle index required in 3-index slice",
        ])
    }

    func testUnexpectedAtEndOfStatement() {
        check("package main\n\nfunc main() {\n\tx := 1\n\tx++ = 2\n}\n", [
            "x.go:5:6: syntax error: unexpected = at end of statement",
        ])
    }

    func testUnexpectedNewlineInArgumentListPossibly2() {
        check("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n", [
            "x.go:6:17: syntax error: unexpected newline in argument list; possibly missing comma or )",
        ])
    }

    func testUnexpectedCommaExpectingAfterForClause() {
        check("package main\n\nfunc main() {\n\tfor x := range y, z {\n\t}\n}\n", [
            "x.go:4:18: syntax error: unexpected comma, expecting { after for clause",
        ])
    }

    func testCommentNotTerminated() {
        check("package main\n\nfunc main() {\n\t/* unterminated\n", [
            "x.go:4:2: comment not terminated",
        ])
    }

    func testElseMustBeFollowedByIf() {
        check("package main\n\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n", [
            "x.go:5:9: syntax error: else must be followed by if or statement block",
        ])
    }

    func testUnexpectedCommaInStructTypePossibly() {
        check("package main\n\ntype T struct {\n\ta int,\n\tb int\n}\n", [
            "x.go:4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }",
        ])
    }

    func testUnexpectedNewlineExpecting() {
        check("package main\n\nfunc main() {\n\tvar x = 1\n\tswitch x {\n\tcase 1\n\t}\n}\n", [
            "x.go:6:8: syntax error: unexpected newline, expecting :",
        ])
    }

    func testUnexpectedNewlineInCompositeLiteralPossibly2() {
        check("package main\n\nfunc main() {\n\tx := map[string]int{\n\t\t\"a\": 1\n\t}\n\t_ = x\n}\n", [
            "x.go:5:9: syntax error: unexpected newline in composite literal; possibly missing comma or }",
        ])
    }

    func testInvalidDigitInOctalLiteral() {
        check("package main\n\nfunc main() {\n\tvar x int = 08\n\t_ = x\n}\n", [
            "x.go:4:15: invalid digit '8' in octal literal",
        ])
    }

    func testUnexpectedElseExpecting() {
        check("package main\n\nfunc main() {\n\tx := 1\n\tif x == 1 {\n\t}\n\telse {\n\t}\n}\n", [
            "x.go:7:2: syntax error: unexpected else, expecting }",
        ])
    }

    func testLabelLDefinedAndNotUsed() {
        check("package main\n\nfunc main() {\nL:\n}\n\nfunc g() {\nM:\n\tx := 1\n\t_ = x\n}\n", [
            "x.go:4:1: label L defined and not used",
            "x.go:8:1: label M defined and not used",
        ])
    }

    func testOctalEscapeValue() {
        check("package main\n\nfunc main() {\n\t_ = \"\\400\"\n\t_ = \"\\xZZ\"\n\t_ = '\\uD800'\n\t_ = 1.5e\n\t_ = 0x1p\n\t_ = 0o8\n\t_ = 1e3i\n\t_ = 0b1.0\n\t_ = 0x1.8\n\t_ = 07e1\n}\n", [
            "x.go:4:11: octal escape value 256 > 255",
            "x.go:5:9: invalid character 'Z' in hexadecimal escape",
            "x.go:6:13: escape is invalid Unicode code point U+D800",
            "x.go:7:10: exponent has no digits",
            "x.go:8:10: exponent has no digits",
            "x.go:9:8: invalid digit '8' in octal literal",
            "x.go:11:9: invalid radix point in binary literal",
            "x.go:12:11: hexadecimal mantissa requires a 'p' exponent",
        ])
    }

    func testImportPathMustBeAString() {
        check("package main\n\nimport fmt \"fmt\"\nimport . \"os\"\nimport _ \"strings\"\nimport 42\n\nfunc main() {}\n", [
            "x.go:6:10: syntax error: import path must be a string",
        ])
    }

    func testUnexpectedExpectingExpression2() {
        check("package main\n\nfunc main() {\n\tvar f func()\n\tf(\n}\n", [
            "x.go:6:1: syntax error: unexpected }, expecting expression",
        ])
    }

    func testUnexpectedSemicolonExpectingAfterForClause() {
        check("package main\n\nfunc main() {\n\tx := []int{1,2}\n\tfor i := range x; i < 3 {\n\t}\n}\n", [
            "x.go:5:18: syntax error: unexpected semicolon, expecting { after for clause",
        ])
    }

    func testCannotFallthroughInTypeSwitch() {
        check("package main\n\nfunc main() {\n\tvar x interface{}\n\tswitch y := x.(type) {\n\tcase int:\n\t\tfallthrough\n\tcase string:\n\t}\n}\n", [
            "x.go:7:3: cannot fallthrough in type switch",
        ])
    }

    func testEmptyRuneLiteralOrUnescaped() {
        check("package main\n\nvar a = ''\nvar b = 1\u{0}\nvar c = `abc", [
            "x.go:3:10: empty rune literal or unescaped '",
            "x.go:4:10: invalid NUL character",
            "x.go:5:9: string not terminated",
        ])
    }

    func testOnlyFirstSyntaxErrorPerLine() {
        // gc also finds "mixed named and unnamed parameters" at 3:16, but reports
        // only the first syntax error of a line (in report order).
        check("package main\n\nfunc f(p bool, <-m map[bool]bool) bool { return p }\n", [
            "x.go:3:18: syntax error: unexpected m, expecting chan",
        ])
    }

    func testGotoAndLabelErrors() {
        check("package main\n\nfunc main() {\n\tgoto L\n\tx := 1\nL:\n\t_ = x\n\tgoto M\n\t{\n\tM:\n\t}\nL:\n\tfor {\n\t\tbreak Q\n\t}\n}\n", [
            "x.go:4:7: goto L jumps over declaration of x at x.go:5:4",
            "x.go:8:7: goto M jumps into block starting at x.go:9:2",
            "x.go:12:1: label L already defined at x.go:6:1",
            "x.go:14:9: break label not defined: Q",
        ])
    }
}
