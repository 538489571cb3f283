import CLLVM
import GoSyntax
import GoTypes

// Conversions of a byte slice to a string that need no copy (gc:
// walk/order.go's OBYTES2STRTMP, runtime.slicebytetostringtmp): where the
// string is only read at once and never kept, `string(b)` can share b's
// bytes. gc does so for the operands of a comparison and for the key of a
// map read (`m[string(b)]`); golly does the same, so code written against
// gc, like bytes.Equal (`string(a) == string(b)`) and std's allocation
// tests, does not allocate.
//
// The bytes must not change between the conversion and the read: a
// conversion evaluated last is always safe; an earlier one only when what
// is evaluated after it runs no code (its calls were evaluated first,
// EvalOrder.swift, or it has none).

extension FunctionGenerator {
    /// `string(b)` sharing b's bytes, if `e` is such a conversion of a byte
    /// slice; nil otherwise (evaluate `e` the usual way).
    func transientString(_ e: Expr) throws -> LLValue? {
        guard let c = unparen(e) as? CallExpr, c.args.count == 1, !c.hasEllipsis,
              let tv = try? typeAndValue(c.fun), tv.mode == .typexpr, isString(tv.type),
              let from = info.type(of: c.args[0]), let s = from.underlying as? Slice,
              (s.elem.underlying as? Basic)?.kind == .uint8 else { return nil }
        let v = try expr(c.args[0])
        return b.aggregate(t.string, [b.extract(v, 0), b.extract(v, 1)])
    }

    /// Whether evaluating `e` may run code other than its own operators:
    /// a call or built-in not yet evaluated, a receive.
    func mayRunCode(_ e: Expr) -> Bool {
        switch e {
        case let p as ParenExpr: return mayRunCode(p.x)
        case let u as UnaryExpr: return u.op == .arrow || mayRunCode(u.x)
        case let b as BinaryExpr: return mayRunCode(b.x) || mayRunCode(b.y)
        case let c as CallExpr:
            if hoisted[c.id] != nil { return false }
            guard let tv = try? typeAndValue(c.fun), tv.mode == .typexpr else { return true }
            return c.args.contains(where: mayRunCode)
        case let s as SelectorExpr: return mayRunCode(s.x)
        case let i as IndexExpr: return mayRunCode(i.x) || i.indices.contains(where: mayRunCode)
        case let s as SliceExpr: return ([s.x, s.low, s.high, s.max] as [Expr?]).contains { $0.map(mayRunCode) ?? false }
        case let s as StarExpr: return mayRunCode(s.x)
        case is Ident, is BasicLit: return false
        default: return true
        }
    }
}
