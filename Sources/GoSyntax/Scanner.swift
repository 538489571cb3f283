// The scanner: bytes to tokens, with Go's automatic semicolon insertion
// (spec: "Semicolons") and gc's lexical error messages
// (cmd/compile/internal/syntax/scanner.go and source.go).
//
// It works on the raw UTF-8 bytes; columns are 1-based byte columns, as gc
// prints them.

/// Reports a lexical error at a 1-based line and byte column.
typealias ScanErrorHandler = (_ line: Int, _ col: Int, _ message: String) -> Void

final class Scanner {
    private let src: [UInt8]
    private let errh: ScanErrorHandler

    // The current character: `ch` (-1 at EOF) starts at byte `chOff` and is
    // `chWidth` bytes long, at (chLine, chCol).
    private var ch: Int32 = -1
    private var chOff = 0
    private var chWidth = 0
    private var chLine = 1
    private var chCol = 1

    // The current token.
    private(set) var tok: Token = .eof
    private(set) var line = 0
    private(set) var col = 0
    /// Identifier name, literal source text, or for `.semicolon` one of
    /// "semicolon", "newline", "EOF" (used in gc's error messages).
    private(set) var lit = ""
    private(set) var kind: LiteralKind = .int
    /// The literal had a lexical error (already reported).
    private(set) var bad = false
    /// `//go:` directives (gc's pragmas: linkname, noinline, embed, ...) on
    /// a line by themselves (noder.go pragma's blankLine), indented or not,
    /// in source order: line, column and the text after `//`.
    private(set) var directives: [(line: Int, col: Int, text: String)] = []

    /// A newline (or EOF) after the current token becomes a semicolon.
    private var nlsemi = false
    private var tokStart = 0

    init(source: [UInt8], errorHandler: @escaping ScanErrorHandler) {
        src = source
        errh = errorHandler
        nextch()
    }

    // MARK: - Characters

    private func error(_ msg: String) { errh(chLine, chCol, msg) }
    /// Reports at a byte offset relative to the current token's start.
    private func errorAt(_ offset: Int, _ msg: String) { errh(line, col + offset, msg) }

    private func nextch() {
        while true {
            if ch == 10 { chLine += 1; chCol = 1 } else { chCol += chWidth }
            chOff += chWidth
            if chOff >= src.count {
                ch = -1; chWidth = 0; return
            }
            let b = src[chOff]
            if b < 0x80 {
                ch = Int32(b); chWidth = 1
                if b == 0 {
                    error("invalid NUL character")
                    ch = -2 // skipped: not a newline, width 1
                    continue
                }
                return
            }
            let (r, w) = decodeUTF8(src, chOff)
            ch = r; chWidth = w
            if r < 0 {
                error("invalid UTF-8 encoding")
                ch = -2
                continue
            }
            if r == 0xFEFF {
                // A byte order mark is allowed (and ignored) only as the very first character.
                if chOff != 0 { error("invalid BOM in the middle of the file") }
                ch = -2
                continue
            }
            return
        }
    }

    private var segment: String {
        String(decoding: src[tokStart..<chOff], as: UTF8.self)
    }

    // MARK: - Tokens

