import GoSyntax

/// An expression spelled as gc's syntax printer does in its short form
/// (cmd/compile/internal/syntax/printer.go): function and composite literal
/// bodies become "…".
public func exprString(_ e: Expr?) -> String {
    guard let e else { return "" }
    switch e {
    case let x as Ident: return x.name
    case let x as BasicLit: return x.value
    case let x as FuncLit: return exprString(x.type) + (x.body.list.isEmpty ? " {}" : " {…}")
    case let x as CompositeLit:
        return exprString(x.type) + (x.elements.isEmpty ? "{}" : "{…}")
    case let x as ParenExpr: return "(" + exprString(x.x) + ")"
    case let x as SelectorExpr: return exprString(x.x) + "." + x.sel.name
    case let x as IndexExpr: return exprString(x.x) + "[" + exprString(x.index) + "]"
    case let x as SliceExpr:
        var s = exprString(x.x) + "[" + exprString(x.low) + ":" + exprString(x.high)
        if let m = x.max { s += ":" + exprString(m) }
        return s + "]"
    case let x as TypeAssertExpr: return exprString(x.x) + ".(" + (x.type.map(exprString) ?? "type") + ")"
    case let x as CallExpr:
        return exprString(x.fun) + "(" + x.args.map(exprString).joined(separator: ", ") + (x.hasEllipsis ? "..." : "") + ")"
    case let x as StarExpr: return "*" + exprString(x.x)
    case let x as UnaryExpr: return x.op.rawValue + exprString(x.x)
    case let x as BinaryExpr: return exprString(x.x) + " " + x.op.rawValue + " " + exprString(x.y)
    case let x as KeyValueExpr: return exprString(x.key) + ": " + exprString(x.value)
    case let x as Ellipsis: return "..." + exprString(x.elt)
    case let x as ArrayType:
        if let l = x.len { return "[" + (l is Ellipsis ? "..." : exprString(l)) + "]" + exprString(x.elt) }
        return "[]" + exprString(x.elt)
    case let x as StructType:
        return "struct{" + x.fields.map(fieldString).joined(separator: "; ") + "}"
    case let x as FuncType: return "func" + signatureExprString(x)
    case let x as InterfaceType:
        return "interface{" + x.methods.map { f in
            if let n = f.names.first, let ft = f.type as? FuncType { return n.name + signatureExprString(ft) }
            return exprString(f.type)
        }.joined(separator: "; ") + "}"
    case let x as MapType: return "map[" + exprString(x.key) + "]" + exprString(x.value)
    case let x as ChanType:
        switch x.dir {
        case .recv: return "<-chan " + exprString(x.value)
        case .send: return "chan<- " + exprString(x.value)
        case .both:
            if let c = x.value as? ChanType, c.dir == .recv { return "chan (" + exprString(c) + ")" }
            return "chan " + exprString(x.value)
        }
    case is BadExpr: return "<bad expr>"
    default: return "?"
    }
}

private func fieldString(_ f: Field) -> String {
    let names = f.names.map(\.name).joined(separator: ", ")
    return (names.isEmpty ? "" : names + " ") + exprString(f.type)
}

private func signatureExprString(_ t: FuncType) -> String {
    var s = "(" + t.params.map(fieldString).joined(separator: ", ") + ")"
    if t.results.count == 1 && t.results[0].names.isEmpty { s += " " + exprString(t.results[0].type) }
    else if !t.results.isEmpty { s += " (" + t.results.map(fieldString).joined(separator: ", ") + ")" }
    return s
}
