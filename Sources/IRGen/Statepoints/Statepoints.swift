import CLLVM

// Precise stack roots from LLVM statepoints (docs/DESIGN.md §7). After the
// optimizer (and at -O0 too), every Go function gets the
// "statepoint-example" strategy and LLVM's rewrite-statepoints-for-gc
// (RS4GC) turns each call that may reach a collection into a statepoint:
// the `ptr addrspace(1)` values live across it are spilled to the stack,
// and the `.llvm_stackmaps` section says where, by return address. The
// runtime (mgcmark.c, stackmap.c) walks Go frames by frame pointer and
// marks exactly those slots.
//
// RS4GC only knows SSA values, and golly's IR needs four adjustments
// first, each found by running RS4GC over the lit corpus:
//
// 1. Results over 16 bytes are returned through an explicit `sret` slot
//    (definitions and calls alike, so every caller and callee agree; C's
//    ABI does the same for such structs): LLVM cannot lower a statepoint
//    whose result it would demote to a hidden sret pointer itself
//    (llvm-project#74612).
// 2. Aggregate values holding heap pointers (strings, interfaces, slices)
//    are taken apart into their fields after their definition and put
//    together again at each use: RS4GC leaves first-class aggregates out of
//    the live set without a word.
// 3. `addrspacecast`s of frame slots to heap pointers (variables kept in
//    the frame) are hidden behind a call of a gc leaf while RS4GC runs (it
//    crashes on them) and restored afterwards; the stack maps then list
//    them as frame addresses, which the collector ignores.
// 4. Frame slots are memory, which RS4GC does not track: each statepoint
//    gets a "deopt" bundle listing the function's slots that may hold heap
//    pointers, each with the words to scan (from the slot's LLVM type:
//    heap pointers, and integers or plain pointers that may hide one, such
//    as a map iterator's state), and those slots are zeroed on entry so
//    that no stale word is taken for a live pointer. A slot whose address
//    is a Go pointer is a stack object (gc's mgcstack.go): the runtime
//    scans it only if a live pointer reaches it, so the frame addresses
//    live across a statepoint stay listed.
//
// Calls of runtime functions that never reach a collection are gc leaves
// (no statepoint, no spills): the list below comes from the call graph of
// libgollyrt.a.
public enum Statepoints {
    static let strategy = "statepoint-example"
    /// A function attribute: no statepoints, no stack map; the collector
    /// scans the function's frames conservatively, as the runtime's C
    /// frames (reflect's adapters, IRGen/ReflectCalls.swift, which keep
    /// their heap pointers in frame memory).
    public static let conservativeAttribute = "golly-frame-conservative"
    static let launderName = "golly.launder"

    /// Runtime entry points that never allocate from the collected heap,
    /// park the goroutine or call Go code.
    static let leaves: Set<String> = [
        "runtime.printbool", "runtime.printint", "runtime.printuint", "runtime.printfloat",
        "runtime.printcomplex", "runtime.printstring", "runtime.printpointer", "runtime.printeface",
        "runtime.printslice", "runtime.printsp", "runtime.printnl", "runtime.cmpstring",
        "runtime.complex128div", "runtime.decoderune", "runtime.roundupsize", "runtime.convI2I",
        "runtime.assertE2I2", "runtime.chanlen", "runtime.chancap", "runtime.gorecover",
        "runtime.deferwrap", "runtime.deferproc", "runtime.deferprocStack", "runtime.newdefer",
        "runtime.newproc", "runtime.GOMAXPROCS", "runtime.KeepAlive", "runtime.NumGoroutine", "runtime.Callers",
        "runtime.funcName", "runtime.funcEntry",
        launderName,
    ]

    /// The frame description's flags and a slot's stack-object bit
    /// (runtime/include/golly/abi.h GOLLY_FRAME_*, GOLLY_STACK_OBJECT).
    static let conservativeFrame: UInt64 = 1
    static let describedElsewhere: UInt64 = 2
    static let stackObject: UInt64 = 1 << 63

    public static func run(_ module: LLVMModuleRef, target: Target) throws {
        let lowering = StatepointLowering(module: module, target: target)
        lowering.prepare()
        if let error = target.run(passes: "rewrite-statepoints-for-gc", on: module) {
            throw InternalError(pos: .none, message: error)
        }
        lowering.keepFrameAddresses()
        lowering.dropDeadRoots()
        lowering.restoreCasts()
    }
}

final class StatepointLowering {
    let module: LLVMModuleRef
    let target: Target
    let ctx: LLVMContextRef
    let b: LLVMBuilderRef
    let heapPtr: LLVMTypeRef
    let ptr: LLVMTypeRef
    let i64: LLVMTypeRef
    var functions: [LLVMValueRef] = []
    var launder: LLVMValueRef?
    /// Per statepoint, the live-set entries that hold frame addresses.
    var frameRoots: [LLVMValueRef: Set<Int>] = [:]
    /// Functions whose frames are scanned conservatively (step 0).
    var conservativeFrames: Set<LLVMValueRef> = []

