import CLLVM
import Escape
import Foundation
import GoSyntax
import GoTypes
import IRGen

/// The whole pipeline: load, parse, check, lower, optimize, emit, link.
public enum Compiler {
    /// Builds an executable (or `.ll` with `emitLLVM`); returns the output path.
    ///
    /// Each package becomes an object of its own (checked, analysed,
    /// lowered, optimized, its statepoints lowered, emitted), kept in the
    /// build cache; a package whose object is cached is only checked, its
    /// declarations and not its function bodies, for its importers. The
    /// objects and the runtime archive are linked into the executable.
    public static func build(_ options: BuildOptions) throws -> String {
        let timer = PhaseTimer(enabled: options.debugFlags.contains("timing"))
        defer { timer.report() }
        let units = try packageUnits(options.inputs)
        timer.mark("load")
        return try build(units, options: options, timer: timer)
    }

    /// Builds the packages `units` (dependencies first, the root last).
    static func build(_ units: [PackageUnit], options: BuildOptions, timer: PhaseTimer) throws -> String {
        let target: Target
        do { target = try Target(optLevel: options.optLevel) } catch let e as InternalError {
            throw CompileFailure(exitCode: 3, messages: ["internal compiler error: \(e.message)"])
        }
        let fileSet = FileSet()
        let context = LLVMContextCreate()!
        let parsed = try units.map { try parse($0, fileSet: fileSet) }
        timer.mark("parse")
        guard let last = parsed.last else { throw CompileFailure(exitCode: 1, messages: ["golly: no Go files given"]) }
        // A loop of any package may run in a goroutine: all check for
        // preemption once some package starts one.
        let startsGoroutines = parsed.contains { Escape.startsGoroutines($0.files) }
        let cache = BuildCache.standard()
        var checked: [String: Package] = [:]
        var keys: [String: String] = [:]
        // What the calls of each checked package's functions keep
        // (Escape/ParameterSummaries.swift), for the escape analysis of
        // the packages importing them.
        var summaries: ParameterSummaries = [:]
        var objects: [String] = []
        var temporaries: [String] = []
        defer { for t in temporaries { try? FileManager.default.removeItem(atPath: t) } }
        for p in parsed {
            let key = packageKey(p, options: options, startsGoroutines: startsGoroutines, dependencies: keys)
            keys[p.unit.path] = key
            timer.mark("hash")
            let emitsIR = options.emitLLVM && p.unit.path == last.unit.path
            // -d=defer and -d=escape report a root package's decisions as it is compiled.
            let reportsDecisions = p.unit.isRoot && !options.debugFlags.isDisjoint(with: ["defer", "escape"])
            if !emitsIR && !reportsDecisions, let cache, let object = cache.object(for: key) {
                checked[p.unit.path] = try checkDeclarations(p, fileSet: fileSet, imported: checked)
                summaries.merge(cache.parameterSummaries(for: key))
                timer.mark("check")
                objects.append(object)
                continue
            }
            let (package, gen) = try generate(p, options: options, target: target, fileSet: fileSet, context: context,
                                              imported: checked, summaries: summaries,
                                              programStartsGoroutines: startsGoroutines, timer: timer)
            checked[p.unit.path] = package
            let own = gen.analysis.parameterSummaries
            summaries.merge(own)
            cache?.storeParameterSummaries(own, for: key)
            // The inline summaries of what it imports (InlineSummaries.swift).
            let summaries = options.optLevel == 0 ? [] : p.unit.imports.compactMap { keys[$0].flatMap { cache?.summary(for: $0) } }
            if emitsIR {
                return try emitIR(gen.module, options: options, target: target, stem: p.unit.executableName, importing: summaries)
            }
            let object = try compileObject(gen.module, target: target, options: options, timer: timer,
                                           importing: summaries, summary: cache.map { $0.summaryPath(for: key) })
            temporaries.append(object)
            objects.append(cache?.store(object, for: key) ?? object)
            LLVMDisposeModule(gen.module)
        }
        // As go build: a package that is not a command, or several
        // packages, are compiled (and cached) and nothing is written.
        let roots = units.filter(\.isRoot)
        if roots.count > 1 || last.unit.path != "main" {
            if options.requireExecutable {
                throw CompileFailure(exitCode: 1, messages: ["package \(last.unit.path) is not a main package"])
            }
            return ""
        }
        let out = executablePath(options.output, stem: last.unit.executableName)
        try link(objects: objects, output: out)
        timer.mark("link")
        return out
    }