    func next() {
        let nl = nlsemi
        nlsemi = false
        bad = false
        while true {
            while ch == 32 || ch == 9 || ch == 13 || (ch == 10 && !nl) { nextch() }
            line = chLine; col = chCol; tokStart = chOff

            if isLetter(ch) || ch >= 0x80 && atIdentChar(first: true) {
                nextch()
                ident()
                return
            }
            switch ch {
            case -1:
                if nl { lit = "EOF"; tok = .semicolon; return }
                tok = .eof; return
            case 10:
                nextch(); lit = "newline"; tok = .semicolon; return
            case 0x30...0x39:
                number(seenPoint: false); return
            case 0x22: // "
                stdString(); return
            case 0x60: // `
                rawString(); return
            case 0x27: // '
                rune(); return
            case 0x28: nextch(); tok = .lparen; return
            case 0x5B: nextch(); tok = .lbrack; return
            case 0x7B: nextch(); tok = .lbrace; return
            case 0x2C: nextch(); tok = .comma; return
            case 0x3B: nextch(); lit = "semicolon"; tok = .semicolon; return
            case 0x29: nextch(); nlsemi = true; tok = .rparen; return
            case 0x5D: nextch(); nlsemi = true; tok = .rbrack; return
            case 0x7D: nextch(); nlsemi = true; tok = .rbrace; return
            case 0x3A: // :
                nextch()
                if ch == 0x3D { nextch(); tok = .define } else { tok = .colon }
                return
            case 0x2E: // .
                nextch()
                if isDecimal(ch) { number(seenPoint: true); return }
                if ch == 0x2E && chOff + 1 < src.count && src[chOff + 1] == 0x2E {
                    nextch(); nextch(); tok = .ellipsis; return
                }
                tok = .period; return
            case 0x2B: // +
                nextch()
                if ch == 0x2B { nextch(); nlsemi = true; tok = .inc; return }
                tok = assignOp(.add, .addAssign); return
            case 0x2D: // -
                nextch()
                if ch == 0x2D { nextch(); nlsemi = true; tok = .dec; return }
                tok = assignOp(.sub, .subAssign); return
            case 0x2A: nextch(); tok = assignOp(.mul, .mulAssign); return
            case 0x2F: // /
                nextch()
                if ch == 0x2F { // line comment: the newline itself is left to produce a semicolon
                    let start = tokStart
                    while ch >= 0 && ch != 10 || ch == -2 { nextch() }
                    if chOff - start > 5, onLineByItself(start), src[start + 2] == 0x67, src[start + 3] == 0x6F, src[start + 4] == 0x3A {
                        let text = String(decoding: src[(start + 2)..<chOff], as: UTF8.self)
                        var trimmed = Substring(text)
                        while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed = trimmed.dropLast() }
                        directives.append((line, col + 2, String(trimmed)))   // gc: after the "//"
                    }
                    continue
                }
                if ch == 0x2A {
                    nextch()
                    let startLine = line
                    fullComment()
                    // A comment spanning lines acts like a newline (spec: "Comments").
                    if chLine > startLine && nl {
                        lit = "newline"; tok = .semicolon; return
                    }
                    continue
                }
                tok = assignOp(.quo, .quoAssign); return
            case 0x25: nextch(); tok = assignOp(.rem, .remAssign); return
            case 0x26: // &
                nextch()
                if ch == 0x26 { nextch(); tok = .land; return }
                if ch == 0x5E { nextch(); tok = assignOp(.andNot, .andNotAssign); return }
                tok = assignOp(.and, .andAssign); return
            case 0x7C: // |
                nextch()
                if ch == 0x7C { nextch(); tok = .lor; return }
                tok = assignOp(.or, .orAssign); return
            case 0x5E: nextch(); tok = assignOp(.xor, .xorAssign); return
            case 0x3C: // <
                nextch()
                if ch == 0x3D { nextch(); tok = .leq; return }
                if ch == 0x3C { nextch(); tok = assignOp(.shl, .shlAssign); return }
                if ch == 0x2D { nextch(); tok = .arrow; return }
                tok = .lss; return
            case 0x3E: // >
                nextch()
                if ch == 0x3D { nextch(); tok = .geq; return }
                if ch == 0x3E { nextch(); tok = assignOp(.shr, .shrAssign); return }
                tok = .gtr; return
            case 0x3D: // =
                nextch()
                if ch == 0x3D { nextch(); tok = .eql; return }
                tok = .assign; return
            case 0x21: // !
                nextch()
                if ch == 0x3D { nextch(); tok = .neq; return }
                tok = .not; return
            case 0x7E: nextch(); tok = .tilde; return
            case -2:
                nextch() // an invalid byte, already reported
                continue
            default:
                error("invalid character \(formatRuneU(ch))")
                nextch()
                continue
            }
        }
    }

    /// Only blanks precede the offset on its line.
    private func onLineByItself(_ offset: Int) -> Bool {
        var i = offset - 1
        while i >= 0, src[i] == 0x20 || src[i] == 0x09 { i -= 1 }
        return i < 0 || src[i] == 0x0A
    }

    private func assignOp(_ op: Token, _ opAssign: Token) -> Token {
        if ch == 0x3D { nextch(); return opAssign }
        return op
    }

    private func ident() {
        while isLetter(ch) || isDecimal(ch) || ch >= 0x80 && atIdentChar(first: false) { nextch() }
        let text = segment
        if text.utf8.count >= 2, let kw = Token.keywords[text] {
            switch kw {
            case .break, .continue, .fallthrough, .return: nlsemi = true
            default: break
            }
            tok = kw
            lit = text
            return
        }
        nlsemi = true
        lit = text
        tok = .ident
    }

    private func atIdentChar(first: Bool) -> Bool {
        guard ch >= 0x80, let u = Unicode.Scalar(UInt32(ch)) else { return false }
        if isUnicodeLetter(u) { return true }
        if u.properties.generalCategory == .decimalNumber {
            if first { error("identifier cannot begin with digit \(formatRuneU(ch))") }
            return true
        }
        error("invalid character \(formatRuneU(ch)) in identifier")
        return true
    }

    // MARK: Numbers (spec: "Integer literals", "Floating-point literals", "Imaginary literals")

    /// Scans `{ digit | '_' }`; returns bit 0 if a digit was seen, bit 1 for '_'.
    /// For bases <= 10, remembers in `invalid` the offset of the first digit >= base.
    private func digits(base: Int, invalid: inout Int) -> Int {
        var digsep = 0
        if base <= 10 {
            let max = Int32(0x30 + base)
            while isDecimal(ch) || ch == 0x5F {
                var ds = 1
                if ch == 0x5F { ds = 2 } else if ch >= max && invalid < 0 { invalid = chOff - tokStart }
                digsep |= ds
                nextch()
            }
        } else {
            while isHex(ch) || ch == 0x5F {
                digsep |= ch == 0x5F ? 2 : 1
                nextch()
            }
        }
        return digsep
    }

    private func number(seenPoint: Bool) {
        var seenPoint = seenPoint
        var ok = true
        var kind = LiteralKind.int
        var base = 10
        var prefix: UInt8 = 0 // 0 (decimal), '0' (legacy octal), 'x', 'o', 'b'
        var digsep = 0
        var invalid = -1
        var none = -1

        if !seenPoint {
            if ch == 0x30 {
                nextch()
                switch lower(ch) {
                case 0x78: nextch(); base = 16; prefix = 0x78
                case 0x6F: nextch(); base = 8; prefix = 0x6F
                case 0x62: nextch(); base = 2; prefix = 0x62
                default: base = 8; prefix = 0x30; digsep = 1
                }
            }
            digsep |= digits(base: base, invalid: &invalid)
            if ch == 0x2E {
                if prefix == 0x6F || prefix == 0x62 {
                    error("invalid radix point in \(baseName(base)) literal")
                    ok = false
                }
                nextch()
                seenPoint = true
            }
        }
        if seenPoint {
            kind = .float
            digsep |= digits(base: base, invalid: &invalid)
        }
        if digsep & 1 == 0 && ok {
            error("\(baseName(base)) literal has no digits")
            ok = false
        }
        let e = lower(ch)
        if e == 0x65 || e == 0x70 { // e, p
            if ok {
                if e == 0x65 && prefix != 0 && prefix != 0x30 {
                    error("\(quoteRune(ch)) exponent requires decimal mantissa")
                    ok = false
                } else if e == 0x70 && prefix != 0x78 {
                    error("\(quoteRune(ch)) exponent requires hexadecimal mantissa")
                    ok = false
                }
            }
            nextch()
            kind = .float
            if ch == 0x2B || ch == 0x2D { nextch() }
            digsep = digits(base: 10, invalid: &none) | digsep & 2
            if digsep & 1 == 0 && ok {
                error("exponent has no digits")
                ok = false
            }
        } else if prefix == 0x78 && kind == .float && ok {
            error("hexadecimal mantissa requires a 'p' exponent")
            ok = false
        }
        if ch == 0x69 { // i
            kind = .imag
            nextch()
        }
        setLiteral(kind, ok: ok)
        if kind == .int && invalid >= 0 && ok {
            let d = src[tokStart + invalid]
            errorAt(invalid, "invalid digit \(quoteRune(Int32(d))) in \(baseName(base)) literal")
            ok = false
        }
        if digsep & 2 != 0 && ok {
            if let i = invalidSeparator(Array(lit.utf8)) {
                errorAt(i, "'_' must separate successive digits")
                ok = false
            }
        }
        bad = !ok
    }

    private func setLiteral(_ k: LiteralKind, ok: Bool) {
        nlsemi = true
        switch k {
        case .int: tok = .int
        case .float: tok = .float
        case .imag: tok = .imag
        case .char: tok = .char
        case .string: tok = .string
        }
        kind = k
        lit = segment
        bad = !ok
    }

    // MARK: Runes and strings (spec: "Rune literals", "String literals")

    private func rune() {
        var ok = true
        nextch()
        var n = 0
        while true {
            if ch == 0x27 {
                if ok {
                    if n == 0 {
                        error("empty rune literal or unescaped '")
                        ok = false
                    } else if n != 1 {
                        errorAt(0, "more than one character in rune literal")
                        ok = false
                    }
                }
                nextch()
                break
            }
            if ch == 0x5C {
                nextch()
                if !escape(quote: 0x27) { ok = false }
                n += 1
                continue
            }
            if ch == 10 {
                if ok { error("newline in rune literal"); ok = false }
                break
            }
            if ch == -1 {
                if ok { errorAt(0, "rune literal not terminated"); ok = false }
                break
            }
            if ch != -2 { n += 1 }
            nextch()
        }
        setLiteral(.char, ok: ok)
    }

    private func stdString() {
        var ok = true
        nextch()
        while true {
            if ch == 0x22 { nextch(); break }
            if ch == 0x5C {
                nextch()
                if !escape(quote: 0x22) { ok = false }
                continue
            }
            if ch == 10 { error("newline in string"); ok = false; break }
            if ch == -1 { errorAt(0, "string not terminated"); ok = false; break }
            nextch()
        }
        setLiteral(.string, ok: ok)
    }

    private func rawString() {
        var ok = true
        nextch()
        while true {
            if ch == 0x60 { nextch(); break }
            if ch == -1 { errorAt(0, "string not terminated"); ok = false; break }
            nextch()
        }
        // Carriage returns stay in the literal text; Constant.literal drops them (GoTypes ConstantLiterals.swift).
        setLiteral(.string, ok: ok)
    }

    private func fullComment() {
        while ch != -1 {
            while ch == 0x2A {
                nextch()
                if ch == 0x2F { nextch(); return }
            }
            if ch == -1 { break }
            nextch()
        }
        errorAt(0, "comment not terminated")
    }

    /// Scans an escape after the backslash; reports and returns false if invalid.
    private func escape(quote: Int32) -> Bool {
        var n = 0
        var base: UInt32 = 0
        var max: UInt32 = 0
        switch ch {
        case quote, 0x61, 0x62, 0x66, 0x6E, 0x72, 0x74, 0x76, 0x5C: // a b f n r t v backslash
            nextch()
            return true
        case 0x30...0x37:
            n = 3; base = 8; max = 255
        case 0x78: nextch(); n = 2; base = 16; max = 255
        case 0x75: nextch(); n = 4; base = 16; max = 0x10FFFF
        case 0x55: nextch(); n = 8; base = 16; max = 0x10FFFF
        default:
            if ch == -1 { return true } // the caller complains about EOF
            error("unknown escape")
            return false
        }
        var x: UInt32 = 0
        for _ in 0..<n {
            if ch == -1 { return true }
            var d = base
            if isDecimal(ch) {
                d = UInt32(ch - 0x30)
            } else if lower(ch) >= 0x61 && lower(ch) <= 0x66 {
                d = UInt32(lower(ch) - 0x61 + 10)
            }
            if d >= base {
                error("invalid character \(quoteRune(ch)) in \(baseName(Int(base))) escape")
                return false
            }
            x = x &* base &+ d
            nextch()
        }
        if x > max && base == 8 {
            error("octal escape value \(x) > 255")
            return false
        }
        if x > max || (0xD800..<0xE000).contains(x) {
            error("escape is invalid Unicode code point \(formatRuneU(Int32(bitPattern: x)))")
            return false
        }
        return true
    }
}

