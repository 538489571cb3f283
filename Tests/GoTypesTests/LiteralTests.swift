import XCTest
import BigInt
import GoSyntax
@testable import GoTypes

/// Decoding literal text (spec: "String literals", "Rune literals",
/// "Integer literals", "Floating-point literals") through the one decoder the
/// checker uses, Constant.literal (ConstantLiterals.swift).
final class LiteralTests: XCTestCase {
    func string(_ s: String) -> [UInt8]? {
        guard case let .string(bytes)? = Constant.literal(.string, s) else { return nil }
        return bytes
    }

    func rune(_ s: String) -> Constant? { Constant.literal(.char, s) }

    func testStrings() {
        XCTAssertEqual(string(#""abc""#), Array("abc".utf8))
        XCTAssertEqual(string(#""a\tb\n\\\"""#), Array("a\tb\n\\\"".utf8))
        XCTAssertEqual(string(#""\a\b\f\r\v""#), [7, 8, 12, 13, 11])
        // \x and octal escapes are bytes; \u and \U are UTF-8 encoded code points.
        XCTAssertEqual(string(#""\xff\377\000""#), [0xFF, 0xFF, 0])
        XCTAssertEqual(string(#""\u00e9\U0001F600""#), Array("é😀".utf8))
        XCTAssertEqual(string(#""世界""#), Array("世界".utf8))
        XCTAssertEqual(string(#""""#), [])
        // Raw strings: no escapes, carriage returns dropped.
        XCTAssertEqual(string("`a\\n\r\nb`"), Array("a\\n\nb".utf8))
        // Malformed (the scanner reports these; the decoder gives no value).
        XCTAssertNil(string(#""\q""#))
        XCTAssertNil(string(#""\400""#))
        XCTAssertNil(string(#""\uD800""#))
        XCTAssertNil(string(#""abc"#))
        XCTAssertNil(string(#""\'""#))
    }

    func testRunes() {
        XCTAssertEqual(rune("'a'"), .int(97))
        XCTAssertEqual(rune("'世'"), .int(0x4E16))
        XCTAssertEqual(rune(#"'\n'"#), .int(10))
        XCTAssertEqual(rune(#"'\''"#), .int(39))
        XCTAssertEqual(rune(#"'\x80'"#), .int(0x80))
        XCTAssertEqual(rune(#"'\377'"#), .int(255))
        XCTAssertEqual(rune(#"'\u12e4'"#), .int(0x12E4))
        XCTAssertEqual(rune(#"'\U00101234'"#), .int(0x101234))
        XCTAssertNil(rune("'ab'"))
        XCTAssertNil(rune("''"))
        XCTAssertNil(rune(#"'\"'"#))
        XCTAssertNil(rune(#"'\U00110000'"#))
    }

    func testNumbers() {
        XCTAssertEqual(Constant.literal(.int, "0x_1F"), .int(31))
        XCTAssertEqual(Constant.literal(.int, "0755"), .int(0o755))
        XCTAssertEqual(Constant.literal(.int, "0o7"), .int(7))
        XCTAssertEqual(Constant.literal(.int, "0b1_0"), .int(2))
        XCTAssertEqual(Constant.literal(.int, "1_000"), .int(1000))
        XCTAssertEqual(Constant.literal(.int, "0"), .int(0))
        XCTAssertEqual(Constant.literal(.float, "1_0.5e1_0"), Constant.literal(.float, "105000000000"))
        XCTAssertEqual(Constant.literal(.float, "0x1p-2"), Constant.literal(.float, "0.25"))
    }
}