    /// `golly clean -cache`: empties the build cache.
    public static func cleanCache() throws {
        guard let cache = BuildCache.standard() else { return }
        do { try cache.clean() } catch {
            throw CompileFailure(exitCode: 1, messages: ["golly clean: \(cache.directory): \(error.localizedDescription)"])
        }
    }

    /// A package's cache key: golly itself, the flags that change code,
    /// the package's files and the keys of what it imports (and of the
    /// runtime, which every package calls).
    static func packageKey(_ p: ParsedPackage, options: BuildOptions, startsGoroutines: Bool,
                           dependencies: [String: String]) -> String {
        var h = SHA256()
        h.update(field: compilerIdentity)
        h.update(field: "O\(options.optLevel) preempt=\(startsGoroutines)")
        h.update(field: options.debugFlags.subtracting(["timing"]).sorted().joined(separator: ","))
        h.update(field: p.unit.path)
        let cwd = FileManager.default.currentDirectoryPath
        for file in p.unit.files {
            // The absolute path: the object's line tables name it.
            h.update(field: file.hasPrefix("/") ? file : (cwd as NSString).appendingPathComponent(file))
            h.update(raw: [UInt8](FileManager.default.contents(atPath: file) ?? Data()))
        }
        for dependency in (p.unit.imports + ["runtime"]).sorted() {
            if let key = dependencies[dependency] { h.update(field: dependency + " " + key) }
        }
        return h.finalize()
    }

    /// Verifies, optimizes (with the bodies its imports' inline summaries
    /// offer) and lowers one package's module, writes its own summary and
    /// its object to a temporary file.
    static func compileObject(_ module: LLVMModuleRef, target: Target, options: BuildOptions, timer: PhaseTimer,
                              importing summaries: [String] = [], summary: String? = nil) throws -> String {
        try optimize(module, importing: summaries, target: target, options: options, timer: timer)
        if options.optLevel > 0, let summary { InlineSummary.write(from: module, to: summary) }
        Typelinks.add(to: module)
        timer.mark("optimize")
        try lowerStatepoints(module, target: target)
        timer.mark("statepoints")
        let object = NSTemporaryDirectory() + "golly-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).o"
        var err: UnsafeMutablePointer<CChar>?
        if LLVMTargetMachineEmitToFile(target.machine, module, object, LLVMObjectFile, &err) != 0 {
            throw CompileFailure(exitCode: 3, messages: ["internal compiler error: cannot emit object: \(err.map { String(cString: $0) } ?? "")"])
        }
        timer.mark("codegen")
        return object
    }

    /// Definitions that several packages' objects may each contain (type
    /// descriptors, their names, itabs, wrappers: linkonce_odr) go each
    /// into a COMDAT group of its own, so that the linker keeps one copy
    /// and every reference, the relative offsets inside descriptors
    /// included (docs/DESIGN.md §4), reaches that copy: pointer identity of
    /// type descriptors is what reflect and type switches compare.
    static func placeInComdats(_ module: LLVMModuleRef) {
        func place(_ value: LLVMValueRef) {
            let linkage = LLVMGetLinkage(value)
            guard linkage == LLVMLinkOnceODRLinkage || linkage == LLVMWeakODRLinkage,
                  LLVMIsDeclaration(value) == 0 else { return }
            LLVMSetComdat(value, LLVMGetOrInsertComdat(module, LLVMGetValueName(value)))
        }
        var global = LLVMGetFirstGlobal(module)
        while let g = global { place(g); global = LLVMGetNextGlobal(g) }
        var function = LLVMGetFirstFunction(module)
        while let f = function { place(f); function = LLVMGetNextFunction(f) }
    }

