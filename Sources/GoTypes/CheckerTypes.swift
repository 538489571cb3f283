import BigInt
import GoSyntax

// Type expressions (spec: "Types"; types2 typexpr.go, struct.go, interface.go, signature.go).

extension Checker {
    func typ(_ e: Expr) -> GoType { definedType(e, nil) }

    func varType(_ e: Expr) -> GoType { typ(e) }

    func definedType(_ e: Expr, _ def: Named?) -> GoType {
        typeDepth += 1
        defer { typeDepth -= 1 }
        if typeDepth > 10000 {
            error(e, "type nesting too deep")
            return Universe.invalid
        }
        let t = typInternal(e, def)
        info.types[e.id] = TypeAndValue(mode: .typexpr, type: t)
        return t
    }

    private func typInternal(_ e: Expr, _ def: Named?) -> GoType {
        switch e {
        case is Ident, is SelectorExpr:
            var x = Operand()
            if let id = e as? Ident { ident(&x, id, wantType: true) } else { selector(&x, e as! SelectorExpr, wantType: true) }
            switch x.mode {
            case .typexpr: return x.type
            case .invalid: return Universe.invalid
            case .novalue: error(x, "\(describe(x)) used as type")
            default: error(x, "\(describe(x)) is not a type")
            }
            return Universe.invalid
        case let p as ParenExpr:
            return definedType(p.x, def)
        case let ix as IndexExpr:
            // An instantiation `T[A]` (spec: "Instantiations").
            if typ(ix.x) !== Universe.invalid { error(ix.x, "\(exprString(ix.x)) is not a generic type") }
            return Universe.invalid
        case let a as ArrayType:
            guard let len = a.len else { return Slice(varType(a.elt)) }
            if len is Ellipsis {
                error(len, "invalid use of [...] array (outside a composite literal)")
                _ = varType(a.elt)
                return Universe.invalid
            }
            let n = arrayLength(len)
            let elem = varType(a.elt)
            return n < 0 ? Universe.invalid : ArrayT(len: n, elem: elem)
        case let el as Ellipsis:
            error(el, "invalid use of '...'")
            return Universe.invalid
        case let s as StructType: return structType(s)
        case let s as StarExpr: return Pointer(typ(s.x))
        case let f as FuncType: return funcType(f, recv: nil, funcScope: nil).0
        case let i as InterfaceType: return interfaceType(i)
        case let m as MapType:
            let k = varType(m.key), v = varType(m.value)
            pendingChecks.append { [unowned self] in
                if k !== Universe.invalid && !isComparable(k) && !(k.underlying is Interface) {
                    var why = ""
                    if k.underlying is Slice || k.underlying is MapT || k.underlying is Signature {
                        why = ""
                    }
                    self.error(m.key, "invalid map key type \(self.ts(k))\(why)")
                }
            }
            return MapT(key: k, elem: v)
        case let c as ChanType:
            return Chan(dir: c.dir, elem: varType(c.value))
        case is BadExpr:
            return Universe.invalid
        default:
            error(e, "\(exprString(e)) is not a type")
            return Universe.invalid
        }
    }

    /// The length of an array type, or -1 after an error (types2 arrayLength).
    func arrayLength(_ e: Expr) -> Int64 {
        if let id = e as? Ident, lookup(id.name) == nil {
            error(id, "undefined array length \(id.name) or missing type constraint")
            return -1
        }
        var x = Operand()
        expr(&x, e)
        if x.mode != .constant {
            if x.mode != .invalid { error(x, "array length \(describe(x)) must be constant") }
            return -1
        }
        if isUntyped(x.type) || isInteger(x.type) {
            if let v = x.val?.exactInteger {
                if v >= 0 && v <= BigInt(Int64.max) {
                    if isUntyped(x.type) { convertUntyped(&x, Universe.basic(.int)) }
                    return Int64(v)
                }
                error(x, "invalid array length \(describe(x))")
                return -1
            }
        }
        error(x, "array length \(describe(x)) must be integer")
        return -1
    }

