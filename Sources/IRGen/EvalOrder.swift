import CLLVM
import GoSyntax
import GoTypes

// The order of evaluation where the spec leaves it open (spec: "Order of
// evaluation": function calls, method calls and communication operations
// are evaluated in lexical left-to-right order, but the order of those
// events compared to the evaluation of plain operands is not specified).
// gc evaluates every call of a statement's expressions first, left to
// right and inner before outer, and reads variables, indexes and fields
// afterwards (cmd/compile/internal/walk/order.go copies call results into
// temporaries before the statement's remaining expressions are evaluated):
// with `f` changing x, `x + f()`, `g(x, f())` and `T{x, f()}` see the new x.
// Programs written against gc rely on it, so golly evaluates the same way:
// before a statement evaluates its expressions, `hoistCalls` evaluates the
// calls in them and `call` then hands back those values.
//
// Not hoisted: calls in function literals (they run later), in switch
// cases (each is evaluated only when the earlier ones failed). `&&` and
// `||` are evaluated whole in their place in that order, as order.go
// evaluates them into a temporary (`_, _ = false || g(1), g(2)` calls
// g(1) first, fixedbugs/issue30566b.go); their right operand's calls may
// not run at all. Built-in functions count
// as calls (test/fixedbugs/bug491.go: `len(x), f(), len(x)`); conversions
// and constants do not, but calls in their operands do.

extension FunctionGenerator {
    /// Evaluates the calls of `exprs` in gc's order and keeps their results
    /// for `call` until `body` has evaluated the rest of the statement.
    func withCallsFirst<T>(_ exprs: [Expr?], _ body: () throws -> T) throws -> T {
        let calls = exprs.compactMap { $0 }.flatMap(hoistableCalls)
        // Nothing to reorder unless a call shares the statement with other operands.
        guard !calls.isEmpty else { return try body() }
        for c in calls {
            if let c = c as? CallExpr {
                hoisted[c.id] = .some(try call(c))
            } else if let b = c as? BinaryExpr {
                hoisted[b.id] = .some(try shortCircuit(b))
            }
        }
        defer { for c in calls { hoisted[c.id] = nil } }
        return try body()
    }

    /// The calls (and `&&`/`||` expressions) gc evaluates first in `e`,
    /// in evaluation order.
    private func hoistableCalls(_ e: Expr) -> [Expr] {
        var found: [Expr] = []
        func visit(_ e: Expr?) {
            guard let e else { return }
            switch e {
            case let p as ParenExpr: visit(p.x)
            case let u as UnaryExpr: visit(u.x)
            case let b as BinaryExpr where b.op == .land || b.op == .lor:
                found.append(b)
            case let b as BinaryExpr:
                visit(b.x)
                visit(b.y)
            case let c as CallExpr:
                visit(c.fun)
                c.args.forEach(visit)
                if isOrderedCall(c) { found.append(c) }
            case let i as IndexExpr: visit(i.x); visit(i.index)
            case let s as SliceExpr: visit(s.x); visit(s.low); visit(s.high); visit(s.max)
            case let s as SelectorExpr: visit(s.x)
            case let s as StarExpr: visit(s.x)
            case let t as TypeAssertExpr: visit(t.x)
            case let k as KeyValueExpr: visit(k.key); visit(k.value)
            case let c as CompositeLit: c.elements.forEach(visit)
            default: break      // identifiers, literals, function literals, types
            }
        }
        visit(e)
        return found
    }

    /// A call of a function, method, func value or built-in, not a
    /// conversion and not a constant (`len` of an array).
    private func isOrderedCall(_ c: CallExpr) -> Bool {
        guard let mode = info.types[c.fun.id]?.mode, mode != .typexpr else { return false }
        return info.types[c.id]?.value == nil
    }
}