    /// A package's module as -S shows it and its object is made from:
    /// COMDATs, its imports' inline summaries linked in, verified,
    /// optimized, and the bodies it did not inline dropped again.
    static func optimize(_ module: LLVMModuleRef, importing summaries: [String], target: Target,
                         options: BuildOptions, timer: PhaseTimer) throws {
        placeInComdats(module)
        for path in summaries { InlineSummary.link(path, into: module, context: LLVMGetModuleContext(module)) }
        try verify(module)
        timer.mark("verify")
        try optimize(module, target: target, level: options.optLevel)
        if options.optLevel > 0 { InlineSummary.dropImportedBodies(in: module) }
    }

    /// `-S`: the root package's module as IRGen and the optimizer left it;
    /// with -d=statepoints, as the collector's lowering leaves it (§7).
    static func emitIR(_ module: LLVMModuleRef, options: BuildOptions, target: Target, stem: String,
                       importing summaries: [String]) throws -> String {
        try optimize(module, importing: summaries, target: target, options: options, timer: PhaseTimer(enabled: false))
        if options.debugFlags.contains("statepoints") { try lowerStatepoints(module, target: target) }
        // The Go source each function and statement came from, as comments
        // (SourceAnnotations.swift), read from the line tables, whose
        // metadata is then left out unless asked for (-d=dwarf).
        let annotations = SourceAnnotations(module: module)
        if !options.debugFlags.contains("dwarf") { LLVMStripModuleDebugInfo(module) }
        let out = options.output ?? stem + ".ll"
        let printed = LLVMPrintModuleToString(module)!
        defer { LLVMDisposeMessage(printed) }
        let text = annotations.annotate(String(cString: printed))
        if out == "-" {     // standard output, as LLVM names it
            FileHandle.standardOutput.write(Data(text.utf8))
            return out
        }
        guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else {
            throw CompileFailure(exitCode: 1, messages: ["golly: cannot write \(out)"])
        }
        return out
    }

    /// The collector's statepoints and stack maps (IRGen/Statepoints/).
    static func lowerStatepoints(_ module: LLVMModuleRef, target: Target) throws {
        do {
            try Statepoints.run(module, target: target)
        } catch let e as InternalError {
            throw CompileFailure(exitCode: 3, messages: ["internal compiler error: statepoints: \(e.message)"])
        }
        try verify(module)
    }

    static func internalError(_ pos: Pos, _ message: String, _ fileSet: FileSet) -> String {
        pos.isValid ? "\(fileSet.format(pos)): internal compiler error: \(message)" : "internal compiler error: \(message)"
    }

    static func verify(_ module: LLVMModuleRef) throws {
        var err: UnsafeMutablePointer<CChar>?
        if LLVMVerifyModule(module, LLVMReturnStatusAction, &err) != 0 {
            let msg = err.map { String(cString: $0) } ?? "invalid module"
            // For compiler developers: GOLLY_DUMP_INVALID=1 prints the rejected module.
            if ProcessInfo.processInfo.environment["GOLLY_DUMP_INVALID"] != nil { LLVMDumpModule(module) }
            throw CompileFailure(exitCode: 3, messages: ["internal compiler error: invalid LLVM IR:\n\(msg)"])
        }
    }

    /// The new pass manager's standard pipelines (`default<O2>` etc.).
    static func optimize(_ module: LLVMModuleRef, target: Target, level: Int) throws {
        guard level > 0 else { return }
        if let error = target.run(passes: "default<O\(min(level, 3))>", on: module) {
            throw CompileFailure(exitCode: 3, messages: ["internal compiler error: \(error)"])
        }
    }
}

extension Compiler {
    public static var llvmVersion: String {
        var major: UInt32 = 0, minor: UInt32 = 0, patch: UInt32 = 0
        LLVMGetVersion(&major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }
}
