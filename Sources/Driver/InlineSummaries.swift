import CLLVM
import Foundation

// Cross-package inlining. gc inlines a small function of another package
// from the body its export data carries (cmd/compile/internal/inline); golly
// compiles each package to an object of its own, so it carries small
// bodies the same way: next to each cached object, an *inline summary*, a
// bitcode module holding the package's small exported functions, optimized
// and not yet lowered for the collector, as `available_externally`
// definitions (everything else they refer to is declared). An importer
// links the summaries of the packages it imports into its module before
// optimizing it, so LLVM's inliner sees those bodies as it sees its own;
// what it did not inline is dropped before code generation (the package
// that owns the function emits it). The importer's cache key already holds
// its imports' keys, so a summary never goes stale under an object.
//
// A function is offered when it is small, may be inlined (no `noinline`:
// defers and recover keep their frames, docs/DESIGN.md §6) and refers only to
// what an importer can share: symbols of other objects, type descriptors
// and itabs (linkonce_odr, copied with what they refer to, which must be
// shareable too: a wrapper internal to the package's object is not) and
// constant data; never to a package's local functions or local mutable
// variables, of which a copy would be another variable.

enum InlineSummary {
    /// Instructions at most in an offered function (the inliner decides
    /// for itself which of them it inlines).
    static let instructionBudget = 60

    /// Writes `module`'s summary to `path` (write, then rename); false
    /// when there is nothing to offer or it cannot be written.
    @discardableResult
    static func write(from module: LLVMModuleRef, to path: String) -> Bool {
        let summary = LLVMCloneModule(module)!
        defer { LLVMDisposeModule(summary) }
        let offered = functions(of: summary).filter(isOffered)
        guard !offered.isEmpty else { return false }
        let keep = Set(offered)
        // Everything else is the package object's: a linkonce_odr wrapper an
        // offered itab or descriptor refers to is defined there, since the
        // offered function itself refers to that itab or descriptor.
        for fn in functions(of: summary) where !keep.contains(fn) && LLVMIsDeclaration(fn) == 0 {
            deleteBody(of: fn)
        }
        for fn in offered { LLVMSetLinkage(fn, LLVMAvailableExternallyLinkage) }
        // The package's variables are its object's; an importer declares them.
        var g = LLVMGetFirstGlobal(summary)
        while let global = g {
            g = LLVMGetNextGlobal(global)
            let linkage = LLVMGetLinkage(global)
            if LLVMIsDeclaration(global) == 0 && (linkage == LLVMExternalLinkage || linkage == LLVMCommonLinkage) {
                LLVMSetInitializer(global, nil)
                LLVMSetLinkage(global, LLVMExternalLinkage)
                LLVMSetComdat(global, nil)
            }
        }
        dropUnreferenced(in: summary)
        let temporary = "\(path).\(getpid()).tmp"
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        guard LLVMWriteBitcodeToFile(summary, temporary) == 0 else { return false }
        return rename(temporary, path) == 0
    }

    /// Links the summary at `path` into `module` (before optimization).
    static func link(_ path: String, into module: LLVMModuleRef, context: LLVMContextRef) {
        var buffer: LLVMMemoryBufferRef?
        var message: UnsafeMutablePointer<CChar>?
        guard LLVMCreateMemoryBufferWithContentsOfFile(path, &buffer, &message) == 0, let buffer else {
            if let message { LLVMDisposeMessage(message) }
            return
        }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        var summary: LLVMModuleRef?
        guard LLVMParseBitcodeInContext2(context, buffer, &summary) == 0, let summary else { return }
        // LLVMLinkModules2 takes the summary over (and disposes of it).
        _ = LLVMLinkModules2(module, summary)
    }

    /// After optimization: the bodies of other packages' functions that
    /// were not inlined are only declarations again.
    static func dropImportedBodies(in module: LLVMModuleRef) {
        for fn in functions(of: module) where LLVMGetLinkage(fn) == LLVMAvailableExternallyLinkage {
            deleteBody(of: fn)
            if LLVMGetFirstUse(fn) == nil { LLVMDeleteFunction(fn) }
        }
    }

    // MARK: Choosing

