import CLLVM
import GoSyntax
import GoTypes

// Package-level variables and `main.init`, the package initializer gc's
// runtime calls before main.main (spec: "Package initialization").

extension ModuleGenerator {
    /// The package's variables, in source order (blank ones have no storage).
    func packageVariables() -> [Var] {
        info.defs.values.compactMap { $0 as? Var }
            .filter { $0.isPackageLevel && !$0.isField && $0.name != "_" }
            .sorted { $0.pos < $1.pos }
    }

    func declareGlobals() {
        for v in packageVariables() {
            record {
                checkChannelElement(v.type, at: v.pos)
                let ty = try lower(v.type, at: v.pos)
                let g = LLVMGetNamedGlobal(module, v.linkName) ?? LLVMAddGlobal(module, ty, v.linkName)!
                LLVMSetInitializer(g, t.null(ty))
                // A variable //go:linkname gives another package's symbol
                // is that variable (gc's linker merges such symbols): a
                // common symbol gives way to the real definition.
                if v.linknameSymbol != nil { LLVMSetLinkage(g, LLVMCommonLinkage) }
                globals[ObjectIdentifier(v)] = VarSlot(address: g, type: ty, goType: v.type ?? Universe.invalid)
            }
        }
    }

    /// A package-level variable: this package's, or another package's,
    /// declared here by its symbol.
    func global(for v: Var, at pos: Pos) throws -> VarSlot? {
        if let s = globals[ObjectIdentifier(v)] { return s }
        guard v.isPackageLevel, let pkg = v.pkgPath, pkg != packagePath else { return nil }
        let ty = try lower(v.type, at: pos)
        let name = v.linkName
        let g = LLVMGetNamedGlobal(module, name) ?? LLVMAddGlobal(module, ty, name)!
        let slot = VarSlot(address: g, type: ty, goType: v.type ?? Universe.invalid)
        globals[ObjectIdentifier(v)] = slot
        return slot
    }

    /// `main.init`: variable initializers in dependency order, then the `init`
    /// functions in source order (named `main.init.0`, `main.init.1`, ... as gc does).
    func definePackageInit() throws {
        let initType = t.function(t.void, [t.heapPtr])
        let fn = LLVMAddFunction(module, "\(packagePath).init", initType)!
        setFunctionAttributes(fn)
        let sig = Signature(recv: nil, params: Tuple([]), results: Tuple([]), isVariadic: false)
        // Function literals in initializers are named `main.glob..func1`, as in gc.
        let gen = FunctionGenerator(module: self, function: fn, signature: sig, name: "\(packagePath).glob.")
        // A package is initialized once, after the packages it imports
        // (spec: "Package initialization"), in the order of its import
        // declarations, as gc 1.19 orders its inittask's dependencies. The
        // flag is set first: an import cycle is an error, so only a
        // diamond reaches a package twice.
        let done = LLVMAddGlobal(module, t.i8, "\(packagePath)..initdone")!
        LLVMSetInitializer(done, t.constInt(t.i8, 0))
        LLVMSetLinkage(done, LLVMInternalLinkage)
        let run = gen.newBlock("init.run"), finished = gen.newBlock("init.done")
        builder.condBr(builder.icmp(LLVMIntNE, builder.load(t.i8, done), t.constInt(t.i8, 0)), finished, run)
        builder.position(at: finished)
        LLVMBuildRetVoid(builder.b)
        builder.position(at: run)
        builder.store(t.constInt(t.i8, 1), done)
        for p in imports {
            let name = "\(p.path).init"
            let f = LLVMGetNamedFunction(module, name) ?? LLVMAddFunction(module, name, initType)!
            _ = builder.call(initType, f, [t.null(t.heapPtr)])
        }
        for initializer in info.initOrder {
            if initializer.lhs.count == 1, let v = initializer.lhs.first, let slot = globals[ObjectIdentifier(v)],
               let lit = gen.largeLiteral(initializer.rhs, v.type) {
                // Globals start zeroed: only the literal's elements are stored.
                try gen.storeLiteral(lit, of: v.type ?? Universe.invalid, into: slot.address)
                continue
            }
            let types = initializer.lhs.map { $0.type as GoType? }
            let values = try gen.exprList([initializer.rhs], types: types)
            for (v, value) in zip(initializer.lhs, values) {
                guard let slot = globals[ObjectIdentifier(v)] else { continue }   // blank
                try gen.store(value, slot)
            }
        }
        for decl in info.initFuncs {
            guard let f = functions[decl.id] else { continue }
            _ = builder.call(t.function(t.void, [t.heapPtr]), f, [t.null(t.heapPtr)])
        }
        LLVMBuildRetVoid(builder.b)
        gen.finishBlocks()
    }
}
