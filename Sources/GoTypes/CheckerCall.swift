import BigInt
import GoSyntax

// Calls, conversions, selectors, index and slice expressions, composite
// literals, type assertions (types2 call.go, index.go, conversions.go, expr.go).

extension Checker {
    func callExpr(_ x: inout Operand, _ call: CallExpr) {
        exprOrType(&x, call.fun)
        switch x.mode {
        case .invalid:
            useExprs(call.args)
            x.expr = call
            return
        case .typexpr:
            let T = x.type
            x.mode = .invalid
            switch call.args.count {
            case 0:
                error(call, "missing argument in conversion to \(ts(T))")
            case 1:
                expr(&x, call.args[0])
                if x.mode != .invalid {
                    if call.hasEllipsis {
                        error(call.args[0], "invalid use of ... in type conversion to \(ts(T))")
                        x.mode = .invalid
                    } else {
                        conversion(&x, T)
                    }
                }
            default:
                useExprs(call.args)
                error(call.args[call.args.count - 1], "too many arguments in conversion to \(ts(T))")
            }
            x.expr = call
            return
        case .builtin:
            let id = x.builtin ?? .len
            if !builtin(&x, call, id) { x.mode = .invalid }
            x.expr = call
            return
        default: break
        }
        guard let sig = x.type.underlying as? Signature else {
            error(x, "invalid operation: cannot call non-function \(describe(x))")
            x.mode = .invalid
            x.expr = call
            useExprs(call.args)
            return
        }
        let args = exprList(call.args, allowCommaOk: false).0
        arguments(call, sig, args)
        switch sig.results.count {
        case 0:
            x.mode = .novalue
        case 1:
            x.mode = .value
            x.type = sig.results.vars[0].type
        default:
            x.mode = .value
            x.type = sig.results
        }
        x.expr = call
    }

    /// Evaluates a list of expressions; a single multi-valued call expands to its results.
    func exprList(_ elist: [Expr], allowCommaOk: Bool) -> ([Operand], Bool) {
        if elist.count == 1 {
            var x = Operand()
            multiExpr(&x, elist[0])
            if let t = x.type as? Tuple, x.mode == .value {
                return (t.vars.map { Operand(mode: .value, expr: elist[0], type: $0.type) }, false)
            }
            if x.mode == .mapindex || x.mode == .commaok, allowCommaOk {
                // The caller records the tuple type.
                return ([x, Operand(mode: .value, expr: elist[0], type: Universe.basic(.untypedBool))], true)
            }
            return ([x], false)
        }
        var out: [Operand] = []
        for e in elist {
            var x = Operand()
            expr(&x, e)
            out.append(x)
        }
        return (out, false)
    }

    func useExprs(_ es: [Expr]) {
        for e in es {
            var x = Operand()
            let u = unparen(e)
            if let kv = u as? KeyValueExpr { rawExpr(&x, kv.value, hint: nil); continue }
            rawExpr(&x, e, hint: nil)
        }
    }

    /// Checks call arguments against a signature (types2 arguments).
    func arguments(_ call: CallExpr, _ sig: Signature, _ args: [Operand]) {
        for a in args {
            if a.mode == .typexpr { error(a, "\(describe(a)) used as value"); return }
            if a.mode == .invalid { return }
        }
        let nargs = args.count
        var npars = sig.params.count
        var params = sig.params.vars.map { $0.type! }
        if sig.isVariadic {
            if call.hasEllipsis {
                if call.args.count == 1 && nargs > 1 {
                    error(call, "cannot use ... with \(nargs)-valued \(exprString(call.args[0]))")
                    return
                }
            } else if nargs >= npars - 1 {
                let elem = (params.last as? Slice)?.elem ?? Universe.invalid
                params = Array(params.dropLast())
                while params.count < nargs { params.append(elem) }
                npars = nargs
            } else {
                npars -= 1
            }
        } else if call.hasEllipsis {
            error(call, "cannot use ... in call to non-variadic \(exprString(call.fun))")
            return
        }
        if nargs != npars {
            var at: Pos = call.rparen
            var qualifier = "not enough"
            if nargs > npars {
                at = args[npars].expr.map(startPos) ?? call.pos
                qualifier = "too many"
            } else if nargs > 0 {
                at = args[nargs - 1].expr.map(startPos) ?? call.pos
            }
            error(at, "\(qualifier) arguments in call to \(exprString(call.fun))\n\thave \(typesSummary(args.map { $0.type }, variadic: false))\n\twant \(typesSummary(sig.params.vars.map { $0.type }, variadic: sig.isVariadic))")
            return
        }
        for (i, var a) in args.enumerated() {
            assignment(&a, params[i], "argument to \(exprString(call.fun))")
        }
    }

