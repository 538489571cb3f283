import BigInt

/// An exact constant value (spec: "Constants"). PLACEHOLDER: the checker owner
/// replaces the representation; the accessors below are the API IRGen uses.
public enum Constant: Equatable {
    case bool(Bool)
    case string([UInt8])
    case int(BigInt)
    /// An exact rational num/den (den > 0).
    case float(BigInt, BigInt)
    case complex(re: BigInt, reDen: BigInt, im: BigInt, imDen: BigInt)

    public var boolValue: Bool { if case .bool(let b) = self { return b }; return false }
    public var stringBytes: [UInt8] { if case .string(let s) = self { return s }; return [] }
    /// Two's-complement truncation to 64 bits (the caller knows the width and signedness).
    public var int64Bits: UInt64 {
        if case .int(let v) = self { return UInt64(truncatingIfNeeded: Int64(truncatingIfNeeded: v)) }
        return 0
    }
    public var doubleValue: Double { 0 }
    public var floatValue: Float { Float(doubleValue) }
    public var complexValue: (Double, Double) { (0, 0) }
}
