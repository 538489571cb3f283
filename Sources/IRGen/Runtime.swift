import CLLVM

/// Declarations of the C runtime's entry points (runtime/include/golly/runtime.h).
/// Strings cross the boundary as (ptr, len) pairs so that LLVM's and C's
/// calling conventions agree without aggregate-passing rules.
enum RuntimeFunction: String, CaseIterable {
    case newobject = "runtime.newobject"
    case printbool = "runtime.printbool", printint = "runtime.printint", printuint = "runtime.printuint"
    case printfloat = "runtime.printfloat", printstring = "runtime.printstring"
    case printpointer = "runtime.printpointer", printeface = "runtime.printeface"
    case printslice = "runtime.printslice"
    case printsp = "runtime.printsp", printnl = "runtime.printnl"
    case concatstring2 = "runtime.concatstring2", cmpstring = "runtime.cmpstring", intstring = "runtime.intstring"
    case gopanic = "runtime.gopanic"
    case panicdivide = "runtime.panicdivide", panicshift = "runtime.panicshift"
    case panicunsafeslicelen = "runtime.panicunsafeslicelen", panicunsafeslicenilptr = "runtime.panicunsafeslicenilptr"
    case panicmem = "runtime.panicmem", panicIndex = "runtime.panicIndex", panicIndexU = "runtime.panicIndexU"
    // Defer, panic and recover (runtime/include/golly/defer.h).
    case deferprocStack = "runtime.deferprocStack", deferproc = "runtime.deferproc"
    case newdefer = "runtime.newdefer", deferreturn = "runtime.deferreturn"
    case gorecover = "runtime.gorecover", deferwrap = "runtime.deferwrap"
    // Slices and strings (runtime/include/golly/slice.h).
    case makeslice = "runtime.makeslice", growslice = "runtime.growslice", panicSlice = "runtime.panicSlice"
    case slicebytetostring = "runtime.slicebytetostring", stringtoslicebyte = "runtime.stringtoslicebyte"
    case stringtoslicerune = "runtime.stringtoslicerune", slicerunetostring = "runtime.slicerunetostring"
    case roundupsize = "runtime.roundupsize"
    case decoderune = "runtime.decoderune"
    // Maps (runtime/include/golly/map.h).
    case makemap = "runtime.makemap", mapaccess1 = "runtime.mapaccess1", mapaccess2 = "runtime.mapaccess2"
    case mapassign = "runtime.mapassign", mapdelete = "runtime.mapdelete"
    case mapiterinit = "runtime.mapiterinit", mapiternext = "runtime.mapiternext"
    // Empty interfaces.
    case efaceeq = "runtime.efaceeq", typeequal = "runtime.typeequal",
    printcomplex = "runtime.printcomplex", complex128div = "runtime.complex128div",
    newproc = "runtime.newproc", makechan = "runtime.makechan", chansend1 = "runtime.chansend1",
    chanrecv1 = "runtime.chanrecv1", chanrecv2 = "runtime.chanrecv2", closechan = "runtime.closechan",
    chanlen = "runtime.chanlen", chancap = "runtime.chancap", selectgo = "runtime.selectgo",
    preemptPark = "runtime.preemptPark", panicdottype = "runtime.panicdottype"
    // Non-empty interfaces (runtime/src/iface.c).
    case convI2I = "runtime.convI2I", assertE2I = "runtime.assertE2I", assertE2I2 = "runtime.assertE2I2"
    case panicwrap = "runtime.panicwrap"

    /// Functions that never return: calls to them end their block with `unreachable`.
    var isNoReturn: Bool {
        switch self {
        case .gopanic, .panicdivide, .panicshift, .panicmem, .panicunsafeslicelen, .panicunsafeslicenilptr, .panicIndex, .panicIndexU, .panicdottype, .panicSlice, .panicwrap: return true
        default: return false
        }
    }
}