    func typesSummary(_ list: [GoType], variadic: Bool) -> String {
        var res: [String] = []
        for (i, t) in list.enumerated() {
            var s: String
            if t === Universe.invalid { s = "<T>" }
            else if let b = t as? Basic, b.isUntyped {
                s = b.isNumeric ? "number" : b.name.replacingOccurrences(of: "untyped ", with: "")
            } else if variadic && i == list.count - 1, let sl = t as? Slice {
                s = "..." + ts(sl.elem)
            } else { s = ts(t) }
            res.append(s)
        }
        return "(" + res.joined(separator: ", ") + ")"
    }

    // MARK: Conversions (spec: "Conversions")

    func conversion(_ x: inout Operand, _ T: GoType) {
        let constArg = x.mode == .constant
        var ok = false
        var cause = ""
        if constArg && isConstType(T), let v = x.val {
            let tb = T.underlying as! Basic
            if let r = representableValue(v, tb) {
                ok = true; x.val = r
            } else if isInteger(x.type) && tb.isString {
                var cp: UInt32 = 0xFFFD
                if let i = v.exactInteger, i >= 0, i <= 0x10FFFF, let u = Unicode.Scalar(UInt32(i)) { cp = u.value }
                x.val = .string(Array(String(Unicode.Scalar(cp)!).utf8))
                ok = true
            }
        } else if convertibleTo(x, T, cause: &cause) {
            ok = true
            x.mode = .value
        }
        if !ok {
            if !cause.isEmpty {
                error(x, "cannot convert \(describe(x)) to type \(ts(T)):\n\t\(cause)")
            } else {
                error(x, "cannot convert \(describe(x)) to type \(ts(T))")
            }
            x.mode = .invalid
            return
        }
        if isUntyped(x.type) {
            var final = T
            if x.isNil {
            } else if T.underlying is Interface || (constArg && !isConstType(T)) {
                final = defaultType(x.type)
            } else if x.mode == .constant && isInteger(x.type) && isString(T) {
                final = x.type
            }
            updateExprType(x.expr, final, final: true)
        }
        if x.mode == .constant && !isConstType(T) { x.mode = .value; x.val = nil }
        x.type = T
    }

    func convertibleTo(_ x: Operand, _ T: GoType, cause: inout String) -> Bool {
        if assignableTo(x, T, reason: &cause) { return true }
        let V = x.type, Vu = V.underlying, Tu = T.underlying
        if identicalIgnoreTags(Vu, Tu) { return true }
        if let vp = V as? Pointer, let tp = T as? Pointer, identicalIgnoreTags(vp.elem.underlying, tp.elem.underlying) { return true }
        func intOrFloat(_ t: GoType) -> Bool { isInteger(t) || isFloat(t) }
        if intOrFloat(Vu) && intOrFloat(Tu) { return true }
        if isComplex(Vu) && isComplex(Tu) { return true }
        if (isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu) { return true }
        if isString(Vu) && isBytesOrRunes(Tu) { return true }
        let vb = Vu as? Basic, tb = Tu as? Basic
        if (Vu is Pointer || vb?.kind == .uintptr) && tb?.kind == .unsafePointer { return true }
        if vb?.kind == .unsafePointer && (Tu is Pointer || tb?.kind == .uintptr) { return true }
        if let s = Vu as? Slice, let p = Tu as? Pointer, let a = p.elem.underlying as? ArrayT, identical(s.elem, a.elem) { return true }
        return false
    }

    func isBytesOrRunes(_ t: GoType) -> Bool {
        guard let s = t.underlying as? Slice, let b = s.elem.underlying as? Basic else { return false }
        return b.kind == .uint8 || b.kind == .int32
    }

    // MARK: Selectors

