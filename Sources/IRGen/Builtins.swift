import CLLVM
import GoSyntax
import GoTypes

// Built-in functions (spec: "Built-in functions").

extension FunctionGenerator {
    func callBuiltin(_ id: BuiltinID, _ c: CallExpr) throws -> LLValue? {
        switch id {
        case .print, .println:
            try printArgs(c.args, newline: id == .println)
            return nil
        case .len, .cap:
            guard let a = c.args.first, let ty = info.type(of: a) else { throw InternalError(pos: c.pos, message: "len without operand") }
            switch ty.underlying {
            case let bt as Basic where bt.isString: return b.extract(try expr(a), 1)
            case is Slice: return b.extract(try expr(a), id == .len ? 1 : 2)
            case is MapT where id == .len: return mapLen(try expr(a))
            case is Chan: return chanLenOrCap(id, try expr(a))
            case let p as Pointer where p.elem.underlying is ArrayT:
                // len(p) of a pointer to an array is the array's length, even for nil p.
                _ = try expr(a)
                return t.i64(Int((p.elem.underlying as! ArrayT).len))
            case let arr as ArrayT:
                _ = try expr(a)
                return t.i64(Int(arr.len))
            default: throw Unsupported(c.pos, "\(id.rawValue) of \(ty)")
            }
        case .make:
            guard let ty = c.args.first.flatMap({ info.types[$0.id]?.type }) else { throw InternalError(pos: c.pos, message: "make without type") }
            if ty.underlying is MapT { return try makeMap(c, type: ty) }
            if ty.underlying is Chan { return try makeChan(c, type: ty) }
            guard ty.underlying is Slice else { throw Unsupported(c.pos, "make of \(ty)") }
            return try makeSlice(c, type: ty)
        case .delete:
            try mapDelete(c)
            return nil
        case .close:
            try closeChan(c)
            return nil
        case .append:
            guard let ty = info.type(of: c) else { throw InternalError(pos: c.pos, message: "untyped append") }
            return try append(c, type: ty)
        case .copy:
            return try copySlice(c)
        case .recover:
            return recoverValue()
        case .real, .imag, .complex:
            return try complexBuiltin(id, c)
        case .add:
            // unsafe.Add(p, n): p + n bytes (spec: "Package unsafe").
            let (p, n, _) = try pointerAndLength(c)
            return b.gep(t.i8, p, [n])
        case .slice:
            return try unsafeSlice(c)
        case .new:
            guard let a = c.args.first, let ty = info.types[a.id]?.type else { throw InternalError(pos: c.pos, message: "new without type") }
            return try allocate(ty, site: c, describe: "new(\(typeString(ty, qualified: false)))")
        case .panic:
            guard let a = c.args.first else { throw InternalError(pos: c.pos, message: "panic without argument") }
            let v = try expr(a, convertedTo: emptyInterface)
            let (ft, f) = m.runtime(.gopanic)
            _ = b.call(ft, f, [b.extract(v, 0), b.extract(v, 1)])
            b.unreachable()
            return nil
        default:
            throw Unsupported(c.pos, "the built-in function \(id.rawValue)")
        }
    }

    /// print/println as gc's runtime/print.go does it: println separates
    /// operands with spaces and ends with a newline; all output goes to stderr.
    func printArgs(_ args: [Expr], newline: Bool) throws {
        var operands: [(LLValue, GoType, Pos)] = []
        if args.count == 1, let tuple = info.type(of: args[0]) as? Tuple {
            let values = try exprList(args, types: tuple.vars.map { _ in nil })
            operands = zip(values, tuple.vars).map { ($0, $1.type, args[0].pos) }
        } else {
            for a in args {
                guard let ty = info.type(of: a) else { throw InternalError(pos: a.pos, message: "untyped print operand") }
                operands.append((try expr(a), ty, a.pos))
            }
        }
        try printOperands(operands, newline: newline)
    }