    static func isOffered(_ fn: LLVMValueRef) -> Bool {
        guard LLVMIsDeclaration(fn) == 0, LLVMGetLinkage(fn) == LLVMExternalLinkage else { return false }
        let noinline = LLVMGetEnumAttributeKindForName("noinline", 8)
        if LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeIndex(bitPattern: -1), noinline) != nil { return false }
        var seen = Set<LLVMValueRef>()
        let body = instructions(of: fn)
        guard body.count <= instructionBudget else { return false }
        for i in body {
            for k in 0..<max(0, LLVMGetNumOperands(i)) {
                if let op = LLVMGetOperand(i, UInt32(k)), !isShareable(op, seen: &seen) { return false }
            }
        }
        return true
    }

    /// Whether an operand means the same in an importer's module.
    static func isShareable(_ value: LLVMValueRef, seen: inout Set<LLVMValueRef>) -> Bool {
        guard LLVMIsConstant(value) != 0, seen.insert(value).inserted else { return true }
        if LLVMIsAFunction(value) != nil {
            if LLVMGetIntrinsicID(value) != 0 { return true }
            // A linkonce_odr function goes with the summary, body and all.
            if LLVMGetLinkage(value) == LLVMLinkOnceODRLinkage {
                return instructions(of: value).allSatisfy { i in
                    (0..<max(0, LLVMGetNumOperands(i))).allSatisfy { k in
                        LLVMGetOperand(i, UInt32(k)).map { isShareable($0, seen: &seen) } ?? true
                    }
                }
            }
            return !isLocal(value)
        }
        if LLVMIsAGlobalVariable(value) != nil {
            // An itab or descriptor is copied with what it refers to.
            if LLVMGetLinkage(value) == LLVMLinkOnceODRLinkage, let initializer = LLVMGetInitializer(value) {
                return isShareable(initializer, seen: &seen)
            }
            guard isLocal(value) else { return true }
            // A local constant is copied with its contents.
            guard LLVMIsGlobalConstant(value) != 0, let initializer = LLVMGetInitializer(value) else { return false }
            return isShareable(initializer, seen: &seen)
        }
        if LLVMIsAGlobalAlias(value) != nil || LLVMIsABlockAddress(value) != nil { return false }
        for k in 0..<max(0, LLVMGetNumOperands(value)) {
            if let op = LLVMGetOperand(value, UInt32(k)), !isShareable(op, seen: &seen) { return false }
        }
        return true
    }

    static func isLocal(_ global: LLVMValueRef) -> Bool {
        let linkage = LLVMGetLinkage(global)
        return linkage == LLVMInternalLinkage || linkage == LLVMPrivateLinkage
    }

    // MARK: Pruning

    static func functions(of module: LLVMModuleRef) -> [LLVMValueRef] {
        var result: [LLVMValueRef] = []
        var f = LLVMGetFirstFunction(module)
        while let fn = f { result.append(fn); f = LLVMGetNextFunction(fn) }
        return result
    }

    static func instructions(of fn: LLVMValueRef) -> [LLVMValueRef] {
        var result: [LLVMValueRef] = []
        var block = LLVMGetFirstBasicBlock(fn)
        while let bb = block {
            var inst = LLVMGetFirstInstruction(bb)
            while let i = inst { result.append(i); inst = LLVMGetNextInstruction(i) }
            block = LLVMGetNextBasicBlock(bb)
        }
        return result
    }

    /// Makes a definition a declaration: its instructions' uses go first,
    /// then its blocks.
    static func deleteBody(of fn: LLVMValueRef) {
        for i in instructions(of: fn) where LLVMGetTypeKind(LLVMTypeOf(i)) != LLVMVoidTypeKind {
            LLVMReplaceAllUsesWith(i, LLVMGetPoison(LLVMTypeOf(i)))
        }
        while let bb = LLVMGetFirstBasicBlock(fn) { LLVMDeleteBasicBlock(bb) }
        // A declaration has no line tables.
        LLVMSetSubprogram(fn, nil)
        LLVMSetLinkage(fn, LLVMExternalLinkage)
        LLVMSetComdat(fn, nil)
        LLVMSetPersonalityFn(fn, nil)
    }

    /// Removes what nothing refers to any more: local definitions, and
    /// other packages' variables' definitions (an importer declares them).
    static func dropUnreferenced(in module: LLVMModuleRef) {
        var changed = true
        while changed {
            changed = false
            var g = LLVMGetFirstGlobal(module)
            while let global = g {
                g = LLVMGetNextGlobal(global)
                let linkage = LLVMGetLinkage(global)
                let discardable = isLocal(global) || linkage == LLVMLinkOnceODRLinkage || linkage == LLVMAvailableExternallyLinkage
                if LLVMGetFirstUse(global) == nil && discardable {
                    LLVMDeleteGlobal(global)
                    changed = true
                }
            }
            for fn in functions(of: module) where LLVMGetFirstUse(fn) == nil {
                let linkage = LLVMGetLinkage(fn)
                if LLVMIsDeclaration(fn) != 0 || isLocal(fn) || linkage == LLVMLinkOnceODRLinkage {
                    LLVMDeleteFunction(fn)
                    changed = true
                }
            }
        }
    }
}