    func selector(_ x: inout Operand, _ e: SelectorExpr, wantType: Bool) {
        let sel = e.sel.name
        // Qualified identifier pkg.Name.
        if let id = e.x as? Ident, let pn = lookup(id.name) as? PkgName {
            recordUse(id, pn)
            pn.isUsed = true
            // The imported package itself: its path may differ from the
            // path written (GOROOT's vendored packages).
            guard let ps = pn.imported?.scope ?? packageScope(pn.importedPath) else {
                x = Operand(mode: .invalid, expr: e)
                return
            }
            guard let obj = ps.lookup(sel), pn.importedPath == "unsafe" || obj.isExported else {
                error(e.sel, "undefined: \(exprString(e))")
                x = Operand(mode: .invalid, expr: e)
                return
            }
            recordUse(e.sel, obj)
            x.expr = e
            if obj.isGeneric {
                // Another package's generic type or function (atomic.Pointer[T]).
                error(e, "golly does not support generics yet")
                x.mode = .invalid
                return
            }
            switch obj {
            case let c as Const: x.mode = .constant; x.type = c.type; x.val = c.value
            case is TypeName: x.mode = .typexpr; x.type = obj.type
            case is Var: x.mode = .variable; x.type = obj.type
            case is Func: x.mode = .value; x.type = obj.type
            case let b as Builtin: x.mode = .builtin; x.builtin = b.id; x.type = Universe.invalid
            default: x.mode = .invalid
            }
            info.selections[e.id] = nil
            return
        }
        exprOrType(&x, e.x)
        switch x.mode {
        case .builtin:
            error(e.pos, "cannot select on \(describe(x))")
            x.mode = .invalid; x.expr = e
            return
        case .invalid:
            x.expr = e
            return
        default: break
        }
        if x.type.underlying === Universe.invalid { x.mode = .invalid; x.expr = e; return }
        let (obj, index, indirect) = lookupFieldOrMethod(x.type, addressable: x.mode == .variable, sel)
        guard let obj, let index else {
            if index != nil {
                error(e.sel, "ambiguous selector \(exprString(e.x)).\(sel)")
            } else if indirect {
                error(e.sel, "cannot call pointer method \(sel) on \(ts(x.type))")
            } else {
                var why: String
                if let p = x.type.underlying as? Pointer, p.elem.underlying is Interface {
                    why = "type \(ts(x.type)) is pointer to interface, not interface"
                } else {
                    why = "type \(ts(x.type)) has no field or method \(sel)"
                    if let f = sel.first {
                        let alt = (f.isUppercase ? f.lowercased() : f.uppercased()) + sel.dropFirst()
                        if lookupFieldOrMethod(x.type, addressable: x.mode == .variable, alt).obj != nil {
                            why += ", but does have \(alt)"
                        }
                    }
                }
                error(e.sel, "\(exprString(e.x)).\(sel) undefined (\(why))")
            }
            x.mode = .invalid; x.expr = e
            return
        }
        // Another package's unexported fields and methods are not
        // selectable (spec: "Exported identifiers"). Lookup matches by name
        // alone, so two packages' unexported names that collide in one
        // embedding are not yet told apart.
        if !obj.isExported, let p = obj.pkgPath, p != pkgPath {
            error(e.sel, "\(exprString(e.x)).\(sel) undefined (cannot refer to unexported field or method \(sel))")
            x.mode = .invalid; x.expr = e
            return
        }
        recordUse(e.sel, obj)
        if let m = obj as? Func, m.type == nil { objDecl(m) }
        if x.mode == .typexpr {
            // Method expression T.m: the receiver becomes the first parameter.
            guard let m = obj as? Func, let sig = m.type as? Signature else {
                error(e.sel, "\(exprString(e.x)).\(sel) undefined (type \(ts(x.type)) has no method \(sel))")
                x.mode = .invalid; x.expr = e
                return
            }
            let recvParam = Var(name: "_", pos: m.pos, type: x.type, pkgPath: pkgPath)
            let ft = Signature(recv: nil, params: Tuple([recvParam] + sig.params.vars), results: sig.results, isVariadic: sig.isVariadic)
            addDeclDep(m)
            info.selections[e.id] = Selection(kind: .methodExpr, recv: x.type, obj: m, index: index, indirect: indirect)
            x.mode = .value
            x.type = ft
            x.expr = e
            return
        }
        if let f = obj as? Var {
            info.selections[e.id] = Selection(kind: .fieldVal, recv: x.type, obj: f, index: index, indirect: indirect)
            if x.mode == .variable || indirect { x.mode = .variable } else { x.mode = .value }
            x.type = f.type
        } else if let m = obj as? Func {
            addDeclDep(m)
            info.selections[e.id] = Selection(kind: .methodVal, recv: x.type, obj: m, index: index, indirect: indirect)
            x.mode = .value
            x.type = stripRecv(m.type)
            // A method value on an addressable value with a pointer receiver takes its address.
            if let sig = m.type as? Signature, sig.recv?.type is Pointer, !indirect, !(x.type is Pointer) {
                markAddressTaken(e.x)
            }
        }
        x.expr = e
    }

