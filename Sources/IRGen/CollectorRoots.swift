import CLLVM
import GoSyntax
import GoTypes

// The collector's roots in package variables (docs/DESIGN.md §7; abi.h
// golly_gcroot). Each variable whose type holds pointers gets an entry
// { address, type descriptor } in the ELF section `golly_gcroots`; the
// linker concatenates the sections of every module, and the runtime
// (mgcmark.c) walks them from `__start_golly_gcroots` to
// `__stop_golly_gcroots`, scanning each variable precisely by its type's
// pointer bitmap. gc's linker builds the same thing as the data and bss
// sections' pointer masks (runtime.firstmoduledata.gcdatamask).

extension ModuleGenerator {
    /// abi.h golly_gcroot.
    var collectorRootType: LLType { t.structType([t.ptr, t.ptr]) }

    func emitCollectorRoots() throws {
        let entryType = collectorRootType
        var entries: [LLValue?] = []
        for v in packageVariables() {
            guard let slot = globals[ObjectIdentifier(v)],
                  try !pointerWords(of: slot.goType, at: v.pos).isEmpty else { continue }
            var fields: [LLValue?] = [slot.address, try typeDescriptor(slot.goType, at: v.pos)]
            entries.append(LLVMConstStructInContext(context, &fields, 2, 0))
        }
        guard !entries.isEmpty else { return }
        let table = LLVMConstArray2(entryType, &entries, UInt64(entries.count))!
        let g = LLVMAddGlobal(module, LLVMTypeOf(table), "go:gcroots")!
        LLVMSetInitializer(g, table)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMPrivateLinkage)
        LLVMSetSection(g, "golly_gcroots")
        LLVMSetAlignment(g, 8)
        // Nothing refers to the table: llvm.compiler.used keeps LLVM from
        // deleting it (the linker keeps every section it is given).
        var used: [LLValue?] = [g]
        let usedArray = LLVMConstArray2(t.ptr, &used, 1)!
        let usedGlobal = LLVMAddGlobal(module, LLVMTypeOf(usedArray), "llvm.compiler.used")!
        LLVMSetInitializer(usedGlobal, usedArray)
        LLVMSetLinkage(usedGlobal, LLVMAppendingLinkage)
        LLVMSetSection(usedGlobal, "llvm.metadata")
    }
}
