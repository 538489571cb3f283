import BigInt
import Foundation
import GoSyntax

// Values of literals (spec: "Integer literals", "Floating-point literals",
// "Imaginary literals", "Rune literals", "String literals").

extension Constant {
    /// The value of a literal, or nil if it is malformed (too large an exponent included).
    public static func literal(_ kind: LiteralKind, _ text: String) -> Constant? {
        switch kind {
        case .int: return parseInt(text).map { .int($0) }
        case .float: return parseFloat(text).map { .float($0) }
        case .imag:
            guard text.hasSuffix("i") else { return nil }
            let body = String(text.dropLast())
            // For backward compatibility an imaginary literal of decimal digits is decimal even with a leading 0.
            let lower = body.lowercased()
            let v: BigReal?
            if lower.hasPrefix("0x") || lower.hasPrefix("0b") || lower.hasPrefix("0o") {
                v = lower.contains("p") || lower.contains(".") ? parseFloat(body) : parseInt(body).map { BigReal.integer($0) }
            } else if body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }) {
                v = BigInt(body.replacingOccurrences(of: "_", with: ""), radix: 10).map { BigReal.integer($0) }
            } else {
                v = parseFloat(body)
            }
            return v.map { .complex(.integer(0), $0) }
        case .char:
            guard let bytes = unquote(text), let scalars = Optional(String(decoding: bytes.0, as: UTF8.self).unicodeScalars) else { return nil }
            if let r = bytes.1 { return .int(BigInt(r)) }
            guard scalars.count == 1, let u = scalars.first else { return nil }
            return .int(BigInt(u.value))
        case .string:
            return unquote(text).map { .string($0.0) }
        }
    }

    static func parseInt(_ text: String) -> BigInt? {
        var s = Substring(text.replacingOccurrences(of: "_", with: ""))
        var radix = 10
        if s.hasPrefix("0x") || s.hasPrefix("0X") { radix = 16; s = s.dropFirst(2) }
        else if s.hasPrefix("0b") || s.hasPrefix("0B") { radix = 2; s = s.dropFirst(2) }
        else if s.hasPrefix("0o") || s.hasPrefix("0O") { radix = 8; s = s.dropFirst(2) }
        else if s.hasPrefix("0") && s.count > 1 { radix = 8; s = s.dropFirst() }
        if s.isEmpty { return nil }
        return BigInt(s, radix: radix)
    }

    static func parseFloat(_ text: String) -> BigReal? {
        let s = text.replacingOccurrences(of: "_", with: "")
        if s.hasPrefix("0x") || s.hasPrefix("0X") { return parseHexFloat(String(s.dropFirst(2))) }
        var mant = s, expPart = ""
        if let i = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mant = String(s[..<i]); expPart = String(s[s.index(after: i)...])
        }
        var exp = 0
        if !expPart.isEmpty {
            guard let e = Int(expPart), abs(e) < Int(Int32.max) else { return nil }
            exp = e
        }
        var digits = mant
        if let dot = mant.firstIndex(of: ".") {
            let frac = mant[mant.index(after: dot)...]
            exp -= frac.count
            digits = String(mant[..<dot]) + frac
        }
        if digits.isEmpty { digits = "0" }
        guard let n = BigInt(digits, radix: 10), !tooLarge(n, log2Scale: Double(exp) * log2(10.0)) else { return nil }
        return scaled(n, pow10: exp)
    }

    /// gc's limit on literals (go/constant parses them into big.Float, whose
    /// exponent is at most MaxInt32): a value of 2^2147483647 or more is a
    /// `malformed constant` (1e646456993, 0x1p2147483647). Tiny ones are not.
    static func tooLarge(_ n: BigInt, log2Scale: Double) -> Bool {
        guard n != 0 else { return false }
        let shift = max(0, n.bitWidth - 62)
        let log2n = log2(Double(n.magnitude >> shift)) + Double(shift)
        return log2n + log2Scale >= 2147483647
    }

    /// n * 10^e exactly when small, otherwise rounded to the 512-bit approximation.
    static func scaled(_ n: BigInt, pow10 e: Int) -> BigReal {
        if n.isZero { return .integer(0) }
        if abs(e) <= 1200 {
            let p = BigInt(10).power(abs(e))
            return e >= 0 ? .rational(n * p, 1) : .rational(n, p)
        }
        // Large exponents: compute 10^|e| as a 512-bit approximation by repeated squaring.
        var result = BigReal.integer(n)
        var base = BigReal.integer(10)
        var k = abs(e)
        var pw = BigReal.integer(1)
        while k > 0 {
            if k & 1 == 1 { pw = pw * base }
            base = base * base
            k >>= 1
        }
        result = e >= 0 ? result * pw : result / pw
        return result
    }

    static func parseHexFloat(_ body: String) -> BigReal? {
        var mant = body, exp = 0
        if let i = body.firstIndex(where: { $0 == "p" || $0 == "P" }) {
            mant = String(body[..<i])
            guard let e = Int(body[body.index(after: i)...]), abs(e) < Int(Int32.max) else { return nil }
            exp = e
        }
        var digits = mant
        if let dot = mant.firstIndex(of: ".") {
            let frac = mant[mant.index(after: dot)...]
            exp -= 4 * frac.count
            digits = String(mant[..<dot]) + frac
        }
        if digits.isEmpty { digits = "0" }
        guard let n = BigInt(digits, radix: 16), !tooLarge(n, log2Scale: Double(exp)) else { return nil }
        return BigReal.normalize(n, exp)
    }

    /// Unquotes a Go string or rune literal; for runes also returns a
    /// numeric value written with \x, \u, \U or octal escapes.
    static func unquote(_ text: String) -> ([UInt8], UInt32?)? {
        let b = Array(text.utf8)
        guard b.count >= 2, let q = b.first, b.last == q else { return nil }
        let inner = b[1..<(b.count - 1)]
        if q == UInt8(ascii: "`") { return (inner.filter { $0 != UInt8(ascii: "\r") }, nil) }
        var out: [UInt8] = []
        var runeVal: UInt32?
        var i = inner.startIndex
        func hex(_ n: Int) -> UInt32? {
            guard i + n <= inner.endIndex else { return nil }
            var v: UInt32 = 0
            for k in 0..<n {
                guard let d = hexDigit(inner[i + k]) else { return nil }
                v = v * 16 + d
            }
            i += n
            return v
        }
        while i < inner.endIndex {
            let c = inner[i]
            i += 1
            if c != UInt8(ascii: "\\") { out.append(c); continue }
            guard i < inner.endIndex else { return nil }
            let e = inner[i]
            i += 1
            switch e {
            case UInt8(ascii: "a"): out.append(7)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "v"): out.append(11)
            case UInt8(ascii: "\\"): out.append(e)
            // \' only in rune literals, \" only in string literals.
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                guard e == q else { return nil }
                out.append(e)
            case UInt8(ascii: "x"):
                guard let v = hex(2) else { return nil }
                out.append(UInt8(v)); runeVal = v
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                guard let v = hex(e == UInt8(ascii: "u") ? 4 : 8) else { return nil }
                guard let u = Unicode.Scalar(v) else { return nil }
                out.append(contentsOf: Array(String(u).utf8)); runeVal = v
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                guard i + 2 <= inner.endIndex else { return nil }
                var v = UInt32(e - 48)
                for k in 0..<2 {
                    let d = inner[i + k]
                    guard d >= 48 && d <= 55 else { return nil }
                    v = v * 8 + UInt32(d - 48)
                }
                i += 2
                guard v < 256 else { return nil }
                out.append(UInt8(v)); runeVal = v
            default: return nil
            }
        }
        // A rune literal's value is the escape's value only if the literal is exactly that escape.
        if q == UInt8(ascii: "'") {
            if inner.first == UInt8(ascii: "\\"), let r = runeVal,
               let e = inner.dropFirst().first, [UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U")].contains(e) || (e >= 48 && e <= 55) {
                return (out, r)
            }
            return (out, nil)
        }
        return (out, nil)
    }
}

private func hexDigit(_ c: UInt8) -> UInt32? {
    switch c {
    case 48...57: return UInt32(c - 48)
    case 97...102: return UInt32(c - 87)
    case 65...70: return UInt32(c - 55)
    default: return nil
    }
}
