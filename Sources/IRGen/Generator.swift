import CLLVM
import Escape
import GoSyntax
import GoTypes

/// Lowers one type-checked Go package to an LLVM module.
///
/// Module-level state lives here (declared functions, globals, type
/// descriptors, string constants); per-function state lives in
/// `FunctionGenerator`. Unsupported constructs are collected as diagnostics.
public final class ModuleGenerator {
    let info: Info
    let fileSet: FileSet
    let target: Target
    public let context: LLVMContextRef
    public let module: LLVMModuleRef
    let t: LLVMTypes
    let builder: Builder
    /// The import path of the package: the prefix of its symbols.
    var packagePath: String { info.pkgPath }

    public private(set) var diagnostics: [Diagnostic] = []
    /// The escape decisions, for `-d=escape` (gc's -m wording).
    public private(set) var escapeReport: [Diagnostic] = []
    private var reportedEscapes: Set<String> = []

    var functions: [ObjectIdentifier: LLValue] = [:]
    /// Line tables, when the driver asks for them (DebugInfo.swift).
    var debugInfo: DebugInfo?
    /// The package starts goroutines: loops check for preemption.
    var checksPreemption: Bool { analysis.startsGoroutines || programStartsGoroutines }
    /// Whether each struct or array type is large (BigAggregates.swift isLarge).
    var largeTypes: [ObjectIdentifier: Bool] = [:]
    /// Channel types reported for too large elements (Channels.swift).
    var tooLargeChannels: Set<String> = []
    /// The facts of the analysis phase (Escape/PackageAnalysis.swift).
    public let analysis: PackageAnalysis
    /// Which functions call recover and which may call one that does:
    /// the frames recover's rule depends on (Escape/RecoverFrames.swift).
    var recoverAnalysis: RecoverAnalysis { analysis.recover }
    /// What local variables always hold, for devirtualizing interface calls
    /// as gc does (Escape/StaticValues.swift).
    var staticValues: StaticValues { analysis.staticValues }
    var globals: [ObjectIdentifier: VarSlot] = [:]
    var runtimeDecls: [String: (LLType, LLValue)] = [:]
    var stringConstants: [[UInt8]: LLValue] = [:]
    var typeDescriptors: [String: LLValue] = [:]
    /// A number per defined type, for descriptor symbols (see typeDescriptor).
    var typeNameIndex: [ObjectIdentifier: Int] = [:]
    /// How many defined types of each name have been numbered.
    var typeNameCount: [String: Int] = [:]
    /// Descriptor names (gc's name encoding) by content (TypeDescriptors.swift).
    var descriptorNames: [String: LLValue] = [:]
    /// Interfaces' methods in itab order, by interface.
    var itabOrder: [ObjectIdentifier: [Func]] = [:]
    var funcValueGlobals: [String: LLValue] = [:]
    /// Counters for closure names: gc's `outer.funcN`.
    var closureCounters: [String: Int] = [:]

    /// Where each defer statement's record lives (stack or heap), as gc decides.
    public var deferAnalysis: DeferAnalysis { analysis.defers }
    /// Which closures and captured variables can stay in their frame.
    var closureAnalysis: ClosureAnalysis { analysis.closures }
    /// Which address-taken variables can stay in their frame.
    public var addressEscape: AddressEscape { analysis.addresses }
    /// Counters for thunk names: `main.f.deferwrap1`.
    var thunkCounters: [String: Int] = [:]

    /// The packages the package imports (Package.imports, the runtime
    /// aside): their `init` runs first, in this order.
    public var imports: [Package] = []
    /// Some package of the program starts goroutines: loops check for
    /// preemption (a library loop may run in a goroutine).
    public var programStartsGoroutines = false

    public init(info: Info, analysis: PackageAnalysis, fileSet: FileSet, target: Target, moduleName: String,
                context: LLVMContextRef? = nil) {
        self.info = info
        self.analysis = analysis
        self.fileSet = fileSet
        self.target = target
        self.context = context ?? LLVMContextCreate()!
        module = LLVMModuleCreateWithNameInContext(moduleName, self.context)
        t = LLVMTypes(self.context)
        builder = Builder(b: LLVMCreateBuilderInContext(self.context), t: t)
        LLVMSetTarget(module, target.triple)
        LLVMSetDataLayout(module, target.dataLayout)
    }

    /// Generates every function of the package, `main.init` and the globals.
    /// Throws only internal errors; unsupported constructs land in `diagnostics`.
    public func generate() throws {
        declareGlobals()
        for decl in info.funcs { record { try declareFunction(decl) } }
        for decl in info.funcs {
            record { try defineFunction(decl) }
        }
        record { try definePackageInit() }
        record { try emitCollectorRoots() }
        debugInfo?.finish(module)
        if diagnostics.isEmpty { checkLargeAggregates() }
        diagnostics.sort()
    }

    /// Reports an error in the program that code generation finds.
    func report(_ d: Diagnostic) { diagnostics.append(d) }

    /// Runs `body`, turning `Unsupported` into a diagnostic.
    func record(_ body: () throws -> Void) {
        do { try body() } catch let u as Unsupported {
            diagnostics.append(u.diagnostic)
        } catch let e as InternalError {
            diagnostics.append(Diagnostic(e.pos, "internal compiler error: \(e.message)"))
        } catch {
            diagnostics.append(Diagnostic(.none, "internal compiler error: \(error)"))
        }
    }