    func structType(_ s: StructType) -> GoType {
        var fields: [Var] = [], tags: [String?] = []
        var seen: [String: Var] = [:]
        func add(_ v: Var, _ tag: String?) {
            if v.name != "_", let alt = seen[v.name] {
                error(v.pos, "\(v.name) redeclared\n\t\(fileSet.format(alt.pos)): other declaration of \(v.name)")
            } else { seen[v.name] = v }
            fields.append(v); tags.append(tag)
        }
        for f in s.fields {
            let t = varType(f.type)
            let tag = f.tag.flatMap { Constant.unquote($0.value) }.map { String(decoding: $0.0, as: UTF8.self) }
            if f.names.isEmpty {
                // Embedded field: T, *T, pkg.T or *pkg.T (spec: "Struct types").
                var te = unparen(f.type)
                var isPtr = false
                if let st = te as? StarExpr { te = unparen(st.x); isPtr = true }
                let name: String
                switch te {
                case let id as Ident: name = id.name
                case let sel as SelectorExpr: name = sel.sel.name
                default:
                    error(f.type, "invalid embedded field type \(exprString(f.type))")
                    continue
                }
                let v = Var(name: name, pos: startPos(f.type), type: t, pkgPath: pkgPath)
                v.isField = true; v.isEmbedded = true
                info.implicits[f.id] = v
                pendingChecks.append { [unowned self] in
                    let u = t.underlying
                    if isPtr {
                        if u is Interface { self.error(f.type, "embedded field type cannot be a pointer to an interface") }
                    } else if u is Pointer {
                        self.error(f.type, "embedded field type cannot be a pointer")
                    } else if (u as? Basic)?.kind == .unsafePointer {
                        self.error(f.type, "embedded field type cannot be unsafe.Pointer")
                    }
                }
                add(v, tag)
            } else {
                for n in f.names {
                    let v = Var(name: n.name, pos: n.pos, type: t, pkgPath: pkgPath)
                    v.isField = true
                    recordDef(n, v)
                    add(v, tag)
                }
            }
        }
        return Struct(fields: fields, tags: tags)
    }

    /// Where a type-set element (`~T`, `A | B`) starts: its first `~` or `|`.
    func typeSetElementPos(_ e: Expr) -> Pos? {
        if let u = e as? UnaryExpr, u.op == .tilde { return u.pos }
        guard let b = e as? BinaryExpr, b.op == .or else { return nil }
        return typeSetElementPos(b.x) ?? b.pos
    }

    func interfaceType(_ it: InterfaceType) -> GoType {
        var methods: [Func] = [], embedded: [GoType] = []
        let iface = Interface(methods: [], embedded: [])
        for f in it.methods {
            if let name = f.names.first {
                if name.name == "_" {
                    error(name, "methods must have a unique non-blank name")
                    continue
                }
                guard let ft = f.type as? FuncType else { continue }
                let (sig, _) = funcType(ft, recv: nil, funcScope: nil)
                let recv = Var(name: "", pos: name.pos, type: iface, pkgPath: pkgPath)
                let msig = Signature(recv: recv, params: sig.params, results: sig.results, isVariadic: sig.isVariadic)
                info.types[ft.id] = TypeAndValue(mode: .typexpr, type: msig)
                let m = Func(name: name.name, pos: name.pos, type: msig, pkgPath: pkgPath)
                recordDef(name, m)
                methods.append(m)
            } else {
                if let p = typeSetElementPos(f.type) {
                    // `~T` and unions (spec: "General interfaces"): constraints only.
                    error(p, "golly does not support generics yet")
                    continue
                }
                let t = typ(f.type)
                if t === Universe.invalid { continue }
                embedded.append(t)
                pendingChecks.append { [unowned self] in
                    if !(t.underlying is Interface) && t.underlying !== Universe.invalid {
                        self.error(f.type, "cannot use \(self.ts(t)) as interface (not an interface)")
                    }
                }
            }
        }
        iface.methods = methods
        iface.embedded = embedded
        var seen: Set<String> = []
        for m in methods where !seen.insert(m.name).inserted {
            error(m.pos, "duplicate method \(m.name)")
        }
        pendingInterfaces.append(iface)
        _ = completeInterface(iface)
        return iface
    }

    /// Computes `allMethods` (methods of embedded interfaces included), sorted by name.
    @discardableResult
    func completeInterface(_ i: Interface, depth: Int = 0) -> [Func] {
        if !i.allMethods.isEmpty || (i.methods.isEmpty && i.embedded.isEmpty) { return i.allMethods }
        if depth > 50 { return i.methods }
        var all: [String: Func] = [:]
        for m in i.methods { all[m.name] = m }
        var complete = true
        for e in i.embedded {
            guard let ei = e.underlying as? Interface else {
                if let n = e as? Named, n.resolved == nil { complete = false }
                continue
            }
            for m in completeInterface(ei, depth: depth + 1) where all[m.name] == nil { all[m.name] = m }
            if ei.allMethods.isEmpty && !(ei.methods.isEmpty && ei.embedded.isEmpty) { complete = false }
        }
        let sorted = all.values.sorted { $0.name < $1.name }
        if complete { i.allMethods = sorted }
        return sorted
    }