    init(module: LLVMModuleRef, target: Target) {
        self.module = module
        self.target = target
        ctx = LLVMGetModuleContext(module)
        b = LLVMCreateBuilderInContext(ctx)
        heapPtr = LLVMPointerTypeInContext(ctx, 1)
        ptr = LLVMPointerTypeInContext(ctx, 0)
        i64 = LLVMInt64TypeInContext(ctx)
    }

    deinit { LLVMDisposeBuilder(b) }

    func prepare() {
        var f = LLVMGetFirstFunction(module)
        while let fn = f {
            f = LLVMGetNextFunction(fn)
            if LLVMIsDeclaration(fn) != 0 {
                let name = valueName(fn)
                if Statepoints.leaves.contains(name) { addFunctionAttribute(fn, "gc-leaf-function") }
                continue
            }
            if LLVMGetLinkage(fn) == LLVMAvailableExternallyLinkage { continue }
            functions.append(fn)
        }
        functions = functions.map { demoteLargeReturn($0) }
        for fn in functions {
            for call in instructions(of: fn).filter({ LLVMIsACallInst($0) != nil }) {
                demoteLargeResult(of: call)
            }
        }
        for fn in functions where LLVMGetStringAttributeAtIndex(fn, functionAttributeIndex, Statepoints.conservativeAttribute,
                                                                 UInt32(Statepoints.conservativeAttribute.utf8.count)) == nil {
            markInlineAsmLeaves(in: fn)
            launderFrameCasts(in: fn)
            keepRecoveryValues(in: fn)
            splitAggregates(in: fn)
            describeFrameSlots(in: fn)
            LLVMSetGC(fn, Statepoints.strategy)
        }
    }

    // MARK: helpers

    func valueName(_ v: LLVMValueRef) -> String {
        var n = 0
        guard let s = LLVMGetValueName2(v, &n) else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: s, count: n), as: UTF8.self)
    }

    func addFunctionAttribute(_ fn: LLVMValueRef, _ name: String) {
        let attr = LLVMCreateStringAttribute(ctx, name, UInt32(name.utf8.count), "", 0)
        LLVMAddAttributeAtIndex(fn, functionAttributeIndex, attr)
    }

    func instructions(of fn: LLVMValueRef) -> [LLVMValueRef] {
        var result: [LLVMValueRef] = []
        var bb = LLVMGetFirstBasicBlock(fn)
        while let block = bb {
            result += instructions(in: block)
            bb = LLVMGetNextBasicBlock(block)
        }
        return result
    }

    func instructions(in block: LLVMBasicBlockRef) -> [LLVMValueRef] {
        var result: [LLVMValueRef] = []
        var i = LLVMGetFirstInstruction(block)
        while let inst = i {
            result.append(inst)
            i = LLVMGetNextInstruction(inst)
        }
        return result
    }

    func isAggregate(_ ty: LLVMTypeRef) -> Bool {
        let k = LLVMGetTypeKind(ty)
        return k == LLVMStructTypeKind || k == LLVMArrayTypeKind
    }

    func elements(of ty: LLVMTypeRef) -> [LLVMTypeRef] {
        if LLVMGetTypeKind(ty) == LLVMStructTypeKind {
            return (0..<LLVMCountStructElementTypes(ty)).map { LLVMStructGetTypeAtIndex(ty, $0)! }
        }
        let n = Int(LLVMGetArrayLength2(ty))
        return Array(repeating: LLVMGetElementType(ty)!, count: n)
    }

    func holdsHeapPointer(_ ty: LLVMTypeRef) -> Bool {
        switch LLVMGetTypeKind(ty) {
        case LLVMPointerTypeKind: return LLVMGetPointerAddressSpace(ty) == 1
        case LLVMStructTypeKind, LLVMArrayTypeKind:
            if LLVMGetTypeKind(ty) == LLVMArrayTypeKind {
                return LLVMGetArrayLength2(ty) > 0 && holdsHeapPointer(LLVMGetElementType(ty))
            }
            return elements(of: ty).contains { holdsHeapPointer($0) }
        case LLVMVectorTypeKind: return holdsHeapPointer(LLVMGetElementType(ty))
        default: return false
        }
    }

    /// Whether a call becomes a statepoint: not an intrinsic, inline asm
    /// or a gc leaf.
    func isSafepoint(_ call: LLVMValueRef) -> Bool {
        guard let callee = LLVMGetCalledValue(call) else { return true }
        if LLVMIsAInlineAsm(callee) != nil { return false }
        if LLVMIsAFunction(callee) != nil {
            if LLVMGetIntrinsicID(callee) != 0 { return false }
            let name = valueName(callee)
            if name.hasPrefix("llvm.") || Statepoints.leaves.contains(name) { return false }
        }
        let key = "gc-leaf-function"
        return LLVMGetCallSiteStringAttribute(call, functionAttributeIndex, key, UInt32(key.utf8.count)) == nil
    }
}