    // MARK: Index and slice expressions

    func indexExpr(_ x: inout Operand, _ e: IndexExpr) {
        exprOrType(&x, e.x)
        if x.mode == .invalid { useExprs([e.index]); return }
        if x.mode == .typexpr {
            error(e.x, "\(ts(x.type)) is not a generic type")
            x.mode = .invalid
            return
        }
        var valid = false
        var length: Int64 = -1
        switch x.type.underlying {
        case let b as Basic where b.isString:
            valid = true
            if x.mode == .constant, let v = x.val { length = Int64(v.stringBytes.count) }
            x.mode = .value
            x.type = Universe.byte
            x.val = nil
        case let a as ArrayT:
            valid = true
            length = a.len
            if x.mode != .variable { x.mode = .value }
            x.type = a.elem
        case let p as Pointer:
            if let a = p.elem.underlying as? ArrayT {
                valid = true; length = a.len
                x.mode = .variable; x.type = a.elem
            }
        case let s as Slice:
            valid = true
            x.mode = .variable; x.type = s.elem
        case let m as MapT:
            var k = Operand()
            exprWithHint(&k, e.index, m.key)
            assignment(&k, m.key, "map index")
            x.mode = .mapindex
            x.type = m.elem
            x.expr = e
            return
        default: break
        }
        if !valid {
            error(e.pos, "invalid operation: cannot index \(describe(x))")
            useExprs([e.index])
            x.mode = .invalid
            return
        }
        _ = index(e.index, max: length)
    }

    /// Checks an index value; returns its constant value, -1 if not constant, nil if invalid (types2 index).
    @discardableResult
    func index(_ e: Expr, max: Int64) -> Int64? {
        var x = Operand()
        expr(&x, e)
        if !isValidIndex(&x, "index", allowNegative: false) { return nil }
        guard x.mode == .constant, let v = x.val?.exactInteger else { return -1 }
        if max >= 0 && v >= BigInt(max) {
            error(x, "invalid argument: index \(v) out of bounds [0:\(max)]")
            return nil
        }
        return Int64(v)
    }

    func isValidIndex(_ x: inout Operand, _ what: String, allowNegative: Bool) -> Bool {
        if x.mode == .invalid { return false }
        convertUntyped(&x, Universe.basic(.int))
        if x.mode == .invalid { return false }
        if !isInteger(x.type) {
            error(x, "invalid argument: \(what) \(describe(x)) must be integer")
            return false
        }
        if x.mode == .constant, let v = x.val?.exactInteger {
            if !allowNegative && v < 0 {
                error(x, "invalid argument: \(what) \(describe(x)) must not be negative")
                return false
            }
            if v > BigInt(Int64.max) {
                error(x, "invalid argument: \(what) \(describe(x)) overflows int")
                return false
            }
        }
        return true
    }

