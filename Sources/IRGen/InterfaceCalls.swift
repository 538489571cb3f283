import CLLVM
import GoSyntax
import GoTypes

// Calls of interface methods (spec: "Calls", "Method values", "Method
// expressions"): `x.m(args)` loads m's function from x's itab and passes x's
// data word as the receiver (Itabs.swift builds the itabs).

extension FunctionGenerator {
    /// `x.m(args)` on an interface value x of static type `iface`: the
    /// function in x's itab at m's index (spec: "Method sets"; gc's
    /// OCALLINTER). A nil interface has no itab: calling a method of it is
    /// a nil dereference, as in gc.
    func callInterfaceMethod(_ x: LLValue, _ iface: Interface, _ method: Func, args: [LLValue], at pos: Pos) throws -> LLValue {
        let methods = m.itabMethods(iface)
        guard let index = methods.firstIndex(where: { $0.name == method.name }),
              let msig = methods[index].type as? Signature else {
            throw InternalError(pos: pos, message: "interface has no method \(method.name)")
        }
        let tab = b.extract(x, 0, "itab")
        nilCheck(tab)
        let itabTy = m.itabType(methods: methods.count)
        let slot = b.gep(itabTy, tab, [t.i32(0), t.i32(4), t.i32(index)])
        let code = b.load(t.ptr, slot, method.name)
        return b.call(try m.itabFunctionType(msig.withoutReceiver, at: pos), code, [t.null(t.heapPtr), b.extract(x, 1)] + args)
    }

    /// The interface value that `sel` selects a method of, and its type.
    func interfaceOperand(_ sel: SelectorExpr, _ selection: Selection) throws -> (LLValue, Interface) {
        if selection.index.count <= 1 {
            guard let xt = info.type(of: sel.x), let iface = xt.underlying as? Interface else {
                throw InternalError(pos: sel.pos, message: "interface method of a non-interface")
            }
            return (try expr(sel.x), iface)
        }
        let (slot, fieldType) = try fieldAddress(sel, path: Array(selection.index.dropLast()))
        guard let iface = fieldType.underlying as? Interface else {
            throw InternalError(pos: sel.pos, message: "promoted interface method outside an interface field")
        }
        return (try load(slot), iface)
    }

    /// The concrete type and method of the interface method call `x.m(...)`
    /// when x's static value converts a value of that type to the interface
    /// (gc's devirtualize.go: the call becomes `x.(T).m(...)`, which calls
    /// the method directly and dereferences a nil *T itself instead of
    /// reaching the wrapper's panicwrap). Only x itself, not an interface
    /// promoted from an embedded field, as in gc.
    func devirtualized(_ sel: SelectorExpr, _ selection: Selection) -> (GoType, MethodSetEntry)? {
        guard selection.index.count <= 1, let method = selection.obj as? Func,
              let type = m.staticValues.concreteType(ofInterface: sel.x, info: info,
                                                      following: { !self.capturedVariables.contains(ObjectIdentifier($0)) }),
              let entry = methodSet(of: type).first(where: { $0.method.name == method.name }) else { return nil }
        return (type, entry)
    }

    /// `x.m` of an interface x, not called at once: a closure binding x
    /// (gc's `main.I.m-fm`). x is evaluated, and nil-checked, now.
    func interfaceMethodValue(_ sel: SelectorExpr, _ selection: Selection, _ method: Func) throws -> LLValue {
        let (x, iface) = try interfaceOperand(sel, selection)
        return try boundInterfaceMethod(x, iface, method, at: sel.pos)
    }

    /// The closure `{ main.I.m-fm, x }` of the method value x.m, x nil-checked now.
    func boundInterfaceMethod(_ x: LLValue, _ iface: Interface, _ method: Func, at pos: Pos) throws -> LLValue {
        nilCheck(b.extract(x, 0))
        let wrapper = try m.interfaceMethodWrapper(iface, method, bound: true, at: pos)
        let objType = t.structType([t.ptr, t.eface])
        let obj = try newObject(m.methodValueObjectType(receiver: iface), at: pos, "method.value")
        b.store(wrapper, b.structGEP(objType, obj, 0))
        b.store(x, b.structGEP(objType, obj, 1))
        return obj
    }
}

extension ModuleGenerator {
    /// The function behind a method value (`bound`: the interface value is
    /// in the closure `{ fn, iface }`) or a method expression `I.m` (it is
    /// the first parameter) of an interface method.
    func interfaceMethodWrapper(_ iface: Interface, _ method: Func, bound: Bool, at pos: Pos) throws -> LLValue {
        guard let msig = iface.allMethods.first(where: { $0.name == method.name })?.type as? Signature else {
            throw InternalError(pos: pos, message: "interface has no method \(method.name)")
        }
        let name = typeSymbol(iface) + "." + method.name + (bound ? "-fm" : "")
        let recv = Var(name: "", pos: pos, type: iface, pkgPath: nil)
        let sig = Signature(recv: bound ? nil : recv, params: msig.params, results: msig.results, isVariadic: msig.isVariadic)
        return try wrapperFunction(name, try lowerSignature(sig, at: pos), signature: sig, linkage: LLVMLinkOnceODRLinkage) { g, fn in
            let x: LLValue
            if bound {
                x = builder.load(t.eface, builder.structGEP(t.structType([t.ptr, t.eface]), LLVMGetParam(fn, 0), 1))
            } else {
                x = LLVMGetParam(fn, 1)
            }
            let first: UInt32 = bound ? 1 : 2
            let args = (first..<LLVMCountParams(fn)).map { LLVMGetParam(fn, $0)! }
            let result = try g.callInterfaceMethod(x, iface, method, args: args, at: pos)
            if msig.results.count == 0 { LLVMBuildRetVoid(builder.b) } else { LLVMBuildRet(builder.b, result) }
        }
    }
}
