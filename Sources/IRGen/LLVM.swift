import CLLVM

// A thin layer over llvm-c: just enough to keep the lowering code free of
// pointer juggling. Everything here is used; nothing is wrapped "just in case".

public typealias LLValue = LLVMValueRef
public typealias LLType = LLVMTypeRef
public typealias LLBlock = LLVMBasicBlockRef

/// The address space of pointers into the garbage-collected heap (docs/DESIGN.md §4).
/// The data layout marks it non-integral (`ni:1`) so LLVM never invents
/// integer round trips that would hide pointers from the stack maps.
let gcAddressSpace: UInt32 = 1

final class LLVMTypes {
    let ctx: LLVMContextRef
    let void, i1, i8, i16, i32, i64, f32, f64: LLType
    /// A pointer into the GC heap: `ptr addrspace(1)`.
    let heapPtr: LLType
    /// An ordinary pointer (globals, code, runtime-private memory).
    let ptr: LLType
    /// Go's string: `{ ptr addrspace(1), i64 }`.
    let string: LLType
    /// Go's empty interface: `{ ptr, ptr addrspace(1) }` (type descriptor, data).
    let eface: LLType
    /// Go's slice: `{ ptr addrspace(1), i64 len, i64 cap }`.
    let slice: LLType

    init(_ ctx: LLVMContextRef) {
        self.ctx = ctx
        void = LLVMVoidTypeInContext(ctx)
        i1 = LLVMInt1TypeInContext(ctx)
        i8 = LLVMInt8TypeInContext(ctx)
        i16 = LLVMInt16TypeInContext(ctx)
        i32 = LLVMInt32TypeInContext(ctx)
        i64 = LLVMInt64TypeInContext(ctx)
        f32 = LLVMFloatTypeInContext(ctx)
        f64 = LLVMDoubleTypeInContext(ctx)
        heapPtr = LLVMPointerTypeInContext(ctx, gcAddressSpace)
        ptr = LLVMPointerTypeInContext(ctx, 0)
        var s: [LLType?] = [heapPtr, i64]
        string = s.withUnsafeMutableBufferPointer { LLVMStructTypeInContext(ctx, $0.baseAddress, 2, 0) }
        var e: [LLType?] = [ptr, heapPtr]
        eface = e.withUnsafeMutableBufferPointer { LLVMStructTypeInContext(ctx, $0.baseAddress, 2, 0) }
        var sl: [LLType?] = [heapPtr, i64, i64]
        slice = sl.withUnsafeMutableBufferPointer { LLVMStructTypeInContext(ctx, $0.baseAddress, 3, 0) }
    }

    func int(bits: Int) -> LLType { LLVMIntTypeInContext(ctx, UInt32(bits)) }

    func structType(_ fields: [LLType]) -> LLType {
        var f: [LLType?] = fields
        return f.withUnsafeMutableBufferPointer { LLVMStructTypeInContext(ctx, $0.baseAddress, UInt32(fields.count), 0) }
    }

    /// A struct without padding (a descriptor name's unaligned nameOff).
    func packedStructType(_ fields: [LLType]) -> LLType {
        var f: [LLType?] = fields
        return f.withUnsafeMutableBufferPointer { LLVMStructTypeInContext(ctx, $0.baseAddress, UInt32(fields.count), 1) }
    }

    func function(_ ret: LLType, _ params: [LLType], variadic: Bool = false) -> LLType {
        var p: [LLType?] = params
        return p.withUnsafeMutableBufferPointer { LLVMFunctionType(ret, $0.baseAddress, UInt32(params.count), variadic ? 1 : 0) }
    }
}

extension LLVMTypes {
    func constInt(_ t: LLType, _ v: UInt64) -> LLValue { LLVMConstInt(t, v, 0) }
    func constInt(_ t: LLType, signed v: Int64) -> LLValue { LLVMConstInt(t, UInt64(bitPattern: v), 1) }
    func i64(_ v: Int) -> LLValue { LLVMConstInt(i64, UInt64(bitPattern: Int64(v)), 1) }
    func i32(_ v: Int) -> LLValue { LLVMConstInt(i32, UInt64(bitPattern: Int64(v)), 1) }
    func bool(_ v: Bool) -> LLValue { LLVMConstInt(i1, v ? 1 : 0, 0) }
    func null(_ t: LLType) -> LLValue { LLVMConstNull(t) }

    func constStruct(_ t: LLType, _ values: [LLValue]) -> LLValue {
        var v: [LLValue?] = values
        return v.withUnsafeMutableBufferPointer { LLVMConstNamedStruct(t, $0.baseAddress, UInt32(values.count)) }
    }
}

