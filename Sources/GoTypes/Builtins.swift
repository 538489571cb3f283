import BigInt
import GoSyntax

// Built-in functions (spec: "Built-in functions"; types2 builtins.go).

extension Checker {
    struct BuiltinInfo { let nargs: Int; let variadic: Bool; let isStatement: Bool }

    func builtinInfo(_ id: BuiltinID) -> BuiltinInfo {
        switch id {
        case .append: return BuiltinInfo(nargs: 1, variadic: true, isStatement: false)
        case .cap, .len, .real, .imag, .new: return BuiltinInfo(nargs: 1, variadic: false, isStatement: false)
        case .close, .panic: return BuiltinInfo(nargs: 1, variadic: false, isStatement: true)
        case .complex, .copy: return BuiltinInfo(nargs: 2, variadic: false, isStatement: id == .copy)
        case .delete: return BuiltinInfo(nargs: 2, variadic: false, isStatement: true)
        case .make: return BuiltinInfo(nargs: 1, variadic: true, isStatement: false)
        case .print, .println: return BuiltinInfo(nargs: 0, variadic: true, isStatement: true)
        case .recover: return BuiltinInfo(nargs: 0, variadic: false, isStatement: true)
        case .add, .slice: return BuiltinInfo(nargs: 2, variadic: false, isStatement: false)
        default: return BuiltinInfo(nargs: 1, variadic: false, isStatement: false)
        }
    }

    func recordBuiltinType(_ fun: Expr, _ sig: Signature) {
        var f = fun
        while true {
            info.types[f.id] = TypeAndValue(mode: .builtin, type: sig)
            guard let p = f as? ParenExpr else { break }
            f = p.x
        }
    }

    func makeSig(_ result: GoType?, _ params: [GoType], variadic: Bool = false) -> Signature {
        let ps = params.map { Var(name: "", pos: .none, type: $0, pkgPath: nil) }
        let rs = result.map { [Var(name: "", pos: .none, type: $0, pkgPath: nil)] } ?? []
        return Signature(recv: nil, params: Tuple(ps), results: Tuple(rs), isVariadic: variadic)
    }