    func sliceExpr(_ x: inout Operand, _ e: SliceExpr) {
        expr(&x, e.x)
        if x.mode == .invalid { useExprs([e.low, e.high, e.max].compactMap { $0 }); return }
        var valid = false
        var length: Int64 = -1
        switch x.type.underlying {
        case let b as Basic where b.isString:
            if e.slice3 {
                error(e.max ?? e, "invalid operation: 3-index slice of string")
                x.mode = .invalid
                return
            }
            valid = true
            if x.mode == .constant, let v = x.val { length = Int64(v.stringBytes.count) }
            if isUntyped(x.type) { x.type = Universe.basic(.string) }
            x.val = nil
        case let a as ArrayT:
            valid = true
            length = a.len
            if x.mode != .variable {
                error(x, "invalid operation: \(describe(x)) (slice of unaddressable value)")
                x.mode = .invalid
                return
            }
            // Slicing an array takes its address: the slice may outlive the frame.
            markAddressTaken(e.x)
            x.type = Slice(a.elem)
        case let p as Pointer:
            if let a = p.elem.underlying as? ArrayT {
                valid = true; length = a.len
                x.type = Slice(a.elem)
            }
        case is Slice:
            valid = true
        default: break
        }
        if !valid {
            error(x, "cannot slice \(describe(x))")
            x.mode = .invalid
            return
        }
        x.mode = .value
        if e.slice3 && (e.high == nil || e.max == nil) {
            error(e, "invalid syntax tree: 2nd and 3rd index required in 3-index slice")
            x.mode = .invalid
            return
        }
        var ind: [Int64] = []
        for idx in [e.low, e.high, e.max] {
            var v: Int64 = -1
            if let idx {
                let maxv = length >= 0 ? length + 1 : -1
                v = index(idx, max: maxv) ?? -1
            }
            ind.append(v)
        }
        // Constant indices must be non-decreasing.
        var prev: (Int64, Int)? = nil
        for (i, v) in ind.enumerated() where v >= 0 {
            if let (p, _) = prev, v < p {
                let ex = [e.low, e.high, e.max][i]
                error(ex ?? e, "invalid slice indices: \(v) < \(p)")
                break
            }
            prev = (v, i)
        }
    }

    // MARK: Type assertions

    func typeAssertion(_ e: Expr, _ x: Operand, _ T: GoType, typeSwitch: Bool) {
        guard let xi = x.type.underlying as? Interface else { return }
        if T.underlying is Interface { return }
        let (m, alt) = missingMethod(T, xi)
        guard let m else { return }
        let cause = missingMethodReason(T, x.type, m, alt)
        if typeSwitch {
            error(e, "impossible type switch case: \(exprString(e))\n\t\(describe(x)) cannot have dynamic type \(ts(T)) \(cause)")
            return
        }
        error(e, "impossible type assertion: \(exprString(e))\n\t\(ts(T)) does not implement \(ts(x.type)) \(cause)")
    }

    // MARK: Composite literals

    func compositeLit(_ x: inout Operand, _ e: CompositeLit, hint: GoType?) {
        var typ: GoType, base: GoType
        if let te = e.type {
            if let at = te as? ArrayType, at.len is Ellipsis {
                let elem = varType(at.elt)
                let n = indexedElts(e.elements, elem, length: -1)
                typ = ArrayT(len: n, elem: elem)
                info.types[te.id] = TypeAndValue(mode: .typexpr, type: typ)
                x.mode = .value; x.type = typ
                return
            }
            typ = typ_(te)
            base = typ
        } else if let hint {
            typ = hint
            base = hint
            if let p = hint.underlying as? Pointer { base = p.elem }
        } else {
            error(e, "missing type in composite literal")
            useExprs(e.elements)
            return
        }
        switch base.underlying {
        case let s as Struct:
            if e.elements.isEmpty { break }
            if e.elements[0] is KeyValueExpr {
                var visited = Set<Int>()
                for el in e.elements {
                    guard let kv = el as? KeyValueExpr else {
                        error(el, "mixture of field:value and value elements in struct literal")
                        continue
                    }
                    // Values are checked first, without a type hint (types2 does the same).
                    var v = Operand()
                    expr(&v, kv.value)
                    guard let key = kv.key as? Ident else {
                        error(kv, "invalid field name \(exprString(kv.key)) in struct literal")
                        continue
                    }
                    guard key.name != "_", let i = s.fields.firstIndex(where: { $0.name == key.name }) else {
                        error(kv.key, "unknown field '\(key.name)' in struct literal of type \(ts(base))")
                        continue
                    }
                    let fld = s.fields[i]
                    recordUse(key, fld)
                    assignment(&v, fld.type, "struct literal")
                    if !visited.insert(i).inserted {
                        error(kv, "duplicate field name \(key.name) in struct literal")
                        continue
                    }
                }
            } else {
                for (i, el) in e.elements.enumerated() {
                    if let kv = el as? KeyValueExpr {
                        error(kv, "mixture of field:value and value elements in struct literal")
                        continue
                    }
                    var v = Operand()
                    expr(&v, el)
                    if i >= s.fields.count {
                        error(v, "too many values in \(ts(base)){…}")
                        break
                    }
                    assignment(&v, s.fields[i].type, "struct literal")
                }
                if e.elements.count < s.fields.count {
                    error(e.rbrace, "too few values in \(ts(base)){…}")
                }
            }
        case let a as ArrayT:
            _ = indexedElts(e.elements, a.elem, length: a.len)
        case let sl as Slice:
            _ = indexedElts(e.elements, sl.elem, length: -1)
        case let m as MapT:
            var seen: [(Constant, GoType)] = []
            for el in e.elements {
                guard let kv = el as? KeyValueExpr else {
                    error(el, "missing key in map literal")
                    continue
                }
                var k = Operand()
                exprWithHint(&k, kv.key, m.key)
                assignment(&k, m.key, "map literal")
                if k.mode == .constant, let v = k.val {
                    // With an interface key type, equal values of different types are distinct keys.
                    let keyIsInterface = m.key.underlying is Interface
                    if seen.contains(where: { $0.0.compare(.eql, v) == true && (!keyIsInterface || identical($0.1, k.type)) }) {
                        error(k, "duplicate key \(constString(v)) in map literal")
                        continue
                    }
                    seen.append((v, k.type))
                }
                var v = Operand()
                exprWithHint(&v, kv.value, m.elem)
                assignment(&v, m.elem, "map literal")
            }
        default:
            useExprs(e.elements)
            if base.underlying !== Universe.invalid {
                error(e, "invalid composite literal type \(ts(typ))")
                x.mode = .invalid
                return
            }
        }
        x.mode = .value
        x.type = typ
    }