    /// Records one escape decision once (a body generated twice, as the
    /// recursive inliner does, reports it once).
    func reportEscape(at pos: Pos, _ message: String) {
        guard reportedEscapes.insert("\(pos) \(message)").inserted else { return }
        escapeReport.append(Diagnostic(pos, message))
    }

    public var hasInternalErrors: Bool { diagnostics.contains { $0.message.hasPrefix("internal compiler error") } }

    // MARK: - Functions

    /// gc's link name of a declared function: `main.f`, `main.init.0`, `main.(*T).m`.
    func linkName(of decl: FuncDecl) throws -> String {
        // `init` functions are `main.init.0`, `main.init.1`, ...: `main.init`
        // itself is the package initializer that runs them.
        if decl.recv == nil && decl.name.name == "init" {
            let index = info.initFuncs.firstIndex { $0 === decl } ?? 0
            return "\(packagePath).init.\(index)"
        }
        guard let fn = info.defs[decl.name.id] as? Func else {
            throw InternalError(pos: decl.pos, message: "no object for function \(decl.name.name)")
        }
        return fn.linkName
    }

    func declareFunction(_ decl: FuncDecl) throws {
        let sig = try signature(of: decl)
        let name = try linkName(of: decl)
        let fnType = try lowerSignature(sig, at: decl.pos)
        // Two declarations may share a symbol through //go:linkname (a
        // bodyless one pulling what another pushes): one LLVM function.
        let fn: LLValue
        if let existing = LLVMGetNamedFunction(module, name) {
            guard LLVMGlobalGetValueType(existing) == fnType else {
                throw Unsupported(decl.pos, "//go:linkname to \(name), declared with another signature")
            }
            fn = existing
        } else {
            fn = LLVMAddFunction(module, name, fnType)!
        }
        setFunctionAttributes(fn)
        functions[decl.id] = fn
        if let obj = info.defs[decl.name.id] {
            functions[ObjectIdentifier(obj)] = fn
            if (obj as? Func)?.isNoinline == true { addEnumAttribute(fn, "noinline") }
        }
    }

    /// The LLVM function of a declared function or method: this package's
    /// own, or another package's, declared here by its link name.
    func function(for f: Func) -> LLValue? {
        if let fn = functions[ObjectIdentifier(f)] { return fn }
        // An interface's method has no symbol: it is called through an itab.
        guard let pkg = f.pkgPath, pkg != packagePath, let sig = f.type as? Signature,
              !(sig.recv?.type.underlying is Interface),
              let fnType = try? lowerSignature(sig, at: f.pos) else { return nil }
        let name = f.linkName
        let fn = LLVMGetNamedFunction(module, name) ?? LLVMAddFunction(module, name, fnType)!
        setFunctionAttributes(fn)
        functions[ObjectIdentifier(f)] = fn
        return fn
    }

    func signature(of decl: FuncDecl) throws -> Signature {
        if let obj = info.defs[decl.name.id], let sig = obj.type as? Signature { return sig }
        if let sig = info.types[decl.type.id]?.type as? Signature { return sig }
        throw InternalError(pos: decl.pos, message: "no signature for \(decl.name.name)")
    }

    /// Attributes every Go function carries: frame pointers for tracebacks,
    /// recover's frame check and the GC's stack walk (docs/DESIGN.md §4).
    func setFunctionAttributes(_ fn: LLValue) {
        let fp = LLVMCreateStringAttribute(context, "frame-pointer", 13, "all", 3)
        LLVMAddAttributeAtIndex(fn, functionAttributeIndex, fp)
        // The C runtime's Goexit ends the goroutine (defer.c).
        if LLVMGetValueName(fn).map({ String(cString: $0) }) == "runtime.Goexit" { addEnumAttribute(fn, "noreturn") }
    }

    func defineFunction(_ decl: FuncDecl) throws {
        guard let body = decl.body, let fn = functions[decl.id] else { return }
        if LLVMCountBasicBlocks(fn) > 0 {
            throw Unsupported(decl.pos, "\(try linkName(of: decl)) is defined twice (//go:linkname)")
        }
        let sig = try signature(of: decl)
        let name = try linkName(of: decl)
        if let fnObj = info.defs[decl.name.id] as? Func, analysis.recursiveInlining.isSmallSelfRecursive(decl, fnObj) {
            try defineRecursiveCopies(decl, fnObj, fn, sig, name)
            return
        }
        let gen = FunctionGenerator(module: self, function: fn, signature: sig, name: name, pos: decl.pos)
        if reflectStandIns.contains(name) {
            gen.forwardRecoverFrame()
            gen.standsIn = true
            addEnumAttribute(fn, "noinline")
        }
        try gen.emitBody(params: decl.type.params, results: decl.type.results, recv: decl.recv, body: body, captures: [])
    }
}

/// Where a variable lives: an address (alloca, heap cell or global) and its value type.
struct VarSlot {
    let address: LLValue
    /// The layout in memory of the Go type `goType`.
    let type: LLType
    let goType: GoType
    /// Accessed with volatile loads and stores: the results of a function that
    /// defers, which the recovery path must read from memory (docs/DESIGN.md §5).
    var isVolatile = false
}