    /// A function's signature and the scope holding its parameters and results.
    func funcType(_ f: FuncType, recv: Field?, funcScope: Scope?) -> (Signature, Scope) {
        let fs = Scope(parent: scope, isFunctionScope: true)
        var recvVar: Var?
        if let r = recv {
            let rt = typ(r.type)
            let v = Var(name: r.names.first?.name ?? "", pos: r.names.first?.pos ?? startPos(r.type), type: rt, pkgPath: pkgPath)
            v.isParam = true
            if let n = r.names.first { declareParam(fs, n, v) } else { info.implicits[r.id] = v }
            recvVar = v
            pendingChecks.append { [unowned self] in self.checkReceiver(r, rt) }
        }
        var params: [Var] = []
        var variadic = false
        for (i, p) in f.params.enumerated() {
            var te = p.type
            if let el = te as? Ellipsis {
                if i == f.params.count - 1 && p.names.count <= 1 {
                    variadic = true
                } else {
                    error(el, "can only use ... with final parameter in list")
                }
                te = el.elt ?? BadExpr(pos: el.pos)
            }
            var t = varType(te)
            if te !== p.type {
                t = Slice(t)
                info.types[p.type.id] = TypeAndValue(mode: .typexpr, type: t)
            }
            if p.names.isEmpty {
                let v = Var(name: "", pos: startPos(p.type), type: t, pkgPath: pkgPath)
                v.isParam = true
                info.implicits[p.id] = v
                params.append(v)
            } else {
                for n in p.names {
                    let v = Var(name: n.name, pos: n.pos, type: t, pkgPath: pkgPath)
                    v.isParam = true
                    declareParam(fs, n, v)
                    params.append(v)
                }
            }
        }
        var results: [Var] = []
        for r in f.results {
            let t = varType(r.type)
            if r.names.isEmpty {
                let v = Var(name: "", pos: startPos(r.type), type: t, pkgPath: pkgPath)
                info.implicits[r.id] = v
                results.append(v)
            } else {
                for n in r.names {
                    let v = Var(name: n.name, pos: n.pos, type: t, pkgPath: pkgPath)
                    paramVars.insert(ObjectIdentifier(v))
                    declareParam(fs, n, v)
                    results.append(v)
                }
            }
        }
        let sig = Signature(recv: recvVar, params: Tuple(params), results: Tuple(results), isVariadic: variadic)
        info.types[f.id] = TypeAndValue(mode: .typexpr, type: sig)
        return (sig, fs)
    }

    func declareParam(_ s: Scope, _ id: Ident, _ v: Var) {
        recordDef(id, v)
        paramVars.insert(ObjectIdentifier(v))
        if id.name == "_" { return }
        if let alt = s.insert(v) {
            error(v.pos, "\(v.name) redeclared in this block\n\t\(fileSet.format(alt.pos)): other declaration of \(v.name)")
        }
    }

    /// spec: "Method declarations": the receiver base type must be a defined type of this package, not a pointer or interface.
    func checkReceiver(_ r: Field, _ rt: GoType) {
        if rt === Universe.invalid { return }
        var t = rt
        if let p = t as? Pointer { t = p.elem }
        if t === Universe.invalid { return }
        guard let n = t as? Named else {
            if let b = t as? Basic, !b.isUntyped {
                error(r.type, "cannot define new methods on non-local type \(ts(t))")
            } else {
                error(r.type, "invalid receiver type \(ts(rt))")
            }
            return
        }
        if n.obj.pkgPath != pkgPath || n === Universe.error {
            error(r.type, "cannot define new methods on non-local type \(ts(t))")
            return
        }
        let u = n.underlying
        if u is Pointer || u is Interface {
            let what = u is Pointer ? "pointer or interface type" : "pointer or interface type"
            error(r.type, "invalid receiver type \(ts(rt)) (\(what))")
        }
    }

    /// Reports `type T struct{ t T }`-style cycles (types2 validType).
    func validType(_ root: Named) {
        var path: [Named] = []
        var done: Set<ObjectIdentifier> = []
        func visit(_ t: GoType, _ depth: Int) -> Bool {
            if depth > 200 { return true }
            switch t {
            case let n as Named:
                if done.contains(ObjectIdentifier(n)) { return true }
                if let i = path.firstIndex(where: { $0 === n }) {
                    let cyc = Array(path[i...])
                    cycleError(cyc.map { $0.obj })
                    for c in cyc { c.resolved = Universe.invalid }
                    return false
                }
                path.append(n)
                defer { path.removeLast() }
                let ok = visit(n.resolved ?? Universe.invalid, depth + 1)
                if ok { done.insert(ObjectIdentifier(n)) }
                return ok
            case let s as Struct:
                for f in s.fields where !visit(f.type, depth + 1) { return false }
                return true
            case let a as ArrayT:
                return visit(a.elem, depth + 1)
            case let i as Interface:
                // An interface embedding itself, directly or not (types2
                // validType walks embedded interfaces too).
                for e in i.embedded where !visit(e, depth + 1) { return false }
                return true
            default:
                return true
            }
        }
        _ = visit(root, 0)
    }
}

/// Constant types are the boolean, numeric and string types (spec: "Constants").
func isConstType(_ t: GoType) -> Bool {
    guard let b = t.underlying as? Basic else { return false }
    return b.isBoolean || b.isNumeric || b.isString
}
