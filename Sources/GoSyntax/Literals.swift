// Decoding of literal text kept verbatim in BasicLit.value
// (spec: "Integer literals", "Floating-point literals", "Rune literals",
// "String literals"). The scanner has already reported malformed literals;
// these helpers return nil for them instead of guessing.

/// The bytes of a string literal: `"..."` with escapes decoded, or a raw
/// `` `...` `` literal with carriage returns removed. Nil if malformed.
public func unquoteString(_ lit: String) -> [UInt8]? {
    let b = Array(lit.utf8)
    guard b.count >= 2, let q = b.first, b.last == q else { return nil }
    if q == 0x60 {
        return b[1..<(b.count - 1)].filter { $0 != 13 }
    }
    guard q == 0x22 else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var i = 1
    let end = b.count - 1
    while i < end {
        let c = b[i]
        if c == 0x5C {
            guard let (value, isByte, next) = decodeEscape(b, i + 1, end: end, quote: 0x22) else { return nil }
            if isByte { out.append(UInt8(value)) } else { appendUTF8(&out, value) }
            i = next
        } else {
            if c == 0x22 || c == 10 { return nil }
            out.append(c)
            i += 1
        }
    }
    return out
}

/// The value of a rune literal such as `'a'`, `'\n'`, `'\x80'`, `'世'`. Nil if malformed.
public func unquoteRune(_ lit: String) -> UInt32? {
    let b = Array(lit.utf8)
    guard b.count >= 3, b.first == 0x27, b.last == 0x27 else { return nil }
    let end = b.count - 1
    if b[1] == 0x5C {
        guard let (value, _, next) = decodeEscape(b, 2, end: end, quote: 0x27), next == end else { return nil }
        return value
    }
    let (r, w) = decodeUTF8(b, 1)
    guard r >= 0, 1 + w == end else { return nil }
    return UInt32(r)
}

/// Decodes the escape after a backslash at `i`; returns its value, whether it
/// denotes a single byte (\x, octal) rather than a code point, and the next index.
private func decodeEscape(_ b: [UInt8], _ i: Int, end: Int, quote: UInt8) -> (UInt32, Bool, Int)? {
    guard i < end else { return nil }
    let c = b[i]
    switch c {
    case 0x61: return (7, false, i + 1)
    case 0x62: return (8, false, i + 1)
    case 0x66: return (12, false, i + 1)
    case 0x6E: return (10, false, i + 1)
    case 0x72: return (13, false, i + 1)
    case 0x74: return (9, false, i + 1)
    case 0x76: return (11, false, i + 1)
    case 0x5C: return (0x5C, false, i + 1)
    case quote: return (UInt32(quote), false, i + 1)
    default: break
    }
    var n = 0, base: UInt32 = 16, start = i + 1, isByte = true
    switch c {
    case 0x30...0x37: n = 3; base = 8; start = i
    case 0x78: n = 2
    case 0x75: n = 4; isByte = false
    case 0x55: n = 8; isByte = false
    default: return nil
    }
    guard start + n <= end else { return nil }
    var x: UInt32 = 0
    for k in start..<(start + n) {
        let d = b[k]
        var v: UInt32
        switch d {
        case 0x30...0x39: v = UInt32(d - 0x30)
        case 0x61...0x66: v = UInt32(d - 0x61 + 10)
        case 0x41...0x46: v = UInt32(d - 0x41 + 10)
        default: return nil
        }
        guard v < base else { return nil }
        x = x * base + v
    }
    if isByte && x > 255 { return nil }
    if !isByte && (x > 0x10FFFF || (0xD800..<0xE000).contains(x)) { return nil }
    return (x, isByte, start + n)
}

/// Appends the UTF-8 encoding of a code point (invalid ones become U+FFFD, as in Go).
func appendUTF8(_ out: inout [UInt8], _ v: UInt32) {
    var r = v
    if r > 0x10FFFF || (0xD800..<0xE000).contains(r) { r = 0xFFFD }
    switch r {
    case 0..<0x80:
        out.append(UInt8(r))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | r >> 6)); out.append(UInt8(0x80 | r & 0x3F))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | r >> 12)); out.append(UInt8(0x80 | r >> 6 & 0x3F)); out.append(UInt8(0x80 | r & 0x3F))
    default:
        out.append(UInt8(0xF0 | r >> 18)); out.append(UInt8(0x80 | r >> 12 & 0x3F))
        out.append(UInt8(0x80 | r >> 6 & 0x3F)); out.append(UInt8(0x80 | r & 0x3F))
    }
}

/// An integer literal split into its base and its digits, without prefix or
/// `_` separators: `0x_1F` gives (16, "1F"), `0755` gives (8, "755"),
/// `0` gives (10, "0"). The checker feeds the digits to its big integers.
public func integerLiteralDigits(_ lit: String) -> (base: Int, digits: String) {
    var b = Array(lit.utf8)
    var base = 10
    if b.count >= 2 && b[0] == 0x30 {
        switch b[1] | 0x20 {
        case 0x78: base = 16; b.removeFirst(2)
        case 0x6F: base = 8; b.removeFirst(2)
        case 0x62: base = 2; b.removeFirst(2)
        default: base = 8; b.removeFirst(1)
        }
    }
    b.removeAll { $0 == 0x5F }
    if b.isEmpty { return (base, "0") }
    return (base, String(decoding: b, as: UTF8.self))
}

/// A float or imaginary literal without `_` separators and without the
/// imaginary suffix `i`, ready for exact decimal/hex conversion.
public func floatLiteralText(_ lit: String) -> String {
    var b = Array(lit.utf8)
    b.removeAll { $0 == 0x5F }
    if b.last == 0x69 { b.removeLast() }
    return String(decoding: b, as: UTF8.self)
}