    func printOperands(_ operands: [(LLValue, GoType, Pos)], newline: Bool) throws {
        for (i, (v, ty, pos)) in operands.enumerated() {
            if newline && i > 0 { callRuntime(.printsp, []) }
            switch ty.underlying {
            case let bt as Basic:
                switch bt.kind {
                case .bool: callRuntime(.printbool, [v])
                case .int, .int8, .int16, .int32, .int64:
                    callRuntime(.printint, [widenToInt64(v, signed: true)])
                case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr:
                    callRuntime(.printuint, [widenToInt64(v, signed: false)])
                case .float32: callRuntime(.printfloat, [LLVMBuildFPExt(b.b, v, t.f64, "")])
                case .float64: callRuntime(.printfloat, [v])
                case .complex64, .complex128: printComplex(v)
                case .string: callRuntime(.printstring, [b.extract(v, 0), b.extract(v, 1)])
                case .unsafePointer: callRuntime(.printpointer, [v])
                default: throw Unsupported(pos, "printing \(ty)")
                }
            case is Pointer, is Signature, is MapT, is Chan:
                callRuntime(.printpointer, [v])
            case is Slice:
                callRuntime(.printslice, [b.extract(v, 0), b.extract(v, 1), b.extract(v, 2)])
            case is Interface:
                callRuntime(.printeface, [b.extract(v, 0), b.extract(v, 1)])
            default:
                throw Unsupported(pos, "printing \(ty)")
            }
        }
        if newline { callRuntime(.printnl, []) }
    }

    func callRuntime(_ f: RuntimeFunction, _ args: [LLValue]) {
        let (ft, fn) = m.runtime(f)
        _ = b.call(ft, fn, args)
    }
}

extension FunctionGenerator {
    /// The operands of unsafe.Add or unsafe.Slice, the length as an int64
    /// (both may come from one call of two results), with their types.
    func pointerAndLength(_ c: CallExpr) throws -> (LLValue, LLValue, [GoType]) {
        guard let sig = info.types[c.fun.id]?.type as? Signature, sig.params.count == 2 else {
            throw InternalError(pos: c.pos, message: "unsafe built-in without its signature")
        }
        let types = sig.params.vars.map { $0.type as GoType }
        let values = try exprList(c.args, types: types)
        guard values.count == 2 else { throw InternalError(pos: c.pos, message: "unsafe built-in without two operands") }
        return (values[0], widenToInt64(values[1], signed: !isUnsigned(types[1])), types)
    }

    /// unsafe.Slice(p, n): the slice of n elements from p, checked as gc's
    /// runtime.unsafeslice (unsafe.go) checks it: n must not be negative,
    /// a nil p needs n == 0 (the slice is then nil) unless the elements
    /// have size zero, and the slice must not run past the end of the
    /// address space.
    func unsafeSlice(_ c: CallExpr) throws -> LLValue {
        let (p, n, types) = try pointerAndLength(c)
        guard let pt = types[0].underlying as? Pointer else {
            throw InternalError(pos: c.pos, message: "unsafe.Slice of a non-pointer")
        }
        // gc 1.19 converts the length to int first: a uint64 from 1<<63
        // up is negative too.
        panicIf(b.icmp(LLVMIntSLT, n, t.i64(0)), .panicunsafeslicelen)
        let address = LLVMBuildPtrToInt(b.b, p, t.i64, "")!
        let isNil = b.icmp(LLVMIntEQ, address, t.i64(0))
        let size = UInt64(Sizes.sizeof(pt.elem))
        if size == 0 { return makeSliceValue(p, n, n) }     // no memory: nothing to check
        // size*n overflows, or reaches past the top of memory (-p bytes left).
        let overflows = b.icmp(LLVMIntUGT, n, LLVMConstInt(t.i64, UInt64.max / size, 0))
        let bytes = LLVMBuildMul(b.b, n, LLVMConstInt(t.i64, size, 0), "")!
        let left = LLVMBuildSub(b.b, t.i64(0), address, "")!
        let bad = b.or(overflows, b.icmp(LLVMIntUGT, bytes, left))
        panicIf(b.and(bad, isNil), .panicunsafeslicenilptr)
        panicIf(bad, .panicunsafeslicelen)
        return makeSliceValue(p, n, n)
    }
}
