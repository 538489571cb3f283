import CLLVM
import GoSyntax
import GoTypes

// Constants become LLVM constants of their final type; string data becomes
// private constant globals, address-space-cast into the heap address space so
// every string pointer has one type (docs/DESIGN.md §4).

extension ModuleGenerator {
    func constant(_ c: Constant, type: GoType, at pos: Pos) throws -> LLValue {
        if isInterface(type) {
            throw InternalError(pos: pos, message: "constant of interface type")
        }
        let ty = try lower(type, at: pos)
        guard let bt = type.underlying as? Basic else {
            if case .untypedNil? = (type.underlying as? Basic)?.kind { return t.null(ty) }
            throw InternalError(pos: pos, message: "constant of type \(type)")
        }
        switch bt.kind {
        case .bool, .untypedBool: return t.bool(c.boolValue)
        case .string, .untypedString: return stringConstant(c.stringBytes)
        case .float32: return LLVMConstReal(ty, Double(c.floatValue))
        case .float64, .untypedFloat: return LLVMConstReal(ty, c.doubleValue)
        case .complex64, .complex128, .untypedComplex: return complexConstant(c, kind: bt.kind)
        case .untypedNil, .unsafePointer: return t.null(ty)
        default:
            if bt.isInteger { return t.constInt(ty, c.int64Bits) }
            throw Unsupported(pos, "constants of type \(type)")
        }
    }

    /// A Go string value for constant bytes.
    func stringConstant(_ bytes: [UInt8]) -> LLValue {
        if bytes.isEmpty { return t.constStruct(t.string, [t.null(t.heapPtr), t.i64(0)]) }
        let data: LLValue
        if let g = stringConstants[bytes] {
            data = g
        } else {
            let array = bytes.withUnsafeBufferPointer { p in
                p.withMemoryRebound(to: CChar.self) { LLVMConstStringInContext2(context, $0.baseAddress, bytes.count, 1) }
            }!
            let g = LLVMAddGlobal(module, LLVMTypeOf(array), "go:string")!
            LLVMSetInitializer(g, array)
            LLVMSetGlobalConstant(g, 1)
            LLVMSetLinkage(g, LLVMPrivateLinkage)
            LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr)
            LLVMSetAlignment(g, 1)
            data = LLVMConstAddrSpaceCast(g, t.heapPtr)
            stringConstants[bytes] = data
        }
        return t.constStruct(t.string, [data, t.i64(bytes.count)])
    }

    /// `!{!"branch_weights", i32 N, i32 M}` for the bounds and nil checks.
    func branchWeights(_ taken: UInt64, _ notTaken: UInt64) -> LLValue {
        let name = LLVMMDStringInContext2(context, "branch_weights", 14)
        let a = LLVMValueAsMetadata(LLVMConstInt(t.i32, taken, 0))
        let c = LLVMValueAsMetadata(LLVMConstInt(t.i32, notTaken, 0))
        var ops: [LLVMMetadataRef?] = [name, a, c]
        let node = ops.withUnsafeMutableBufferPointer { LLVMMDNodeInContext2(context, $0.baseAddress, 3) }
        return LLVMMetadataAsValue(context, node)
    }

    var likelyWeights: LLValue { branchWeights(2000, 1) }
    var unlikelyWeights: LLValue { branchWeights(1, 2000) }

    /// A constant array of `elem` values.
    func constArray(_ elem: LLType, _ values: [LLValue]) -> LLValue {
        var vs: [LLValue?] = values
        return vs.withUnsafeMutableBufferPointer { LLVMConstArray2(elem, $0.baseAddress, UInt64(values.count)) }!
    }

    /// A private constant global holding `value` (descriptor tables).
    func privateConstant(_ value: LLValue, name: String) -> LLValue {
        let g = LLVMAddGlobal(module, LLVMTypeOf(value), name)!
        LLVMSetInitializer(g, value)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMPrivateLinkage)
        return g
    }
}