    /// Checks a call of a built-in; on success x describes the result.
    func builtin(_ x: inout Operand, _ call: CallExpr, _ id: BuiltinID) -> Bool {
        let bin = builtinInfo(id)
        let name = id.rawValue
        if call.hasEllipsis && id != .append {
            error(call, "invalid operation: invalid use of ... with built-in \(name)")
            useExprs(call.args)
            return false
        }
        var args: [Operand] = []
        var nargs = call.args.count
        if id != .make && id != .new {
            args = exprList(call.args, allowCommaOk: false).0
            nargs = args.count
            if nargs > 0 {
                x = args[0]
                if x.mode == .invalid { return false }
            }
        }
        var msg = ""
        if nargs < bin.nargs { msg = "not enough" } else if !bin.variadic && nargs > bin.nargs { msg = "too many" }
        if !msg.isEmpty {
            error(id == .make || id == .new ? call.rparen : call.rparen, "\(msg) arguments for \(exprString(call)) (expected \(bin.nargs), found \(nargs))")
            if id == .make || id == .new { useExprs(call.args) }
            return false
        }
        switch id {
        case .append:
            let S = x.type
            guard let s = S.underlying as? Slice else {
                let cause = x.isNil ? "have untyped nil" : "have \(describe(x))"
                error(x, "first argument to append must be a slice; \(cause)")
                return false
            }
            if nargs == 2 && call.hasEllipsis {
                var y = args[1]
                if y.mode == .invalid { return false }
                if isString(y.type) && assignableTo(x, Slice(Universe.byte)) {
                    if isUntyped(y.type) { convertUntyped(&y, Universe.basic(.string)) }
                    let sig = makeSig(S, [S, y.type], variadic: true)
                    recordBuiltinType(call.fun, sig)
                    x.mode = .value; x.type = S
                    return true
                }
            }
            let sig = makeSig(S, [S, Slice(s.elem)], variadic: true)
            arguments(call, sig, args)
            x.mode = .value
            x.type = S
            recordBuiltinType(call.fun, sig)
        case .cap, .len:
            var mode = OperandMode.invalid
            var val: Constant?
            var u = x.type.underlying
            if let p = u as? Pointer, let a = p.elem.underlying as? ArrayT { u = a }
            switch u {
            case let b as Basic:
                if b.isString && id == .len {
                    if x.mode == .constant, let v = x.val {
                        mode = .constant
                        val = .int(BigInt(v.stringBytes.count))
                    } else { mode = .value }
                }
            case let a as ArrayT:
                mode = .value
                if !containsCallOrRecv(call.args[0]) { mode = .constant; val = .int(BigInt(a.len)) }
            case is Slice, is Chan: mode = .value
            case is MapT: if id == .len { mode = .value }
            default: break
            }
            if mode == .invalid {
                if x.type.underlying !== Universe.invalid { error(x, "invalid argument: \(describe(x)) for \(name)") }
                return false
            }
            if mode != .constant {
                if isUntyped(x.type) { convertUntyped(&x, Universe.basic(.string)) }
                recordBuiltinType(call.fun, makeSig(Universe.basic(.int), [x.type]))
            } else if isUntyped(x.type) {
                // len("abc"): the operand keeps its (default) type.
                updateExprType(x.expr, defaultType(x.type), final: true)
            }
            x.mode = mode
            x.type = Universe.basic(.int)
            x.val = val
        case .close:
            guard let c = x.type.underlying as? Chan else {
                error(x, "invalid operation: cannot close non-channel \(describe(x))")
                return false
            }
            if c.dir == .recv {
                error(x, "invalid operation: cannot close receive-only channel \(describe(x))")
                return false
            }
            x.mode = .novalue
            recordBuiltinType(call.fun, makeSig(nil, [x.type]))
        case .complex:
            var y = args[1]
            if y.mode == .invalid { return false }
            func toFloat(_ o: inout Operand) {
                if isNumeric(o.type), o.mode == .constant, isUntyped(o.type), let v = o.val, v.asFloat != nil, let c = v.asComplex, case .complex(_, let im) = c, im.signum == 0 {
                    o.type = Universe.basic(.untypedFloat)
                }
            }
            toFloat(&x); toFloat(&y)
            if isUntyped(x.type) && !isUntyped(y.type) { convertUntyped(&x, y.type) }
            else if !isUntyped(x.type) && isUntyped(y.type) { convertUntyped(&y, x.type) }
            if x.mode == .invalid || y.mode == .invalid { return false }
            if !identical(x.type, y.type) {
                error(x, "invalid operation: \(exprString(call)) (mismatched types \(ts(x.type)) and \(ts(y.type)))")
                return false
            }
            let res: BasicKind
            switch (x.type.underlying as? Basic)?.kind {
            case .float32: res = .complex64
            case .float64: res = .complex128
            case .untypedFloat: res = .untypedComplex
            default:
                error(x, "invalid argument: arguments have type \(ts(x.type)), expected floating-point")
                return false
            }
            if x.mode == .constant && y.mode == .constant, let a = x.val?.asFloat, let b = y.val?.asFloat, case .float(let re) = a, case .float(let im) = b {
                x.val = .complex(re, im)
            } else {
                x.mode = .value
                x.val = nil
            }
            if x.mode != .constant { recordBuiltinType(call.fun, makeSig(Universe.basic(res), [x.type, x.type])) }
            x.type = Universe.basic(res)
        case .copy:
            var y = args[1]
            if y.mode == .invalid { return false }
            let dst = (x.type.underlying as? Slice)?.elem
            var src: GoType? = (y.type.underlying as? Slice)?.elem
            if isString(y.type) { src = Universe.byte; if isUntyped(y.type) { convertUntyped(&y, Universe.basic(.string)) } }
            guard let d = dst, let s = src else {
                error(x, "invalid argument: copy expects slice arguments; found \(describe(x)) and \(describe(y))")
                return false
            }
            if !identical(d, s) {
                error(x, "invalid argument: arguments to copy \(describe(x)) and \(describe(y)) have different element types \(ts(d)) and \(ts(s))")
                return false
            }
            recordBuiltinType(call.fun, makeSig(Universe.basic(.int), [x.type, y.type]))
            x.mode = .value
            x.type = Universe.basic(.int)
        case .delete:
            guard let m = x.type.underlying as? MapT else {
                error(x, "invalid argument: \(describe(x)) is not a map")
                return false
            }
            var k = args[1]
            if k.mode == .invalid { return false }
            assignment(&k, m.key, "argument to delete")
            if k.mode == .invalid { return false }
            x.mode = .novalue
            recordBuiltinType(call.fun, makeSig(nil, [x.type, m.key]))
        case .imag, .real:
            if x.mode == .constant, isUntyped(x.type), isNumeric(x.type), x.type !== Universe.basic(.untypedComplex) {
                x.type = Universe.basic(.untypedComplex)
                if let v = x.val?.asComplex { x.val = v }
            }
            let res: BasicKind
            switch (x.type.underlying as? Basic)?.kind {
            case .complex64: res = .float32
            case .complex128: res = .float64
            case .untypedComplex: res = .untypedFloat
            default:
                error(x, "invalid argument: argument has type \(ts(x.type)), expected complex type")
                return false
            }
            if x.mode == .constant, let v = x.val?.asComplex, case .complex(let re, let im) = v {
                x.val = .float(id == .real ? re : im)
            } else {
                x.mode = .value
            }
            if x.mode != .constant { recordBuiltinType(call.fun, makeSig(Universe.basic(res), [x.type])) }
            x.type = Universe.basic(res)
        case .make:
            let T = typ(call.args[0])
            if T === Universe.invalid { useExprs(Array(call.args.dropFirst())); return false }
            var min = 1
            switch T.underlying {
            case is Slice: min = 2
            case is MapT, is Chan: min = 1
            default:
                error(call.args[0], "invalid argument: cannot make \(exprString(call.args[0])); type must be slice, map, or channel")
                useExprs(Array(call.args.dropFirst()))
                return false
            }
            if nargs < min || min + 1 < nargs {
                error(call, "invalid operation: \(exprString(call)) expects \(min) or \(min + 1) arguments; found \(nargs)")
                useExprs(Array(call.args.dropFirst()))
                return false
            }
            var sizes: [BigInt] = []
            var types: [GoType] = [T]
            for a in call.args.dropFirst() {
                var s = Operand()
                expr(&s, a)
                if isValidIndex(&s, "index", allowNegative: false) {
                    if s.mode == .constant, let v = s.val?.exactInteger { sizes.append(v) }
                    types.append(s.type)
                }
            }
            if sizes.count == 2 && sizes[0] > sizes[1] {
                error(call.args[1], "invalid argument: length and capacity swapped")
            }
            x.mode = .value
            x.type = T
            recordBuiltinType(call.fun, makeSig(T, types))
        case .new:
            let T = typ(call.args[0])
            if T === Universe.invalid { return false }
            x.mode = .value
            x.type = Pointer(T)
            recordBuiltinType(call.fun, makeSig(x.type, [T]))
        case .panic:
            // A call to panic terminates the enclosing function (spec: "Terminating statements").
            let empty = Universe.any
            assignment(&x, empty, "argument to panic")
            if x.mode == .invalid { return false }
            x.mode = .novalue
            recordBuiltinType(call.fun, makeSig(nil, [empty]))
        case .print, .println:
            var params: [GoType] = []
            for i in 0..<nargs {
                var a = args[i]
                if a.mode == .invalid { return false }
                assignment(&a, nil, "argument to \(name)")
                if a.mode == .invalid { return false }
                params.append(a.type)
            }
            x.mode = .novalue
            recordBuiltinType(call.fun, makeSig(nil, params))
        case .recover:
            x.mode = .value
            x.type = Universe.any
            recordBuiltinType(call.fun, makeSig(x.type, []))
        case .sizeof, .alignof:
            assignment(&x, nil, "argument to unsafe.\(name)")
            if x.mode == .invalid { return false }
            let v = id == .sizeof ? Sizes.sizeof(x.type) : Sizes.alignof(x.type)
            recordBuiltinType(call.fun, makeSig(Universe.basic(.uintptr), [x.type]))
            x.mode = .constant
            x.val = .int(BigInt(v))
            x.type = Universe.basic(.uintptr)
        case .offsetof:
            guard let offset = offsetof(call.args[0], x) else { return false }
            recordBuiltinType(call.fun, makeSig(Universe.basic(.uintptr), [x.type]))
            x.mode = .constant
            x.val = .int(BigInt(offset))
            x.type = Universe.basic(.uintptr)
        case .add:
            // Add(ptr Pointer, len IntegerType) Pointer (Go 1.17).
            let pointer = Universe.basic(.unsafePointer)
            assignment(&x, pointer, "argument to unsafe.Add")
            if x.mode == .invalid { return false }
            var y = args[1]
            if !integerArgument(&y, "unsafe.Add") { return false }
            x.mode = .value
            x.type = pointer
            recordBuiltinType(call.fun, makeSig(pointer, [pointer, y.type]))
        case .slice:
            // Slice(ptr *T, len IntegerType) []T (Go 1.17).
            guard let p = x.type.underlying as? Pointer else {
                error(x, "invalid argument: \(describe(x)) is not a pointer")
                return false
            }
            var y = args[1]
            if !integerArgument(&y, "unsafe.Slice") { return false }
            let ptrType = x.type
            x.mode = .value
            x.type = Slice(p.elem)
            recordBuiltinType(call.fun, makeSig(x.type, [ptrType, y.type]))
        default:
            error(call, "golly does not support \(name) yet")
            return false
        }
        return true
    }