// MARK: - Character classes and gc's formatting helpers

@inline(__always) func isLetter(_ c: Int32) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F
}
@inline(__always) func isDecimal(_ c: Int32) -> Bool { c >= 0x30 && c <= 0x39 }
@inline(__always) func lower(_ c: Int32) -> Int32 { c | 0x20 }
@inline(__always) func isHex(_ c: Int32) -> Bool { isDecimal(c) || (lower(c) >= 0x61 && lower(c) <= 0x66) }

/// Go's unicode.IsLetter: general category L.
func isUnicodeLetter(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return u == "_"
    }
}

func baseName(_ base: Int) -> String {
    switch base {
    case 2: return "binary"
    case 8: return "octal"
    case 16: return "hexadecimal"
    default: return "decimal"
    }
}

/// Decodes one UTF-8 sequence at `i`; returns (-1, 1) for an invalid encoding,
/// as Go's utf8.DecodeRune reports RuneError with width 1.
func decodeUTF8(_ s: [UInt8], _ i: Int) -> (Int32, Int) {
    let b0 = s[i]
    if b0 < 0x80 { return (Int32(b0), 1) }
    func cont(_ k: Int) -> UInt32? {
        guard i + k < s.count, s[i + k] & 0xC0 == 0x80 else { return nil }
        return UInt32(s[i + k] & 0x3F)
    }
    if b0 >= 0xC2 && b0 <= 0xDF, let c1 = cont(1) {
        return (Int32(UInt32(b0 & 0x1F) << 6 | c1), 2)
    }
    if b0 >= 0xE0 && b0 <= 0xEF, let c1 = cont(1), let c2 = cont(2) {
        let r = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
        if r >= 0x800 && !(0xD800..<0xE000).contains(r) { return (Int32(r), 3) }
    }
    if b0 >= 0xF0 && b0 <= 0xF4, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
        let r = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
        if r >= 0x10000 && r <= 0x10FFFF { return (Int32(r), 4) }
    }
    return (-1, 1)
}

