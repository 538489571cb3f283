import BigInt

// The real numbers behind untyped float constants. Like go/constant, a value is
// an exact rational while numerator and denominator stay small, and otherwise a
// binary float with a 512-bit mantissa (gc's constant precision), so that
// literals such as 1e100000 neither lose exactness for ordinary programs nor
// build gigantic integers.

public enum BigReal: Equatable, Sendable {
    /// num/den in lowest terms, den > 0.
    case rat(BigInt, BigInt)
    /// mant * 2^exp with |mant| < 2^precision.
    case approx(BigInt, Int)

    static let precision = 512
    /// Rationals whose parts grow past this many bits become approximations (go/constant's maxExp).
    static let maxRatBits = 4096

    public static func rational(_ num: BigInt, _ den: BigInt) -> BigReal {
        if den.isZero { return .rat(0, 1) }
        var n = num, d = den
        if d.signum() < 0 { n = -n; d = -d }
        let g = n.magnitude.greatestCommonDivisor(with: d.magnitude)
        if g > 1 { n = n / BigInt(g); d = d / BigInt(g) }
        if n.magnitude.bitWidth > maxRatBits || d.magnitude.bitWidth > maxRatBits {
            return approxFrom(n, d)
        }
        return .rat(n, d)
    }

    public static func integer(_ v: BigInt) -> BigReal { rational(v, 1) }

    /// Rounds num/den (den > 0) to a 512-bit mantissa.
    static func approxFrom(_ num: BigInt, _ den: BigInt, exp extra: Int = 0) -> BigReal {
        if num.isZero { return .rat(0, 1) }
        let (m, e) = roundToBinary(num.magnitude, den.magnitude, offset: extra, bits: precision,
                                   minExp: Int.min / 4, maxExp: Int.max / 4)
        return .approx(num.signum() < 0 ? -BigInt(m) : BigInt(m), e)
    }

    /// The value as (num, den, exp2): num/den * 2^exp2.
    var parts: (BigInt, BigInt, Int) {
        switch self {
        case .rat(let n, let d): return (n, d, 0)
        case .approx(let m, let e): return (m, 1, e)
        }
    }

    var asApprox: (BigInt, Int) {
        switch self {
        case .approx(let m, let e): return (m, e)
        case .rat(let n, let d):
            if case .approx(let m, let e) = BigReal.approxFrom(n, d) { return (m, e) }
            return (0, 0)
        }
    }

    /// Turns an approximation back into a rational when that is small.
    static func normalize(_ m: BigInt, _ e: Int) -> BigReal {
        if m.isZero { return .rat(0, 1) }
        // Trim the mantissa to `precision` bits.
        let w = m.magnitude.bitWidth
        var mm = m, ee = e
        if w > precision {
            let r = roundToBinary(m.magnitude, 1, offset: e, bits: precision, minExp: Int.min / 4, maxExp: Int.max / 4)
            mm = m.signum() < 0 ? -BigInt(r.0) : BigInt(r.0); ee = r.1
        }
        if abs(ee) < maxRatBits - precision {
            if ee >= 0 { return rational(mm << ee, 1) }
            return rational(mm, BigInt(1) << (-ee))
        }
        return .approx(mm, ee)
    }

    public var signum: Int {
        switch self {
        case .rat(let n, _): return Int(n.signum())
        case .approx(let m, _): return Int(m.signum())
        }
    }

    public var isInteger: Bool {
        switch self {
        case .rat(_, let d): return d == 1
        case .approx(let m, let e):
            if e >= 0 { return true }
            if -e > m.magnitude.bitWidth { return m.isZero }
            return m.magnitude.trailingZeroBitCount >= -e
        }
    }

    /// The integer value if `isInteger` and it has at most `maxBits` bits.
    public func toBigInt(maxBits: Int = 1 << 16) -> BigInt? {
        guard isInteger else { return nil }
        switch self {
        case .rat(let n, _): return n.magnitude.bitWidth > maxBits ? nil : n
        case .approx(let m, let e):
            if e >= 0 { return m.magnitude.bitWidth + e > maxBits ? nil : m << e }
            return m >> (-e)
        }
    }

    /// Truncation toward zero (for conversions of non-constant semantics only).
    public func truncated() -> BigInt? {
        let (n, d, e) = parts
        if e > 1 << 16 { return nil }
        if e >= 0 { return (n << e) / d }
        return n / (d << (-e))
    }

    public static prefix func - (x: BigReal) -> BigReal {
        switch x {
        case .rat(let n, let d): return .rat(-n, d)
        case .approx(let m, let e): return .approx(-m, e)
        }
    }