    /// An integer length operand of unsafe.Add or unsafe.Slice: an untyped
    /// constant becomes an int (types2 builtins.go).
    func integerArgument(_ y: inout Operand, _ name: String) -> Bool {
        if y.mode == .invalid { return false }
        if isUntyped(y.type) { convertUntyped(&y, Universe.basic(.int)) }
        guard y.mode != .invalid, let b = y.type.underlying as? Basic, b.isInteger else {
            if y.mode != .invalid { error(y, "cannot use \(describe(y)) as integer value in argument to \(name)") }
            return false
        }
        return true
    }

    /// unsafe.Offsetof(x.f): the offset of the field f within x's struct,
    /// through embedded fields that are not pointers (spec: "Package unsafe").
    func offsetof(_ arg: Expr, _ x: Operand) -> Int64? {
        guard let sel = unparen(arg) as? SelectorExpr else {
            error(arg, "invalid argument: \(exprString(arg)) is not a selector expression")
            return nil
        }
        guard let selection = info.selections[sel.id], selection.kind == .fieldVal else {
            error(arg, "invalid argument: \(exprString(arg)) is a method value")
            return nil
        }
        guard var t = info.type(of: sel.x) else { return nil }
        var offset: Int64 = 0
        for (k, i) in selection.index.enumerated() {
            if k > 0, t.underlying is Pointer {
                error(arg, "invalid argument: field \(sel.sel.name) is embedded via a pointer in \(exprString(sel.x))")
                return nil
            }
            if k == 0, let p = t.underlying as? Pointer { t = p.elem }
            guard let s = t.underlying as? Struct else { return nil }
            offset += Sizes.offsetsof(s.fields)[i]
            t = s.fields[i].type
        }
        return offset
    }

