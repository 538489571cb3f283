import Foundation
import GoSyntax
import BigInt

/// An exact constant value (spec: "Constants"). Integers are unbounded, floats
/// exact rationals (or 512-bit approximations for huge exponents, see BigReal).
public enum Constant: Equatable, Sendable, CustomStringConvertible {
    case bool(Bool)
    case string([UInt8])
    case int(BigInt)
    case float(BigReal)
    case complex(BigReal, BigReal)

    public var boolValue: Bool { if case .bool(let b) = self { return b }; return false }
    public var stringBytes: [UInt8] { if case .string(let s) = self { return s }; return [] }

    /// Two's-complement truncation to 64 bits (the caller knows the width and signedness).
    public var int64Bits: UInt64 {
        guard let v = exactInteger else { return 0 }
        return UInt64(truncatingIfNeeded: Int64(truncatingIfNeeded: v))
    }
    /// Correctly rounded to float64.
    public var doubleValue: Double {
        switch self {
        case .int(let v): return BigReal.integer(v).doubleValue
        case .float(let r): return r.doubleValue
        case .complex(let r, _): return r.doubleValue
        default: return 0
        }
    }
    /// Correctly rounded to float32 directly from the exact value.
    public var floatValue: Float {
        switch self {
        case .int(let v): return BigReal.integer(v).floatValue
        case .float(let r): return r.floatValue
        case .complex(let r, _): return r.floatValue
        default: return 0
        }
    }
    public var complexValue: (Double, Double) {
        if case .complex(let r, let i) = self { return (r.doubleValue, i.doubleValue) }
        return (doubleValue, 0)
    }
    /// Real and imaginary parts rounded to float32 (for complex64).
    public var complex64Value: (Float, Float) {
        if case .complex(let r, let i) = self { return (r.floatValue, i.floatValue) }
        return (floatValue, 0)
    }

    // MARK: Kinds

    /// The numeric rank used to bring two operands to a common representation.
    var rank: Int {
        switch self {
        case .int: return 1
        case .float: return 2
        case .complex: return 3
        default: return 0
        }
    }
    public var isNumeric: Bool { rank > 0 }

    /// The value as an integer if it is one exactly (floats and complex with zero imaginary part included).
    public var exactInteger: BigInt? {
        switch self {
        case .int(let v): return v
        case .float(let r): return r.toBigInt()
        case .complex(let r, let i): return i.signum == 0 ? r.toBigInt() : nil
        default: return nil
        }
    }
    public var asInt: Constant? { exactInteger.map { .int($0) } }
    public var asFloat: Constant? {
        switch self {
        case .int(let v): return .float(.integer(v))
        case .float: return self
        case .complex(let r, let i): return i.signum == 0 ? .float(r) : nil
        default: return nil
        }
    }
    public var asComplex: Constant? {
        switch self {
        case .int(let v): return .complex(.integer(v), .integer(0))
        case .float(let r): return .complex(r, .integer(0))
        case .complex: return self
        default: return nil
        }
    }
    var real: BigReal {
        switch self {
        case .int(let v): return .integer(v)
        case .float(let r): return r
        case .complex(let r, _): return r
        default: return .integer(0)
        }
    }
    var imag: BigReal { if case .complex(_, let i) = self { return i }; return .integer(0) }

    /// Brings two numeric constants to the same representation.
    static func match(_ a: Constant, _ b: Constant) -> (Constant, Constant) {
        let r = max(a.rank, b.rank)
        func lift(_ c: Constant) -> Constant {
            switch r {
            case 2: return c.asFloat ?? c
            case 3: return c.asComplex ?? c
            default: return c
            }
        }
        return (lift(a), lift(b))
    }

    public var sign: Int {
        switch self {
        case .int(let v): return Int(v.signum())
        case .float(let r): return r.signum
        case .complex(let r, let i): return r.signum | i.signum
        default: return 0
        }
    }
    public var isZero: Bool { isNumeric && sign == 0 && imag.signum == 0 && real.signum == 0 }

    // MARK: Operations (spec: "Constant expressions")

