import CLLVM
import Foundation

/// The machine golly compiles for: the host (x86-64 Linux today).
public final class Target {
    public let triple: String
    public let machine: LLVMTargetMachineRef
    /// The host's data layout plus `ni:1`: address space 1 (the GC heap) is
    /// non-integral, so LLVM keeps heap pointers visible to the stack maps (docs/DESIGN.md §4).
    public let dataLayout: String
    public let targetData: LLVMTargetDataRef

    public init(optLevel: Int) throws {
        LLVMInitializeX86TargetInfo()
        LLVMInitializeX86Target()
        LLVMInitializeX86TargetMC()
        LLVMInitializeX86AsmPrinter()
        Target.setCodeGenerationOptions
        let tripleC = LLVMGetDefaultTargetTriple()!
        defer { LLVMDisposeMessage(tripleC) }
        triple = String(cString: tripleC)
        var target: LLVMTargetRef?
        var err: UnsafeMutablePointer<CChar>?
        if LLVMGetTargetFromTriple(triple, &target, &err) != 0 {
            let msg = err.map { String(cString: $0) } ?? "unknown target"
            throw InternalError(pos: .none, message: "no LLVM target for \(triple): \(msg)")
        }
        let level: LLVMCodeGenOptLevel = optLevel == 0 ? LLVMCodeGenLevelNone : (optLevel == 1 ? LLVMCodeGenLevelLess : LLVMCodeGenLevelDefault)
        // Non-PIE static relocation model, as gc links by default (docs/DESIGN.md §7).
        machine = LLVMCreateTargetMachine(target, triple, "x86-64", "", level, LLVMRelocStatic, LLVMCodeModelDefault)
        targetData = LLVMCreateTargetDataLayout(machine)
        let dl = LLVMCopyStringRepOfTargetData(targetData)!
        defer { LLVMDisposeMessage(dl) }
        dataLayout = String(cString: dl) + "-ni:1"
    }

    /// LLVM options golly's stack maps rely on, set once per process: no
    /// push sequences for stack arguments (X86CallFrameOptimization), so
    /// the stack pointer is the same at every call of a function and a
    /// frame slot's place, described on one call site, holds at all
    /// (Statepoints/StatepointFrameSlots.swift).
    static let setCodeGenerationOptions: Void = {
        let args = ["golly", "-no-x86-call-frame-opt"]
        var cArgs = args.map { strdup($0) }
        cArgs.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                LLVMParseCommandLineOptions(Int32(args.count), $0, nil)
            }
        }
    }()

    /// Runs a pipeline of the new pass manager (`default<O2>`,
    /// `rewrite-statepoints-for-gc`) over `module`; the error's text if it
    /// fails.
    public func run(passes: String, on module: LLVMModuleRef) -> String? {
        let options = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(options) }
        guard let e = LLVMRunPasses(module, passes, machine, options) else { return nil }
        let msg = LLVMGetErrorMessage(e)
        defer { LLVMDisposeErrorMessage(msg) }
        return msg.map { String(cString: $0) } ?? "\(passes) failed"
    }

    func size(of t: LLType) -> Int { Int(LLVMABISizeOfType(targetData, t)) }
    func alignment(of t: LLType) -> Int { Int(LLVMABIAlignmentOfType(targetData, t)) }
}