    /// Whether e contains a (non-constant) function call or channel receive (spec: "Length and capacity").
    func containsCallOrRecv(_ e: Expr) -> Bool {
        switch e {
        case let c as CallExpr:
            if let tv = info.types[c.fun.id], tv.mode == .typexpr { return c.args.contains(where: containsCallOrRecv) }
            if let tv = info.types[c.fun.id], tv.mode == .builtin, let v = info.types[c.id], v.mode == .constant { return false }
            if let id = unparen(c.fun) as? Ident, info.uses[id.id] is Builtin {
                // A constant builtin call (len of an array, ...) is not a call.
                if let v = info.types[c.id], v.mode == .constant { return false }
                if untyped[c.id]?.mode == .constant { return false }
                return true
            }
            return true
        case let u as UnaryExpr: return u.op == .arrow || containsCallOrRecv(u.x)
        case let b as BinaryExpr: return containsCallOrRecv(b.x) || containsCallOrRecv(b.y)
        case let p as ParenExpr: return containsCallOrRecv(p.x)
        case let s as SelectorExpr: return containsCallOrRecv(s.x)
        case let i as IndexExpr: return containsCallOrRecv(i.x) || containsCallOrRecv(i.index)
        case let s as SliceExpr: return containsCallOrRecv(s.x) || [s.low, s.high, s.max].contains { $0.map(containsCallOrRecv) ?? false }
        case let s as StarExpr: return containsCallOrRecv(s.x)
        case let t as TypeAssertExpr: return containsCallOrRecv(t.x)
        case let c as CompositeLit: return c.elements.contains(where: containsCallOrRecv)
        case let kv as KeyValueExpr: return containsCallOrRecv(kv.key) || containsCallOrRecv(kv.value)
        default: return false
        }
    }
}