extension ModuleGenerator {
    func runtimeType(_ f: RuntimeFunction) -> LLType {
        let hp = t.heapPtr
        switch f {
        case .newobject: return t.function(hp, [t.ptr])
        case .printbool: return t.function(t.void, [t.i1])
        case .printint, .printuint: return t.function(t.void, [t.i64])
        case .printfloat: return t.function(t.void, [t.f64])
        case .printstring: return t.function(t.void, [hp, t.i64])
        case .printpointer: return t.function(t.void, [hp])
        case .printslice: return t.function(t.void, [hp, t.i64, t.i64])
        case .printeface: return t.function(t.void, [t.ptr, hp])
        case .printsp, .printnl, .panicdivide, .panicshift, .panicmem, .panicunsafeslicelen, .panicunsafeslicenilptr:
            return t.function(t.void, [])
        case .concatstring2: return t.function(t.string, [hp, t.i64, hp, t.i64])
        case .cmpstring: return t.function(t.i64, [hp, t.i64, hp, t.i64])
        case .intstring: return t.function(t.string, [hp, t.i64])
        case .gopanic: return t.function(t.void, [t.ptr, hp])
        case .panicIndex, .panicIndexU: return t.function(t.void, [t.i64, t.i64])
        case .deferprocStack, .deferproc: return t.function(t.void, [t.ptr])
        case .newdefer: return t.function(t.ptr, [t.i32])
        case .deferreturn, .deferwrap: return t.function(t.void, [t.i64])
        case .gorecover: return t.function(t.eface, [t.i64])
        case .efaceeq: return t.function(t.i1, [t.ptr, hp, t.ptr, hp])
        case .typeequal: return t.function(t.i1, [t.ptr, hp, hp])
        case .printcomplex: return t.function(t.void, [t.f64, t.f64])
        case .newproc: return t.function(t.void, [hp, hp])
        case .preemptPark: return t.function(t.void, [])
        case .makechan: return t.function(hp, [t.ptr, t.i64])
        case .chansend1, .chanrecv1: return t.function(t.void, [hp, t.ptr])
        case .chanrecv2: return t.function(t.i1, [hp, t.ptr])
        case .closechan: return t.function(t.void, [hp])
        case .chanlen, .chancap: return t.function(t.i64, [hp])
        case .selectgo: return t.function(t.i64, [t.ptr, t.i64, t.i1, t.ptr])
        case .complex128div: return t.function(t.structType([t.f64, t.f64]), [t.f64, t.f64, t.f64, t.f64])
        case .makeslice: return t.function(hp, [t.ptr, t.i64, t.i64])
        case .makemap: return t.function(hp, [t.ptr, t.i64])
        case .mapaccess1, .mapaccess2, .mapassign: return t.function(hp, [t.ptr, hp, t.ptr])
        case .mapdelete: return t.function(t.void, [t.ptr, hp, t.ptr])
        case .mapiterinit: return t.function(t.void, [t.ptr, hp, t.ptr])
        case .mapiternext: return t.function(t.void, [t.ptr])
        case .growslice: return t.function(t.structType([hp, t.i64]), [hp, t.i64, t.i64, t.i64, t.ptr])
        case .panicSlice: return t.function(t.void, [t.i64, t.i64, t.i8])
        case .slicebytetostring, .slicerunetostring: return t.function(t.string, [hp, t.i64])
        case .stringtoslicebyte: return t.function(t.structType([hp, t.i64]), [hp, t.i64])
        case .stringtoslicerune: return t.function(t.structType([hp, t.i64]), [hp, t.i64])
        case .roundupsize: return t.function(t.i64, [t.i64])
        case .decoderune: return t.function(t.structType([t.i32, t.i64]), [hp, t.i64, t.i64])
        case .panicdottype: return t.function(t.void, [t.ptr, t.ptr, t.ptr])
        case .convI2I, .assertE2I, .assertE2I2: return t.function(t.ptr, [t.ptr, t.ptr])
        case .panicwrap: return t.function(t.void, [hp, t.i64])
        }
    }

    func runtime(_ f: RuntimeFunction) -> (LLType, LLValue) {
        if let d = runtimeDecls[f.rawValue] { return d }
        let ty = runtimeType(f)
        // A package may declare the symbol itself (internal/bytealg's
        // `//go:linkname abigen_runtime_cmpstring runtime.cmpstring`, with
        // the Go signature): calls name their own function type, so the
        // one declaration serves both.
        if let existing = LLVMGetNamedFunction(module, f.rawValue) {
            runtimeDecls[f.rawValue] = (ty, existing)
            return (ty, existing)
        }
        let fn = LLVMAddFunction(module, f.rawValue, ty)!
        if f.isNoReturn {
            addEnumAttribute(fn, "noreturn")
            addEnumAttribute(fn, "cold")
        }
        if f == .printbool { addEnumAttribute(fn, "zeroext", index: 1) }
        if f == .deferprocStack || f == .deferproc { defineLinking(fn, stack: f == .deferprocStack) }
        if f == .deferwrap { defineDeferwrap(fn) }
        if f == .efaceeq { addEnumAttribute(fn, "zeroext", index: 0) }
        runtimeDecls[f.rawValue] = (ty, fn)
        return (ty, fn)
    }

    func addEnumAttribute(_ fn: LLValue, _ name: String, index: LLVMAttributeIndex = functionAttributeIndex) {
        LLVMAddAttributeAtIndex(fn, index, enumAttribute(name))
    }

    func enumAttribute(_ name: String) -> LLVMAttributeRef {
        let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
        return LLVMCreateEnumAttribute(context, kind, 0)
    }
}
