// Expressions as gc prints them in messages: syntax.String, i.e. the printer's
// ShortForm (cmd/compile/internal/syntax/printer.go), where function and
// composite literal bodies shrink to "{…}".

/// The source form of an expression as gc shows it in diagnostics.
public func exprString(_ x: Expr) -> String {
    var out = ""
    writeExpr(x, to: &out)
    return out
}

/// A comma-separated expression list, as gc prints it.
public func exprListString(_ list: [Expr]) -> String {
    list.map(exprString).joined(separator: ", ")
}

/// A simple statement as gc prints it (used in "cannot use ... as value").
func simpleStmtString(_ s: Stmt) -> String {
    switch s {
    case let e as ExprStmt: return exprString(e.x)
    case let a as AssignStmt: return "\(exprListString(a.lhs)) \(a.tok.rawValue) \(exprListString(a.rhs))"
    case let i as IncDecStmt: return exprString(i.x) + i.tok.rawValue
    case let c as SendStmt: return "\(exprString(c.chan)) <- \(exprString(c.value))"
    case let r as RangeClause:
        let lhs = r.lhs.isEmpty ? "" : "\(exprListString(r.lhs)) \(r.isDefine ? ":=" : "=") "
        return lhs + "range " + exprString(r.x)
    case let g as TypeSwitchGuard:
        return "\(g.binding.name) := \(exprString(g.subject))"
    default: return ""
    }
}

private func writeExpr(_ x: Expr, to o: inout String) {
    switch x {
    case let n as Ident: o += n.name
    case let b as BasicLit: o += b.value
    case is BadExpr: o += "<bad expr>"
    case let f as FuncLit:
        writeExpr(f.type, to: &o)
        o += f.body.list.isEmpty ? " {}" : " {…}"
    case let c as CompositeLit:
        if let t = c.type { writeExpr(t, to: &o) }
        o += c.elements.isEmpty ? "{}" : "{…}"
    case let p as ParenExpr:
        o += "("; writeExpr(p.x, to: &o); o += ")"
    case let s as SelectorExpr:
        writeExpr(s.x, to: &o); o += "." + s.sel.name
    case let i as IndexExpr:
        writeExpr(i.x, to: &o); o += "["; writeExpr(i.index, to: &o); o += "]"
    case let s as SliceExpr:
        writeExpr(s.x, to: &o)
        o += "["
        if let l = s.low { writeExpr(l, to: &o) }
        o += ":"
        if let h = s.high { writeExpr(h, to: &o) }
        if let m = s.max { o += ":"; writeExpr(m, to: &o) }
        o += "]"
    case let t as TypeAssertExpr:
        writeExpr(t.x, to: &o)
        o += ".("
        if let ty = t.type { writeExpr(ty, to: &o) } else { o += "type" }
        o += ")"
    case let c as CallExpr:
        writeExpr(c.fun, to: &o)
        o += "(" + exprListString(c.args)
        if c.hasEllipsis { o += "..." }
        o += ")"
    case let s as StarExpr:
        o += "*"; writeExpr(s.x, to: &o)
    case let u as UnaryExpr:
        o += u.op.rawValue; writeExpr(u.x, to: &o)
    case let b as BinaryExpr:
        writeExpr(b.x, to: &o); o += " \(b.op.rawValue) "; writeExpr(b.y, to: &o)
    case let k as KeyValueExpr:
        writeExpr(k.key, to: &o); o += ": "; writeExpr(k.value, to: &o)
    case let e as Ellipsis:
        o += "..."
        if let t = e.elt { writeExpr(t, to: &o) }
    case let a as ArrayType:
        o += "["
        if let l = a.len { writeExpr(l, to: &o) }
        o += "]"
        writeExpr(a.elt, to: &o)
    case let s as StructType:
        o += "struct{"
        o += s.fields.map { f -> String in
            var r = f.names.map(\.name).joined(separator: ", ")
            if !r.isEmpty { r += " " }
            r += exprString(f.type)
            if let t = f.tag { r += " " + t.value }
            return r
        }.joined(separator: "; ")
        o += "}"
    case let f as FuncType:
        o += "func"
        writeSignature(f, to: &o)
    case let i as InterfaceType:
        o += "interface{"
        o += i.methods.map { m -> String in
            if let n = m.names.first, let ft = m.type as? FuncType {
                var r = n.name
                writeSignature(ft, to: &r)
                return r
            }
            return exprString(m.type)
        }.joined(separator: "; ")
        o += "}"
    case let m as MapType:
        o += "map["; writeExpr(m.key, to: &o); o += "]"; writeExpr(m.value, to: &o)
    case let c as ChanType:
        switch c.dir {
        case .recv: o += "<-chan "
        case .send: o += "chan<- "
        case .both: o += "chan "
        }
        if c.dir == .both, let e = c.value as? ChanType, e.dir == .recv {
            o += "("; writeExpr(e, to: &o); o += ")" // chan (<-chan T), not chan <-chan T
        } else {
            writeExpr(c.value, to: &o)
        }
    default:
        o += "<expr>"
    }
}

private func writeSignature(_ f: FuncType, to o: inout String) {
    writeParams(f.params, to: &o)
    if f.results.isEmpty { return }
    o += " "
    if f.results.count == 1 && f.results[0].names.isEmpty {
        writeExpr(f.results[0].type, to: &o)
    } else {
        writeParams(f.results, to: &o)
    }
}

private func writeParams(_ fields: [Field], to o: inout String) {
    o += "("
    o += fields.map { f -> String in
        let t = exprString(unparen(f.type))
        return f.names.isEmpty ? t : f.names.map(\.name).joined(separator: ", ") + " " + t
    }.joined(separator: ", ")
    o += ")"
}