/// Go's strconv.IsPrint, approximated with Unicode general categories.
func isPrintable(_ r: Int32) -> Bool {
    if r == 0x20 { return true }
    guard r >= 0, let u = Unicode.Scalar(UInt32(r)) else { return false }
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .spaceSeparator, .lineSeparator, .paragraphSeparator:
        return false
    default:
        return true
    }
}

private func hex(_ v: UInt32, width: Int) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// Go's `%#U`: `U+0040 '@'`, or just `U+0000` when not printable.
func formatRuneU(_ r: Int32) -> String {
    let u = "U+" + hex(UInt32(bitPattern: r), width: 4)
    if isPrintable(r), let s = Unicode.Scalar(UInt32(r)) { return "\(u) '\(Character(s))'" }
    return u
}

/// Go's `%q` for a rune (strconv.QuoteRune).
func quoteRune(_ r: Int32) -> String {
    "'" + escapeRune(r, quote: 0x27) + "'"
}

/// The escaped form of one rune inside a quoted Go literal (strconv's appendEscapedRune).
func escapeRune(_ r: Int32, quote: Int32) -> String {
    if r == quote || r == 0x5C { return "\\" + String(Character(Unicode.Scalar(UInt32(r))!)) }
    if isPrintable(r), let s = Unicode.Scalar(UInt32(r)) { return String(Character(s)) }
    switch r {
    case 7: return "\\a"
    case 8: return "\\b"
    case 12: return "\\f"
    case 10: return "\\n"
    case 13: return "\\r"
    case 9: return "\\t"
    case 11: return "\\v"
    default:
        if r < 0x20 || r == 0x7F { return "\\x" + hex(UInt32(r), width: 2).lowercased() }
        if r < 0 || r > 0x10FFFF || (0xD800..<0xE000).contains(r) { return "\\ufffd" }
        if r < 0x10000 { return "\\u" + hex(UInt32(r), width: 4).lowercased() }
        return "\\U" + hex(UInt32(r), width: 8).lowercased()
    }
}

/// The index of the first misplaced '_' in a number literal, or nil
/// (gc's invalidSep: '_' must sit between digits, or between prefix and digit).
func invalidSeparator(_ x: [UInt8]) -> Int? {
    var x1: UInt8 = 0x20
    var d: UInt8 = 0x2E // '.': anything else; '0': a digit; '_'
    var i = 0
    if x.count >= 2 && x[0] == 0x30 {
        x1 = x[1] | 0x20
        if x1 == 0x78 || x1 == 0x6F || x1 == 0x62 { d = 0x30; i = 2 }
    }
    while i < x.count {
        let p = d
        d = x[i]
        if d == 0x5F {
            if p != 0x30 { return i }
        } else if isDecimal(Int32(d)) || x1 == 0x78 && isHex(Int32(d)) {
            d = 0x30
        } else {
            if p == 0x5F { return i - 1 }
            d = 0x2E
        }
        i += 1
    }
    if d == 0x5F { return x.count - 1 }
    return nil
}