    private func typ_(_ e: Expr) -> GoType { typ(e) }

    /// Checks array/slice literal elements; returns the length (types2 indexedElts).
    func indexedElts(_ elts: [Expr], _ elem: GoType, length: Int64) -> Int64 {
        var visited = Set<Int64>()
        var index: Int64 = 0
        var maxIndex: Int64 = 0
        for el in elts {
            var validIndex = false
            var eval = el
            if let kv = el as? KeyValueExpr {
                if let i = self.index(kv.key, max: length) {
                    if i >= 0 { index = i; validIndex = true } else {
                        error(el, "index \(exprString(kv.key)) must be integer constant")
                    }
                }
                eval = kv.value
            } else if length >= 0 && index >= length {
                error(el, "index \(index) is out of bounds (>= \(length))")
            } else {
                validIndex = true
            }
            if validIndex {
                if !visited.insert(index).inserted {
                    error(el, "duplicate index \(index) in array or slice literal")
                }
            }
            index += 1
            if index > maxIndex { maxIndex = index }
            var x = Operand()
            exprWithHint(&x, eval, elem)
            assignment(&x, elem, "array or slice literal")
        }
        return maxIndex
    }
}

/// Identity ignoring struct tags at any depth (spec: "Conversions").
func identicalIgnoreTags(_ a: GoType, _ b: GoType, depth: Int = 0) -> Bool {
    if a === b { return true }
    if depth > 100 { return false }
    let d = depth + 1
    switch (a, b) {
    case let (x as Struct, y as Struct):
        guard x.fields.count == y.fields.count else { return false }
        return zip(x.fields, y.fields).allSatisfy { $0.name == $1.name && $0.isEmbedded == $1.isEmbedded && identicalIgnoreTags($0.type, $1.type, depth: d) }
    case let (x as Pointer, y as Pointer): return identicalIgnoreTags(x.elem, y.elem, depth: d)
    case let (x as Slice, y as Slice): return identicalIgnoreTags(x.elem, y.elem, depth: d)
    case let (x as ArrayT, y as ArrayT): return x.len == y.len && identicalIgnoreTags(x.elem, y.elem, depth: d)
    case let (x as MapT, y as MapT): return identicalIgnoreTags(x.key, y.key, depth: d) && identicalIgnoreTags(x.elem, y.elem, depth: d)
    case let (x as Chan, y as Chan): return x.dir == y.dir && identicalIgnoreTags(x.elem, y.elem, depth: d)
    default: return identical(a, b)
    }
}