    /// Unary + - ^ !. `unsignedBits` > 0 makes ^ act on an unsigned value of that width.
    public func unary(_ op: Token, unsignedBits: Int = 0) -> Constant? {
        switch (op, self) {
        case (.add, _) where isNumeric: return self
        case (.sub, .int(let v)): return .int(-v)
        case (.sub, .float(let r)): return .float(-r)
        case (.sub, .complex(let r, let i)): return .complex(-r, -i)
        case (.xor, .int(let v)):
            if unsignedBits > 0 { return .int(v ^ ((BigInt(1) << unsignedBits) - 1)) }
            return .int(-v - 1)
        case (.not, .bool(let b)): return .bool(!b)
        default: return nil
        }
    }

    /// Binary arithmetic. `integerDivision` makes `/` on ints truncate; callers
    /// have already rejected division by zero.
    public func binary(_ op: Token, _ other: Constant, integerDivision: Bool = true) -> Constant? {
        switch (self, other) {
        case (.bool(let a), .bool(let b)):
            switch op {
            case .land: return .bool(a && b)
            case .lor: return .bool(a || b)
            default: return nil
            }
        case (.string(let a), .string(let b)):
            return op == .add ? .string(a + b) : nil
        default: break
        }
        guard isNumeric && other.isNumeric else { return nil }
        var (x, y) = Constant.match(self, other)
        if case .int(let a) = x, case .int(let b) = y {
            switch op {
            case .add: return .int(a + b)
            case .sub: return .int(a - b)
            case .mul: return .int(a * b)
            case .quo:
                if b.isZero { return nil }
                if integerDivision { return .int(a / b) }   // BigInt division truncates toward zero
                x = .float(.integer(a)); y = .float(.integer(b))
            case .rem: return b.isZero ? nil : .int(a % b)
            case .and, .or, .xor, .andNot: return .int(bitwise(op, a, b))
            default: return nil
            }
        }
        switch (x, y) {
        case (.float(let a), .float(let b)):
            switch op {
            case .add: return .float(a + b)
            case .sub: return .float(a - b)
            case .mul: return .float(a * b)
            case .quo: return b.signum == 0 ? nil : .float(a / b)
            default: return nil
            }
        case (.complex(let a, let b), .complex(let c, let d)):
            switch op {
            case .add: return .complex(a + c, b + d)
            case .sub: return .complex(a - c, b - d)
            case .mul: return .complex(a * c - b * d, b * c + a * d)
            case .quo:
                let s = c * c + d * d
                if s.signum == 0 { return nil }
                return .complex((a * c + b * d) / s, (b * c - a * d) / s)
            default: return nil
            }
        default: return nil
        }
    }

    /// x << s or x >> s for an integer constant (>> rounds toward -inf, like Go's arithmetic shift).
    public func shift(_ op: Token, _ count: Int) -> Constant? {
        guard let v = exactInteger else { return nil }
        switch op {
        case .shl: return .int(v << count)
        case .shr:
            // Go's >> on integers is arithmetic (rounds toward negative
            // infinity); BigInt's shift of a negative magnitude rounds toward zero.
            if v.signum() < 0 { return .int(-((-v - 1) >> count) - 1) }
            return .int(v >> count)
        default: return nil
        }
    }

    public func compare(_ op: Token, _ other: Constant) -> Bool? {
        func ord(_ c: Int) -> Bool? {
            switch op {
            case .eql: return c == 0
            case .neq: return c != 0
            case .lss: return c < 0
            case .leq: return c <= 0
            case .gtr: return c > 0
            case .geq: return c >= 0
            default: return nil
            }
        }
        switch (self, other) {
        case (.bool(let a), .bool(let b)):
            if op == .eql { return a == b }
            if op == .neq { return a != b }
            return nil
        case (.string(let a), .string(let b)):
            return ord(a.lexicographicallyPrecedes(b) ? -1 : (a == b ? 0 : 1))
        default: break
        }
        guard isNumeric && other.isNumeric else { return nil }
        let (x, y) = Constant.match(self, other)
        switch (x, y) {
        case (.int(let a), .int(let b)): return ord(a < b ? -1 : (a == b ? 0 : 1))
        case (.float(let a), .float(let b)): return ord(BigReal.compare(a, b))
        case (.complex(let a, let b), .complex(let c, let d)):
            let eq = BigReal.compare(a, c) == 0 && BigReal.compare(b, d) == 0
            if op == .eql { return eq }
            if op == .neq { return !eq }
            return nil
        default: return nil
        }
    }

