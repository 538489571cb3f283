import CLLVM

/// Declarations of the C runtime's entry points (runtime/include/golly/runtime.h).
/// Strings cross the boundary as (ptr, len) pairs so that LLVM's and C's
/// calling conventions agree without aggregate-passing rules.
enum RuntimeFunction: String {
    case alloc = "runtime.alloc"
    case printbool = "runtime.printbool", printint = "runtime.printint", printuint = "runtime.printuint"
    case printfloat = "runtime.printfloat", printstring = "runtime.printstring"
    case printpointer = "runtime.printpointer", printeface = "runtime.printeface"
    case printsp = "runtime.printsp", printnl = "runtime.printnl"
    case concatstring2 = "runtime.concatstring2", cmpstring = "runtime.cmpstring", intstring = "runtime.intstring"
    case gopanic = "runtime.gopanic"
    case panicdivide = "runtime.panicdivide", panicshift = "runtime.panicshift"
    case panicmem = "runtime.panicmem", panicIndex = "runtime.panicIndex"

    /// Functions that never return: calls to them end their block with `unreachable`.
    var isNoReturn: Bool {
        switch self {
        case .gopanic, .panicdivide, .panicshift, .panicmem, .panicIndex: return true
        default: return false
        }
    }
}

extension ModuleGenerator {
    func runtimeType(_ f: RuntimeFunction) -> LLType {
        let hp = t.heapPtr
        switch f {
        case .alloc: return t.function(hp, [t.i64])
        case .printbool: return t.function(t.void, [t.i1])
        case .printint, .printuint: return t.function(t.void, [t.i64])
        case .printfloat: return t.function(t.void, [t.f64])
        case .printstring: return t.function(t.void, [hp, t.i64])
        case .printpointer: return t.function(t.void, [hp])
        case .printeface: return t.function(t.void, [t.ptr, hp])
        case .printsp, .printnl, .panicdivide, .panicshift, .panicmem: return t.function(t.void, [])
        case .concatstring2: return t.function(t.string, [hp, t.i64, hp, t.i64])
        case .cmpstring: return t.function(t.i64, [hp, t.i64, hp, t.i64])
        case .intstring: return t.function(t.string, [t.i64])
        case .gopanic: return t.function(t.void, [t.ptr, hp])
        case .panicIndex: return t.function(t.void, [t.i64, t.i64])
        }
    }

    func runtime(_ f: RuntimeFunction) -> (LLType, LLValue) {
        if let d = runtimeDecls[f.rawValue] { return d }
        let ty = runtimeType(f)
        let fn = LLVMAddFunction(module, f.rawValue, ty)!
        if f.isNoReturn {
            addEnumAttribute(fn, "noreturn")
            addEnumAttribute(fn, "cold")
        }
        if f == .printbool { addEnumAttribute(fn, "zeroext", index: 1) }
        runtimeDecls[f.rawValue] = (ty, fn)
        return (ty, fn)
    }

    func addEnumAttribute(_ fn: LLValue, _ name: String, index: LLVMAttributeIndex = functionAttributeIndex) {
        let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
        let attr = LLVMCreateEnumAttribute(context, kind, 0)
        LLVMAddAttributeAtIndex(fn, index, attr)
    }
}
