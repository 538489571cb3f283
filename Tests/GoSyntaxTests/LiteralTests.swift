import XCTest
import GoSyntax

final class LiteralTests: XCTestCase {
    func testUnquoteString() {
        XCTAssertEqual(unquoteString(#""abc""#), Array("abc".utf8))
        XCTAssertEqual(unquoteString(#""a\tb\n\\\"""#), Array("a\tb\n\\\"".utf8))
        XCTAssertEqual(unquoteString(#""\a\b\f\r\v""#), [7, 8, 12, 13, 11])
        // \x and octal escapes are bytes; \u and \U are UTF-8 encoded code points.
        XCTAssertEqual(unquoteString(#""\xff\377\000""#), [0xFF, 0xFF, 0])
        XCTAssertEqual(unquoteString(#""\u00e9\U0001F600""#), Array("é😀".utf8))
        XCTAssertEqual(unquoteString(#""世界""#), Array("世界".utf8))
        XCTAssertEqual(unquoteString(#""""#), [])
        // Raw strings: no escapes, carriage returns dropped (spec: "String literals").
        XCTAssertEqual(unquoteString("`a\\n\r\nb`"), Array("a\\n\nb".utf8))
        // Malformed.
        XCTAssertNil(unquoteString(#""\q""#))
        XCTAssertNil(unquoteString(#""\400""#))
        XCTAssertNil(unquoteString(#""\uD800""#))
        XCTAssertNil(unquoteString(#""abc"#))
        XCTAssertNil(unquoteString(#""\'""#))
    }

    func testUnquoteRune() {
        XCTAssertEqual(unquoteRune("'a'"), 97)
        XCTAssertEqual(unquoteRune("'世'"), 0x4E16)
        XCTAssertEqual(unquoteRune(#"'\n'"#), 10)
        XCTAssertEqual(unquoteRune(#"'\''"#), 39)
        XCTAssertEqual(unquoteRune(#"'\x80'"#), 0x80)
        XCTAssertEqual(unquoteRune(#"'\377'"#), 255)
        XCTAssertEqual(unquoteRune(#"'\u12e4'"#), 0x12E4)
        XCTAssertEqual(unquoteRune(#"'\U00101234'"#), 0x101234)
        XCTAssertNil(unquoteRune("'ab'"))
        XCTAssertNil(unquoteRune("''"))
        XCTAssertNil(unquoteRune(#"'\"'"#))
        XCTAssertNil(unquoteRune(#"'\U00110000'"#))
    }

    func testIntegerLiteralDigits() {
        XCTAssertEqual(integerLiteralDigits("0x_1F").base, 16)
        XCTAssertEqual(integerLiteralDigits("0x_1F").digits, "1F")
        XCTAssertEqual(integerLiteralDigits("0755").base, 8)
        XCTAssertEqual(integerLiteralDigits("0755").digits, "755")
        XCTAssertEqual(integerLiteralDigits("0o7").digits, "7")
        XCTAssertEqual(integerLiteralDigits("0b1_0").base, 2)
        XCTAssertEqual(integerLiteralDigits("0b1_0").digits, "10")
        XCTAssertEqual(integerLiteralDigits("1_000").digits, "1000")
        XCTAssertEqual(integerLiteralDigits("0").base, 10)
        XCTAssertEqual(integerLiteralDigits("0").digits, "0")
        XCTAssertEqual(floatLiteralText("1_0.5e1_0"), "10.5e10")
        XCTAssertEqual(floatLiteralText("0x1p-2i"), "0x1p-2")
    }
}