/// Instruction-building helpers over an `LLVMBuilderRef`.
struct Builder {
    let b: LLVMBuilderRef
    let t: LLVMTypes

    var currentBlock: LLBlock { LLVMGetInsertBlock(b) }
    var currentFunction: LLValue { LLVMGetBasicBlockParent(currentBlock) }
    /// Whether the current block already ends in a terminator.
    var isTerminated: Bool { LLVMGetBasicBlockTerminator(currentBlock) != nil }

    func position(at block: LLBlock) { LLVMPositionBuilderAtEnd(b, block) }

    /// Calls are `notail`: every Go frame stays on the stack, as in gc, for
    /// tracebacks, for recover's frame check (a deferred function that
    /// tail-called a helper would let the helper recover;
    /// Escape/RecoverFrames.swift) and for gc's stack overflow: tail
    /// recursion elimination would turn `return f(n+1)` into a loop that
    /// hangs, or returns, where gc's program dies with `fatal error: stack
    /// overflow`.
    func call(_ fnType: LLType, _ fn: LLValue, _ args: [LLValue], _ name: String = "") -> LLValue {
        var a: [LLValue?] = args
        let call = a.withUnsafeMutableBufferPointer { LLVMBuildCall2(b, fnType, fn, $0.baseAddress, UInt32(args.count), name) }!
        LLVMSetTailCallKind(call, LLVMTailCallKindNoTail)
        return call
    }

    func extract(_ agg: LLValue, _ i: Int, _ name: String = "") -> LLValue { LLVMBuildExtractValue(b, agg, UInt32(i), name) }
    func insert(_ agg: LLValue, _ v: LLValue, _ i: Int) -> LLValue { LLVMBuildInsertValue(b, agg, v, UInt32(i), "") }

    /// Builds an aggregate value of struct type `ty` from its fields.
    func aggregate(_ ty: LLType, _ fields: [LLValue]) -> LLValue {
        var v = LLVMGetUndef(ty)!
        for (i, f) in fields.enumerated() { v = insert(v, f, i) }
        return v
    }

    func load(_ ty: LLType, _ p: LLValue, _ name: String = "") -> LLValue { LLVMBuildLoad2(b, ty, p, name) }
    @discardableResult func store(_ v: LLValue, _ p: LLValue) -> LLValue { LLVMBuildStore(b, v, p) }

    func gep(_ ty: LLType, _ p: LLValue, _ indices: [LLValue], _ name: String = "") -> LLValue {
        var i: [LLValue?] = indices
        return i.withUnsafeMutableBufferPointer { LLVMBuildInBoundsGEP2(b, ty, p, $0.baseAddress, UInt32(indices.count), name) }
    }
    func structGEP(_ ty: LLType, _ p: LLValue, _ field: Int, _ name: String = "") -> LLValue {
        LLVMBuildStructGEP2(b, ty, p, UInt32(field), name)
    }

    func br(_ dest: LLBlock) { LLVMBuildBr(b, dest) }
    func condBr(_ c: LLValue, _ then: LLBlock, _ els: LLBlock) { LLVMBuildCondBr(b, c, then, els) }
    func unreachable() { LLVMBuildUnreachable(b) }

    func phi(_ ty: LLType, _ incoming: [(LLValue, LLBlock)], _ name: String = "") -> LLValue {
        let p = LLVMBuildPhi(b, ty, name)!
        var vals: [LLValue?] = incoming.map { $0.0 }
        var blocks: [LLBlock?] = incoming.map { $0.1 }
        vals.withUnsafeMutableBufferPointer { v in
            blocks.withUnsafeMutableBufferPointer { bb in
                LLVMAddIncoming(p, v.baseAddress, bb.baseAddress, UInt32(incoming.count))
            }
        }
        return p
    }

    func icmp(_ pred: LLVMIntPredicate, _ x: LLValue, _ y: LLValue, _ name: String = "") -> LLValue { LLVMBuildICmp(b, pred, x, y, name) }
    func fcmp(_ pred: LLVMRealPredicate, _ x: LLValue, _ y: LLValue, _ name: String = "") -> LLValue { LLVMBuildFCmp(b, pred, x, y, name) }
    func select(_ c: LLValue, _ x: LLValue, _ y: LLValue) -> LLValue { LLVMBuildSelect(b, c, x, y, "") }
    func and(_ x: LLValue, _ y: LLValue) -> LLValue { LLVMBuildAnd(b, x, y, "") }
    func or(_ x: LLValue, _ y: LLValue) -> LLValue { LLVMBuildOr(b, x, y, "") }
}

/// `LLVMAttributeFunctionIndex` (~0U) as the C API's index type.
let functionAttributeIndex = LLVMAttributeIndex(bitPattern: -1)
