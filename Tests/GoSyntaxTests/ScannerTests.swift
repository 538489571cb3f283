import XCTest
@testable import GoSyntax

final class ScannerTests: XCTestCase {
    func testOperatorsAndPunctuation() {
        XCTAssertEqual(tokens("+ += ++ - -= -- * *= / /= % %= & &= && &^ &^= | |= || ^ ^= << <<= >> >>= <- < <= > >= = == ! != := : ... . , ( ) [ ] { } ~"),
                       ["+", "+=", "++", "-", "-=", "--", "*", "*=", "/", "/=", "%", "%=", "&", "&=", "&&", "&^", "&^=",
                        "|", "|=", "||", "^", "^=", "<<", "<<=", ">>", ">>=", "<-", "<", "<=", ">", ">=", "=", "==",
                        "!", "!=", ":=", ":", "...", ".", ",", "(", ")", "[", "]", "{", "}", "~"])
    }

    func testKeywordsAndIdentifiers() {
        XCTAssertEqual(tokens("func main chan x_1 _ 世界 break"), ["func", "main", "chan", "x_1", "_", "世界", "break", ";(EOF)"])
    }

    func testSemicolonInsertion() {
        // spec "Semicolons": after an identifier, literal, one of the keywords
        // break continue fallthrough return, ++ -- ) ] }.
        XCTAssertEqual(tokens("x\n1\n\"s\"\nbreak\nreturn\nx++\nf()\na[0]\n}\n"),
                       ["x", ";(newline)", "1", ";(newline)", "\"s\"", ";(newline)", "break", ";(newline)",
                        "return", ";(newline)", "x", "++", ";(newline)", "f", "(", ")", ";(newline)",
                        "a", "[", "0", "]", ";(newline)", "}", ";(newline)"])
        // No semicolon after operators or opening tokens.
        XCTAssertEqual(tokens("x +\ny (\n"), ["x", "+", "y", "("])
        // At EOF.
        XCTAssertEqual(tokens("x"), ["x", ";(EOF)"])
        XCTAssertEqual(tokens("x;y"), ["x", ";(semicolon)", "y", ";(EOF)"])
    }

    func testComments() {
        XCTAssertEqual(tokens("x // comment\ny"), ["x", ";(newline)", "y", ";(EOF)"])
        // A general comment containing a newline acts like a newline.
        XCTAssertEqual(tokens("x /* a\nb */ y"), ["x", ";(newline)", "y", ";(EOF)"])
        XCTAssertEqual(tokens("x /* a b */ y"), ["x", "y", ";(EOF)"])
        XCTAssertEqual(tokens("+ /* a\nb */ y"), ["+", "y", ";(EOF)"])
        XCTAssertEqual(tokens("x /* open"), ["x", ";(EOF)", "1:3: comment not terminated"])
    }

    func testNumberLiterals() {
        XCTAssertEqual(tokens("0 42 0x_1F 0o17 017 0b1010 1_000 .5 1. 1e10 0x1p-2 0X1.8P+3 1i 0x1p1i 1_0.2_5e1_0"),
                       ["0", "42", "0x_1F", "0o17", "017", "0b1010", "1_000", ".5", "1.", "1e10", "0x1p-2",
                        "0X1.8P+3", "1i", "0x1p1i", "1_0.2_5e1_0", ";(EOF)"])
    }

    func testNumberLiteralErrors() {
        // Messages and columns as gc 1.19 prints them (go tool compile).
        XCTAssertEqual(tokens("0x").last, "1:3: hexadecimal literal has no digits")
        XCTAssertEqual(tokens("09").last, "1:2: invalid digit '9' in octal literal")
        XCTAssertEqual(tokens("1__0").last, "1:3: '_' must separate successive digits")
        XCTAssertEqual(tokens("0b102").last, "1:5: invalid digit '2' in binary literal")
        XCTAssertEqual(tokens("1.5e").last, "1:5: exponent has no digits")
        XCTAssertEqual(tokens("0b1.0").last, "1:4: invalid radix point in binary literal")
        XCTAssertEqual(tokens("0x1.8").last, "1:6: hexadecimal mantissa requires a 'p' exponent")
    }

    func testStringAndRuneLiterals() {
        XCTAssertEqual(tokens(#"'a' '\n' '\'' "a\"b" `raw\n`"#), [#"'a'"#, #"'\n'"#, #"'\''"#, #""a\"b""#, #"`raw\n`"#, ";(EOF)"])
        XCTAssertEqual(tokens("`a\nb`"), ["`a\nb`", ";(EOF)"])
    }

    func testStringErrors() {
        XCTAssertEqual(tokens("\"abc\n").last, "1:5: newline in string")
        XCTAssertEqual(tokens("'ab'").last, "1:1: more than one character in rune literal")
        XCTAssertEqual(tokens("''").last, "1:2: empty rune literal or unescaped '")
        XCTAssertEqual(tokens(#"'\q'"#).last, "1:3: unknown escape")
        XCTAssertEqual(tokens(#""\400""#).last, "1:6: octal escape value 256 > 255")
        XCTAssertEqual(tokens(#""\xZZ""#).last, "1:4: invalid character 'Z' in hexadecimal escape")
        XCTAssertEqual(tokens(#"'\uD800'"#).last, "1:8: escape is invalid Unicode code point U+D800")
        XCTAssertEqual(tokens("`abc").last, "1:1: string not terminated")
    }

    func testInvalidCharacters() {
        XCTAssertEqual(tokens("@").last, "1:1: invalid character U+0040 '@'")
        XCTAssertEqual(tokens("a \u{0}b"), ["a", "b", ";(EOF)", "1:3: invalid NUL character"])
        XCTAssertEqual(tokens("\u{FEFF}x"), ["x", ";(EOF)"]) // a leading BOM is ignored
        XCTAssertEqual(tokens("x \u{FEFF}y").last, "1:3: invalid BOM in the middle of the file")
    }

    func testPositions() {
        var errors: [String] = []
        let s = Scanner(source: Array("a\n\tbb  /* c */ 世 x".utf8)) { _, _, m in errors.append(m) }
        var positions: [String] = []
        while true {
            s.next()
            if s.tok == .eof { break }
            positions.append("\(s.line):\(s.col)")
        }
        // Byte columns: 世 is three bytes wide.
        XCTAssertEqual(positions, ["1:1", "1:2", "2:2", "2:14", "2:18", "2:19"])
    }
}
