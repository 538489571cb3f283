import CLLVM

// reflect's typelinks (runtime/src/typelinks.c): each package object lists
// the type descriptors it defines in a `golly_typelinks` section, an array
// of pointers the linker concatenates across objects. It is added after
// optimization, so it lists the descriptors the package still has, and
// nothing else refers to it (no pass may drop it).

enum Typelinks {
    /// The section's name: a C identifier, so the linker defines
    /// __start_golly_typelinks and __stop_golly_typelinks around it.
    static let section = "golly_typelinks"

    static func add(to module: LLVMModuleRef) {
        var descriptors: [LLVMValueRef?] = []
        var g = LLVMGetFirstGlobal(module)
        while let global = g {
            g = LLVMGetNextGlobal(global)
            // Descriptors are linkonce_odr (IRGen/TypeDescriptors.swift);
            // the private `type:` globals are their parts and closures.
            guard LLVMIsDeclaration(global) == 0, LLVMGetLinkage(global) == LLVMLinkOnceODRLinkage,
                  let name = LLVMGetValueName(global),
                  case let symbol = String(cString: name), symbol.hasPrefix("type:"),
                  !symbol.hasSuffix("..hash") else { continue }   // a map key's hash closure
            descriptors.append(global)
        }
        guard !descriptors.isEmpty else { return }
        let context = LLVMGetModuleContext(module)
        let ptr = LLVMPointerTypeInContext(context, 0)!
        let table = descriptors.withUnsafeMutableBufferPointer { LLVMConstArray2(ptr, $0.baseAddress, UInt64($0.count))! }
        let global = LLVMAddGlobal(module, LLVMTypeOf(table), "golly.typelinks")!
        LLVMSetInitializer(global, table)
        LLVMSetLinkage(global, LLVMPrivateLinkage)
        LLVMSetGlobalConstant(global, 1)
        LLVMSetSection(global, section)
        LLVMSetAlignment(global, 8)
    }
}