    public static func + (a: BigReal, b: BigReal) -> BigReal {
        if case .rat(let an, let ad) = a, case .rat(let bn, let bd) = b {
            return rational(an * bd + bn * ad, ad * bd)
        }
        var (am, ae) = a.asApprox, (bm, be) = b.asApprox
        if am.isZero { return b }
        if bm.isZero { return a }
        // Align exponents; a term far below the other's precision does not matter.
        let limit = 2 * precision + 8
        if ae - be > limit + bm.magnitude.bitWidth { return a }
        if be - ae > limit + am.magnitude.bitWidth { return b }
        if ae > be { am <<= (ae - be); ae = be } else if be > ae { bm <<= (be - ae); be = ae }
        return normalize(am + bm, ae)
    }

    public static func - (a: BigReal, b: BigReal) -> BigReal { a + (-b) }

    public static func * (a: BigReal, b: BigReal) -> BigReal {
        if case .rat(let an, let ad) = a, case .rat(let bn, let bd) = b {
            return rational(an * bn, ad * bd)
        }
        let (am, ae) = a.asApprox, (bm, be) = b.asApprox
        return normalize(am * bm, ae + be)
    }

    /// Division; the caller rules out b == 0.
    public static func / (a: BigReal, b: BigReal) -> BigReal {
        if b.signum == 0 { return .rat(0, 1) }
        if case .rat(let an, let ad) = a, case .rat(let bn, let bd) = b {
            return rational(an * bd, ad * bn)
        }
        let (am, ae) = a.asApprox, (bm, be) = b.asApprox
        let shift = 2 * precision
        return normalize((am << shift) / bm, ae - be - shift)
    }

    public static func compare(_ a: BigReal, _ b: BigReal) -> Int { (a - b).signum }

    /// Correctly rounded Double (±infinity on overflow).
    public var doubleValue: Double {
        let (n, d, e) = parts
        if n.isZero { return 0 }
        let (m, x) = roundToBinary(n.magnitude, d.magnitude, offset: e, bits: 53, minExp: -1074, maxExp: 971)
        if x > 971 { return n.signum() < 0 ? -.infinity : .infinity }
        return Double(sign: n.signum() < 0 ? .minus : .plus, exponent: x, significand: Double(UInt64(m)))
    }

    /// Correctly rounded Float, rounded directly from the exact value.
    public var floatValue: Float {
        let (n, d, e) = parts
        if n.isZero { return 0 }
        let (m, x) = roundToBinary(n.magnitude, d.magnitude, offset: e, bits: 24, minExp: -149, maxExp: 104)
        if x > 104 { return n.signum() < 0 ? -.infinity : .infinity }
        return Float(sign: n.signum() < 0 ? .minus : .plus, exponent: x, significand: Float(UInt32(m)))
    }

    /// 10^e (e >= 0), exact when small.
    static func pow10(_ e: Int) -> BigReal {
        if e <= 1200 { return .integer(BigInt(10).power(e)) }
        var result = BigReal.integer(1), base = BigReal.integer(10), k = e
        while k > 0 {
            if k & 1 == 1 { result = result * base }
            base = base * base
            k >>= 1
        }
        return result
    }

    /// The exact value of a finite Double.
    public static func from(_ d: Double) -> BigReal {
        if d == 0 || !d.isFinite { return .rat(0, 1) }
        let m = BigInt(d.significandBitPattern | (d.isNormal ? (1 << 52) : 0))
        let e = (d.isNormal ? Int(d.exponent) : -1022) - 52
        let v = e >= 0 ? rational(m << e, 1) : rational(m, BigInt(1) << (-e))
        return d < 0 ? -v : v
    }
}

/// Rounds num/den * 2^offset (num, den > 0) to `bits` significant bits, half to
/// even: returns (m, exp) with value ≈ m * 2^exp, m < 2^bits, exp >= minExp
/// (fewer significant bits below that: subnormals). exp > maxExp means overflow.
func roundToBinary(_ num: BigUInt, _ den: BigUInt, offset: Int, bits: Int, minExp: Int, maxExp: Int) -> (BigUInt, Int) {
    // num/den lies in [2^(l-1), 2^(l+1)) with l = bitWidth(num) - bitWidth(den).
    let l = num.bitWidth - den.bitWidth + offset
    var exp = max(l - bits, minExp)
    func quotient(_ exp: Int) -> (BigUInt, BigUInt, BigUInt) {
        let s = exp - offset   // value / 2^exp = num / (den * 2^s)
        if s >= 0 {
            let dd = den << s
            let (q, r) = num.quotientAndRemainder(dividingBy: dd)
            return (q, r, dd)
        }
        let (q, r) = (num << (-s)).quotientAndRemainder(dividingBy: den)
        return (q, r, den)
    }
    var (q, r, d) = quotient(exp)
    if q.bitWidth > bits {
        exp += q.bitWidth - bits
        (q, r, d) = quotient(exp)
    }
    let twice = r << 1
    if twice > d || (twice == d && q[bitAt: 0]) { q += 1 }
    if q.bitWidth > bits { q >>= 1; exp += 1 }
    return (q, exp)
}