    /// Bits needed for the magnitude of an integer value.
    public var bitLen: Int {
        if case .int(let v) = self { return v.magnitude.bitWidth }
        return 0
    }

    // MARK: Printing (gc's spelling in messages)

    public var description: String {
        switch self {
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return goQuote(s)
        case .int(let v): return String(v)
        case .float(let r): return formatReal(r)
        case .complex(let r, let i):
            return "(\(formatReal(r)) + \(formatReal(i))i)"
        }
    }
}

/// & | ^ &^ on unbounded two's-complement integers (spec: "Arithmetic operators"):
/// negative values behave as if sign-extended infinitely.
func bitwise(_ op: Token, _ a: BigInt, _ b: BigInt) -> BigInt {
    let width = max(a.magnitude.bitWidth, b.magnitude.bitWidth) + 1
    let modulus = BigUInt(1) << width
    func tc(_ x: BigInt) -> BigUInt { x.signum() >= 0 ? x.magnitude : modulus - x.magnitude }
    let x = tc(a), y = tc(b)
    let mask = modulus - 1
    var r: BigUInt
    switch op {
    case .and: r = x & y
    case .or: r = x | y
    case .xor: r = x ^ y
    default: r = x & (~y & mask)
    }
    r &= mask
    if r[bitAt: width - 1] { return -BigInt(modulus - r) }
    return BigInt(r)
}

/// gc prints float constants in messages with %.6g-like precision (go/constant's String).
func formatReal(_ r: BigReal) -> String {
    let d = r.doubleValue
    if d.isInfinite || (d == 0 && r.signum != 0) {
        // Outside float64's range: scale by a power of ten first.
        let (n, den, e) = r.parts
        let bits = n.magnitude.bitWidth - den.magnitude.bitWidth + e
        let e10 = Int((Double(bits) * 0.30102999566398120).rounded(.down))
        let scaledValue = e10 >= 0 ? r / BigReal.pow10(e10) : r * BigReal.pow10(-e10)
        var m = scaledValue.doubleValue
        var ex = e10
        while abs(m) >= 10 { m /= 10; ex += 1 }
        while abs(m) < 1 && m != 0 { m *= 10; ex -= 1 }
        var s = formatG(m, 6)
        if let i = s.firstIndex(of: "e") { s = String(s[..<i]) }
        return s + "e" + (ex < 0 ? "-" : "+") + (abs(ex) < 10 ? "0" : "") + String(abs(ex))
    }
    return formatG(d, 6)
}

/// Go's %.Ng formatting of a Double.
func formatG(_ d: Double, _ prec: Int) -> String {
    if d == 0 { return "0" }
    // Use exponent form when exp < -4 || exp >= prec, like C's %g.
    var e = Int(floor(log10(abs(d))))
    var m = abs(d) / pow(10, Double(e))
    // Round mantissa to prec significant digits.
    let scale = pow(10, Double(prec - 1))
    m = (m * scale).rounded() / scale
    if m >= 10 { m /= 10; e += 1 }
    let neg = d < 0 ? "-" : ""
    if e < -4 || e >= prec {
        var digits = String(format: "%.\(prec - 1)f", m)
        if digits.contains(".") {
            while digits.hasSuffix("0") { digits.removeLast() }
            if digits.hasSuffix(".") { digits.removeLast() }
        }
        let es = e < 0 ? "-" : "+"
        let ed = abs(e) < 10 ? "0\(abs(e))" : "\(abs(e))"
        return "\(neg)\(digits)e\(es)\(ed)"
    }
    var s = String(format: "%.\(max(0, prec - 1 - e))f", abs(d))
    if s.contains(".") {
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
    }
    return neg + s
}

/// strconv.Quote-like spelling for messages.
public func goQuote(_ bytes: [UInt8]) -> String {
    var out = "\""
    let s = String(decoding: bytes, as: UTF8.self)
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if u.value < 0x20 || u.value == 0x7f { out += String(format: "\\x%02x", u.value) } else { out.unicodeScalars.append(u) }
        }
    }
    return out + "\""
}
